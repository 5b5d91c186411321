package org.fugong.ui.notice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.fugong.response.Response;
import org.fugong.response.ResponseStatus;
import org.fugong.ui.base.Formats;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * One response for review: who (phone masked unless the official handles it), what they sent, and
 * the decision with a note for the worker.
 */
class ResponseDialog extends Dialog {

    ResponseDialog(Response response, List<ResponseStatus> decisions, boolean mayRevealPhone,
                   BiConsumer<ResponseStatus, String> decide, Supplier<String> revealPhone) {
        setHeaderTitle(getTranslation("response.title"));
        setId("response-dialog");
        DescriptionList facts = new DescriptionList();
        if (response.worker() != null) {
            facts.add(new DescriptionList.Term(getTranslation("worker.name")),
                    new DescriptionList.Description(response.worker().name() == null ? "—" : response.worker().name()));
            Span phone = new Span(response.worker().phoneMasked());
            phone.setId("response-phone");
            facts.add(new DescriptionList.Term(getTranslation("worker.phone")), new DescriptionList.Description(phone));
            if (mayRevealPhone) {
                Button reveal = new Button(getTranslation("action.revealPhone"), e -> {
                    phone.setText(revealPhone.get());
                    e.getSource().setEnabled(false);
                });
                reveal.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                reveal.setId("reveal-phone");
                facts.add(new DescriptionList.Term(""), new DescriptionList.Description(reveal));
            }
            if (response.worker().hometown() != null) {
                facts.add(new DescriptionList.Term(getTranslation("worker.hometown")),
                        new DescriptionList.Description(response.worker().hometown().toString()));
            }
        }
        facts.add(new DescriptionList.Term(getTranslation("response.status")),
                new DescriptionList.Description(getTranslation("rstatus." + response.status().name())));
        if (response.waitlistPosition() != null) {
            facts.add(new DescriptionList.Term(getTranslation("response.waitlistPosition")),
                    new DescriptionList.Description(String.valueOf(response.waitlistPosition())));
        }
        response.fields().forEach((key, value) -> facts.add(new DescriptionList.Term(getTranslation("field." + key)),
                new DescriptionList.Description(String.valueOf(value))));
        if (response.amount() != null) {
            facts.add(new DescriptionList.Term(getTranslation("response.amount")),
                    new DescriptionList.Description(Formats.money(response.amount())));
        }
        facts.add(new DescriptionList.Term(getTranslation("response.createdAt")),
                new DescriptionList.Description(Formats.dateTime(response.createdAt())));
        if (response.note() != null) {
            facts.add(new DescriptionList.Term(getTranslation("response.note")), new DescriptionList.Description(response.note()));
        }
        add(facts);

        TextArea note = new TextArea(getTranslation("response.noteForWorker"));
        note.setId("decision-note");
        note.setWidthFull();
        note.setMaxLength(1000);
        if (!decisions.isEmpty() && response.status().isActive()) {
            add(note);
            for (ResponseStatus decision : decisions) {
                Button button = new Button(getTranslation("decide." + decision.name()),
                        e -> decide.accept(decision, note.getValue()));
                button.setId("decide-" + decision.name());
                button.addThemeVariants(decision == ResponseStatus.ACCEPTED ? ButtonVariant.LUMO_SUCCESS
                        : decision == ResponseStatus.REJECTED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                getFooter().add(button);
            }
        }
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("response-close");
        getFooter().addComponentAsFirst(close);
        setWidth("36em");
    }
}
