package org.fugong.ui.notice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.fugong.response.Response;
import org.fugong.response.ResponseRow;
import org.fugong.response.ResponseStatus;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.Formats;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * One response for review: who (phone masked unless the official handles it), what they sent, and
 * the decisions the service offers this reader, with a note for the worker.
 */
class ResponseDialog extends Dialog {

    private static final List<ResponseStatus> ORDER = List.of(ResponseStatus.ACCEPTED, ResponseStatus.WAITLISTED,
            ResponseStatus.REJECTED);

    private final DescriptionList facts = new DescriptionList();

    ResponseDialog(ResponseRow row, BiConsumer<ResponseStatus, String> decide, Supplier<String> revealPhone) {
        Response response = row.response();
        setHeaderTitle(getTranslation("response.title"));
        setId("response-dialog");
        fact("worker.name", new Span(row.who() == null ? "—" : row.who()));
        if (response.worker() != null) {
            Span phone = new Span(response.worker().phoneMasked());
            phone.setId("response-phone");
            fact("worker.phone", phone);
            if (row.mayRevealPhone()) {
                Button reveal = new Button(getTranslation("action.revealPhone"), e -> {
                    phone.setText(revealPhone.get());
                    e.getSource().setEnabled(false);
                });
                reveal.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                reveal.setId("reveal-phone");
                facts.add(new DescriptionList.Term(""), new DescriptionList.Description(reveal));
            }
            if (response.worker().hometown() != null) {
                fact("worker.hometown", new Span(response.worker().hometown().toString()));
            }
        }
        fact("response.status", Badges.response(this, response.status(), response.waitlistPosition()));
        response.fields().forEach((key, value) -> fact("field." + key, new Span(ResponseFields.value(this, key, value))));
        if (response.amount() != null) {
            fact("response.amount", new Span(Formats.money(response.amount())));
        }
        fact("response.createdAt", new Span(Formats.dateTime(response.createdAt())));
        if (response.note() != null) {
            fact("response.note", new Span(response.note()));
        }
        add(facts);
        decisions(row, decide);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("response-close");
        getFooter().addComponentAsFirst(close);
        setWidth("36em");
        setMaxWidth("100%");
    }

    private void decisions(ResponseRow row, BiConsumer<ResponseStatus, String> decide) {
        if (row.decisions().isEmpty()) {
            return;
        }
        TextArea note = new TextArea(getTranslation("response.noteForWorker"));
        note.setId("decision-note");
        note.setWidthFull();
        note.setMaxLength(1000);
        add(note);
        for (ResponseStatus decision : ORDER) {
            if (!row.decisions().contains(decision)) {
                continue;
            }
            Button button = new Button(getTranslation("decide." + decision.name()), e -> decide.accept(decision, note.getValue()));
            button.setId("decide-" + decision.name());
            button.addThemeVariants(decision == ResponseStatus.ACCEPTED ? ButtonVariant.LUMO_SUCCESS
                    : decision == ResponseStatus.REJECTED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(button);
        }
    }

    private void fact(String key, Component value) {
        facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }
}
