package org.fugong.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.fugong.base.FieldProblem;
import org.fugong.base.FugongException;
import org.fugong.base.InvalidInputException;
import org.fugong.base.Languages;
import org.fugong.base.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tells the official what happened, in their language: a short note when something worked, the
 * service's field problems on the fields ({@link FieldProblems}), and a note for what was refused
 * without a field to show it on (the same messages the API uses). Never a stack trace, never a path.
 */
@org.springframework.stereotype.Component
public class Feedback {

    private static final Logger log = LoggerFactory.getLogger(Feedback.class);

    private final Messages messages;

    Feedback(Messages messages) {
        this.messages = messages;
    }

    public void success(String text) {
        Notification notification = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Shows why an action failed; unexpected errors are logged and shown as a generic message. */
    public void error(RuntimeException e) {
        Notification notification = Notification.show(describe(e), 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.getElement().setAttribute("aria-live", "assertive");
    }

    /** Why something failed, in the reader's language. */
    public String describe(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            return describe(invalid);
        }
        if (e instanceof FugongException known) {
            return messages.describe(known, locale());
        }
        log.error("Unexpected failure in the console", e);
        return messages.get("error.internal", locale());
    }

    /**
     * Marks each field of a small form (a dialog) with its problem, keyed by the path the service
     * reports (list positions ignored), brings the first into view; what has no field on the form is
     * told in a note, by its message alone.
     */
    public void showOn(InvalidInputException invalid, Map<String, ? extends HasValidation> fields) {
        FieldProblems<String> problems = FieldProblems.byPath();
        fields.forEach((path, field) -> problems.bind(path, (Component) field, label(field),
                message -> {
                    field.setErrorMessage(message);
                    field.setInvalid(message != null);
                }));
        List<FieldProblem> elsewhere = problems.show(invalid.problems(), this::describe);
        if (!elsewhere.isEmpty()) {
            error(new InvalidInputException(elsewhere));
        }
    }

    /** A problem's message in the console's language. */
    public String describe(FieldProblem problem) {
        return messages.describe(problem, locale());
    }

    /** Several problems as one sentence of their messages (no paths): for a note when no field shows them. */
    public String describe(InvalidInputException invalid) {
        return invalid.problems().stream().map(this::describe).distinct().collect(Collectors.joining(" "));
    }

    private static String label(HasValidation field) {
        return field instanceof com.vaadin.flow.component.HasLabel labelled ? labelled.getLabel() : null;
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Languages.CHINESE : Languages.parse(ui.getLocale().toLanguageTag());
    }
}
