package org.fugong.ui.enterprise;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.fugong.base.FugongException;
import org.fugong.base.InvalidInputException;
import org.fugong.enterprise.EnterpriseRequest;
import org.fugong.enterprise.EnterpriseRequestService;
import org.fugong.enterprise.NewRequest;
import org.fugong.enterprise.RequestCategory;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Feedback;
import org.fugong.ui.base.TermList;
import org.fugong.ui.base.TermPicker;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Raising a request with the task force: what is needed, and for a labour shortage how many and which skills. */
class RaiseRequestDialog extends Dialog {

    RaiseRequestDialog(String enterpriseId, EnterpriseRequestService requests, Feedback feedback,
                       Consumer<EnterpriseRequest> raised) {
        setHeaderTitle(getTranslation("rq.new"));
        setId("raise-request-dialog");
        Select<RequestCategory> category = new Select<>();
        category.setLabel(getTranslation("rq.category"));
        category.setItems(RequestCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("rq.category." + c.name()));
        category.setValue(RequestCategory.LABOUR_SHORTAGE);
        category.setId("request-category");
        TextArea text = new TextArea(getTranslation("rq.text"));
        text.setMaxLength(2000);
        text.setWidthFull();
        text.setId("request-text");
        IntegerField headcount = new IntegerField(getTranslation("rq.headcount"));
        headcount.setMin(1);
        headcount.setId("request-headcount");
        TermPicker skills = new TermPicker(TermList.SKILLS, getTranslation("rq.skills"));
        skills.setHelperText(getTranslation("taxonomy.typeToFind"));
        skills.setId("request-skills");
        category.addValueChangeListener(e -> {
            boolean shortage = e.getValue() == RequestCategory.LABOUR_SHORTAGE;
            headcount.setVisible(shortage);
            skills.setVisible(shortage);
        });
        FormLayout form = new FormLayout(category, headcount, text, skills);
        form.setColspan(text, 2);
        form.setColspan(skills, 2);
        add(form);
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("category", category, "text", text,
                "headcount", headcount, "skills", skills);
        Button send = new Button(getTranslation("rq.send"), e -> {
            boolean shortage = category.getValue() == RequestCategory.LABOUR_SHORTAGE;
            try {
                EnterpriseRequest request = requests.raise(enterpriseId, new NewRequest(category.getValue(), text.getValue(),
                        shortage ? headcount.getValue() : null, shortage ? List.copyOf(skills.getValue()) : null),
                        CurrentUser.actor());
                feedback.success(getTranslation("rq.raised"));
                close();
                raised.accept(request);
            } catch (InvalidInputException ex) {
                feedback.showOn(ex, fields);
            } catch (FugongException ex) {
                feedback.error(ex);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("request-send");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
        setWidth("40em");
    }
}
