package org.fugong.ui.publicity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.fugong.base.FugongException;
import org.fugong.base.InvalidInputException;
import org.fugong.publicity.Objection;
import org.fugong.publicity.Objections;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Feedback;

import java.util.Map;

/** Answers an objection once: the answer, and whether it is upheld (the claim stays on hold) or dismissed. */
class AnswerDialog extends Dialog {

    AnswerDialog(Objection objection, Objections objections, Feedback feedback, Runnable answered) {
        setId("answer-dialog");
        setHeaderTitle(getTranslation("objection.answer.title"));
        setWidth("36em");
        setMaxWidth("100%");
        Paragraph quote = new Paragraph("“" + objection.text() + "”");
        quote.addClassName("hint");
        RadioButtonGroup<Boolean> outcome = new RadioButtonGroup<>(getTranslation("objection.outcome"));
        outcome.setId("answer-upheld");
        outcome.setItems(Boolean.FALSE, Boolean.TRUE);
        outcome.setItemLabelGenerator(b -> getTranslation(b ? "objection.uphold" : "objection.dismiss"));
        TextArea text = new TextArea(getTranslation("objection.answer"));
        text.setId("answer-text");
        text.setWidthFull();
        text.setMaxLength(Objections.MAX_TEXT);
        text.setHelperText(getTranslation("objection.answer.help"));
        add(quote, outcome, text);
        Button save = new Button(getTranslation("objection.answer.save"), e -> {
            try {
                objections.answer(objection.id(), text.getValue(), outcome.getValue(), CurrentUser.actor());
                feedback.success(getTranslation("objection.answered"));
                close();
                answered.run();
            } catch (InvalidInputException ex) {
                feedback.showOn(ex, Map.of("answer", text, "upheld", outcome));
            } catch (FugongException ex) {
                feedback.error(ex);
            }
        });
        save.setId("answer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
