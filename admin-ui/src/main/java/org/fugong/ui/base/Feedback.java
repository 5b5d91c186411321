package org.fugong.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.HasValidation;
import org.fugong.base.FieldProblem;
import org.fugong.base.FugongException;
import org.fugong.base.InvalidInputException;
import org.fugong.base.Languages;
import org.fugong.base.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Tells the official what happened, in their language: a short success note, or why something was
 * refused (the same messages the API uses). Never a stack trace.
 */
@Component
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
        String text;
        if (e instanceof InvalidInputException invalid) {
            text = describe(invalid);
        } else if (e instanceof FugongException known) {
            text = messages.describe(known, locale());
        } else {
            log.error("Unexpected failure in the console", e);
            text = messages.get("error.internal", locale());
        }
        Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Marks each field that has a problem with its message (fields are keyed by the path the service
     * reports, list indexes ignored) after clearing earlier marks; problems of no field on the form
     * are shown as a notification.
     */
    public void showOn(InvalidInputException invalid, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        List<FieldProblem> elsewhere = new ArrayList<>();
        for (FieldProblem problem : invalid.problems()) {
            HasValidation field = fields.get(problem.field().replaceAll("\\[\\d+]$", ""));
            if (field == null) {
                field = fields.get(problem.field().replaceAll("[.\\[].*$", ""));
            }
            if (field != null) {
                field.setErrorMessage(describe(problem));
                field.setInvalid(true);
            } else {
                elsewhere.add(problem);
            }
        }
        if (!elsewhere.isEmpty()) {
            error(new InvalidInputException(elsewhere));
        }
    }

    /** A problem's message in the console's language. */
    public String describe(FieldProblem problem) {
        return messages.describe(problem, locale());
    }

    public String describe(InvalidInputException invalid) {
        List<FieldProblem> problems = invalid.problems();
        return messages.get("error.invalid-input", locale()) + " " + problems.stream()
                .map(p -> p.field() + ": " + describe(p))
                .collect(Collectors.joining("; "));
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Languages.CHINESE : Languages.parse(ui.getLocale().toLanguageTag());
    }
}
