package org.fugong.ui.partner;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.fugong.base.FugongException;
import org.fugong.base.InvalidInputException;
import org.fugong.partner.IssuedKey;
import org.fugong.partner.PartnerService;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Feedback;

import java.util.Map;

/**
 * Registers a partner platform and shows its new key this once: Fugong keeps only a hash, so the
 * ADMIN copies it now and hands it to the partner.
 */
class NewPartnerDialog extends Dialog {

    NewPartnerDialog(PartnerService partners, Feedback feedback, Runnable saved) {
        setId("partner-dialog");
        setHeaderTitle(getTranslation("partners.new"));
        setWidth("36em");
        TextField name = new TextField(getTranslation("partners.name"));
        name.setId("partner-name");
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        name.setPlaceholder(getTranslation("partners.name.placeholder"));
        TextField contact = new TextField(getTranslation("partners.contact"));
        contact.setId("partner-contact");
        contact.setMaxLength(200);
        contact.setHelperText(getTranslation("partners.contact.help"));
        FormLayout form = new FormLayout(name, contact);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button create = new Button(getTranslation("partners.issue"));
        create.setId("partner-save");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            try {
                IssuedKey issued = partners.create(name.getValue(), contact.getValue(), CurrentUser.actor());
                showKey(issued);
                getFooter().remove(cancel, create);
                getFooter().add(done());
                saved.run();
            } catch (InvalidInputException ex) {
                feedback.showOn(ex, Map.of("name", name, "contact", contact));
            } catch (FugongException ex) {
                feedback.error(ex);
            }
        });
        getFooter().add(cancel, create);
    }

    private void showKey(IssuedKey issued) {
        removeAll();
        setHeaderTitle(getTranslation("partners.issued.title", issued.partner().name()));
        TextField key = new TextField(getTranslation("partners.key"));
        key.setId("issued-key");
        key.setValue(issued.key());
        key.setReadOnly(true);
        key.setWidthFull();
        key.addClassName("issued-key");
        Paragraph once = new Paragraph(getTranslation("partners.issued.once"));
        once.addClassName("once-warning");
        Paragraph how = new Paragraph(getTranslation("partners.issued.how"));
        add(once, key, how);
    }

    private Button done() {
        Button done = new Button(getTranslation("partners.issued.done"), e -> close());
        done.setId("partner-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return done;
    }
}
