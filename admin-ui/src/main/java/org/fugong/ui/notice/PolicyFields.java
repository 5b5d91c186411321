package org.fugong.ui.notice;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import org.fugong.notice.Applicant;
import org.fugong.notice.Benefit;
import org.fugong.notice.NoticeField;
import org.fugong.notice.Policy;
import org.fugong.ui.base.FieldProblems;
import org.fugong.ui.base.Formats;

/**
 * A policy's facts: the benefit, who applies (and, when enterprises do, whether workers are told too), amount
 * per person, cap per enterprise, deadline, eligibility.
 */
class PolicyFields extends Composite<Div> {

    private final Select<Benefit> benefit = new Select<>();
    private final Select<Applicant> applicant = new Select<>();
    private final Checkbox tellWorkers = new Checkbox();
    private final BigDecimalField amount = FormFields.money(NoticeField.POLICY_AMOUNT, "policy-amount");
    private final BigDecimalField cap = FormFields.money(NoticeField.POLICY_CAP, "policy-cap");
    private final DateTimePicker deadline = FormFields.time(NoticeField.POLICY_DEADLINE, "policy-deadline");
    private final TextArea eligibility = FormFields.area(NoticeField.POLICY_ELIGIBILITY, "policy-eligibility", 2000, false);

    PolicyFields() {
        benefit.setLabel(FormFields.label(NoticeField.POLICY_BENEFIT));
        benefit.setItems(Benefit.values());
        benefit.setItemLabelGenerator(b -> getTranslation("benefit." + b.name()));
        benefit.setId("policy-benefit");
        applicant.setLabel(FormFields.label(NoticeField.POLICY_APPLICANT));
        applicant.setItems(Applicant.values());
        applicant.setItemLabelGenerator(a -> getTranslation("applicant." + a.name()));
        applicant.setValue(Applicant.ENTERPRISE);
        applicant.setId("policy-applicant");
        tellWorkers.setLabel(getTranslation("policy.tellWorkers"));
        tellWorkers.setTooltipText(getTranslation("policy.tellWorkers.help"));
        tellWorkers.setId("policy-tell-workers");
        applicant.addValueChangeListener(e -> tellWorkers.setVisible(e.getValue() == Applicant.ENTERPRISE));
        getContent().add(FormFields.section("section.policy",
                FormFields.form(benefit, applicant, tellWorkers, amount, cap, deadline, eligibility)));
    }

    void bind(FieldProblems<NoticeField> problems) {
        problems.bind(NoticeField.POLICY_BENEFIT, benefit).bind(NoticeField.POLICY_APPLICANT, applicant)
                .bind(NoticeField.POLICY_AMOUNT, amount).bind(NoticeField.POLICY_CAP, cap)
                .bind(NoticeField.POLICY_DEADLINE, deadline).bind(NoticeField.POLICY_ELIGIBILITY, eligibility);
    }

    void fill(Policy p) {
        benefit.setValue(p.benefit());
        amount.setValue(p.amountPerPerson());
        cap.setValue(p.capPerEnterprise());
        deadline.setValue(Formats.local(p.deadline()));
        eligibility.setValue(FormFields.orEmpty(p.eligibility()));
        applicant.setValue(p.applicant());
        tellWorkers.setValue(Boolean.TRUE.equals(p.tellWorkers()));
    }

    Policy value() {
        return new Policy(benefit.getValue(), amount.getValue(), cap.getValue(), Formats.instant(deadline.getValue()),
                eligibility.getValue(), applicant.getValue(),
                applicant.getValue() == Applicant.ENTERPRISE && tellWorkers.getValue());
    }
}
