package org.fugong.ui.publicity;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import org.fugong.base.FugongException;
import org.fugong.base.InvalidInputException;
import org.fugong.publicity.NewObjection;
import org.fugong.publicity.Objections;
import org.fugong.publicity.PublicPublicity;
import org.fugong.publicity.PublicityLine;
import org.fugong.ui.base.Feedback;

import java.util.Map;

/**
 * The public page's objection form: which line (or the whole list), what is wrong, and a way to reach
 * whoever objects (a name is optional). After sending, a thank-you takes the form's place.
 */
class ObjectionForm extends Composite<Div> {

    ObjectionForm(PublicPublicity publicity, Objections objections, Feedback feedback) {
        ComboBox<PublicityLine> line = new ComboBox<>(getTranslation("public.objection.line"));
        line.setId("objection-line");
        line.setItems(publicity.lines());
        line.setItemLabelGenerator(l -> getTranslation("objection.line", l.no(), l.enterpriseName()));
        line.setPlaceholder(getTranslation("objection.wholeList"));
        line.setClearButtonVisible(true);
        TextArea text = new TextArea(getTranslation("public.objection.text"));
        text.setId("objection-text");
        text.setMaxLength(Objections.MAX_TEXT);
        text.setRequiredIndicatorVisible(true);
        text.setMinHeight("6em");
        TextField name = new TextField(getTranslation("public.objection.name"));
        name.setId("objection-name");
        name.setMaxLength(50);
        TextField contact = new TextField(getTranslation("public.objection.contact"));
        contact.setId("objection-contact");
        contact.setMaxLength(200);
        contact.setRequiredIndicatorVisible(true);
        contact.setHelperText(getTranslation("public.objection.contact.help"));
        FormLayout form = new FormLayout(line, text, name, contact);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(line, 2);
        form.setColspan(text, 2);
        Button send = new Button(getTranslation("public.objection.send"));
        send.setId("objection-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            try {
                objections.file(publicity.id(), new NewObjection(name.getValue(), contact.getValue(),
                        line.getValue() == null ? null : line.getValue().no(), text.getValue()), address());
                Paragraph thanks = new Paragraph(getTranslation("public.objection.thanks"));
                thanks.setId("objection-thanks");
                getContent().removeAll();
                getContent().add(thanks);
            } catch (InvalidInputException ex) {
                feedback.showOn(ex, Map.of("text", text, "contact", contact, "name", name, "lineNo", line));
            } catch (FugongException ex) {
                feedback.error(ex);
            }
        });
        getContent().add(form, send);
    }

    private static String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }
}
