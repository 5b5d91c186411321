package org.fugong.ui.notice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.BiPredicate;

/**
 * Asks for a comment (or note) before an action: approve, reject, recall, a decision. Optionally with
 * a checkbox (e.g. "tell the workers by push").
 */
class CommentDialog extends Dialog {

    private final TextArea comment = new TextArea();
    private final Checkbox option = new Checkbox();

    /**
     * @param action     what to do with the comment and the checkbox; the dialog closes when it
     *                   says it succeeded, and stays open otherwise so the official can correct it
     * @param optionText the checkbox's label, or null for none
     */
    CommentDialog(String title, String explanation, String confirmText, boolean required, String optionText,
                  boolean danger, BiPredicate<String, Boolean> action) {
        setHeaderTitle(title);
        setId("comment-dialog");
        comment.setLabel(getTranslation(required ? "dialog.comment.required" : "dialog.comment"));
        comment.setId("dialog-comment");
        comment.setWidthFull();
        comment.setMaxLength(1000);
        comment.setRequired(required);
        if (explanation != null) {
            add(new Paragraph(explanation));
        }
        add(comment);
        if (optionText != null) {
            option.setLabel(optionText);
            option.setId("dialog-option");
            add(option);
        }
        Button confirm = new Button(confirmText, e -> {
            if (required && comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation("error.required"));
                return;
            }
            if (action.test(comment.getValue(), option.getValue())) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.setId("dialog-confirm");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("dialog-cancel");
        getFooter().add(cancel, confirm);
        setWidth("32em");
    }
}
