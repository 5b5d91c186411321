package org.fugong.ui.notice;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.fugong.enterprise.Enterprise;
import org.fugong.notice.JobPosting;
import org.fugong.notice.NoticeField;
import org.fugong.ui.base.FieldProblems;

import java.util.List;
import java.util.Map;

/**
 * A job posting's facts: the employer, the position, headcount, salary range and requirements, and
 * whether it calls students to an internship.
 */
class PostingFields extends Composite<Div> {

    private final ComboBox<Enterprise> enterprise = new ComboBox<>();
    private final TextField title = FormFields.text(NoticeField.POSTING_TITLE, "posting-title", 80, true);
    private final IntegerField headcount = FormFields.integer(NoticeField.POSTING_HEADCOUNT, "posting-headcount", 1);
    private final IntegerField salaryMin = FormFields.integer(NoticeField.POSTING_SALARY_MIN, "posting-salary-min", 0);
    private final IntegerField salaryMax = FormFields.integer(NoticeField.POSTING_SALARY_MAX, "posting-salary-max", 0);
    private final TextArea requirements = FormFields.area(NoticeField.POSTING_REQUIREMENTS, "posting-requirements", 2000, false);
    private final Checkbox internship = new Checkbox();
    private final Map<String, Enterprise> byId;

    PostingFields(List<Enterprise> known, Map<String, Enterprise> byId) {
        this.byId = byId;
        enterprise.setLabel(FormFields.label(NoticeField.POSTING_ENTERPRISE));
        enterprise.setItems(known);
        enterprise.setItemLabelGenerator(e -> e.key() ? e.name() + " ★" : e.name());
        enterprise.setId("posting-enterprise");
        internship.setLabel(getTranslation("posting.internship"));
        internship.setHelperText(getTranslation("posting.internship.help"));
        internship.setId("posting-internship");
        getContent().add(FormFields.section("section.jobPosting",
                FormFields.form(enterprise, title, headcount, salaryMin, salaryMax, requirements, internship)));
    }

    void bind(FieldProblems<NoticeField> problems) {
        problems.bind(NoticeField.POSTING_ENTERPRISE, enterprise).bind(NoticeField.POSTING_TITLE, title)
                .bind(NoticeField.POSTING_HEADCOUNT, headcount).bind(NoticeField.POSTING_SALARY_MIN, salaryMin)
                .bind(NoticeField.POSTING_SALARY_MAX, salaryMax).bind(NoticeField.POSTING_REQUIREMENTS, requirements);
    }

    void fill(JobPosting j) {
        enterprise.setValue(byId.get(j.enterpriseId()));
        title.setValue(FormFields.orEmpty(j.title()));
        headcount.setValue(j.headcount());
        salaryMin.setValue(j.salaryMin());
        salaryMax.setValue(j.salaryMax());
        requirements.setValue(FormFields.orEmpty(j.requirements()));
        internship.setValue(j.isInternship());
    }

    JobPosting value() {
        return new JobPosting(enterprise.getValue() == null ? null : enterprise.getValue().id(), title.getValue(),
                headcount.getValue(), salaryMin.getValue(), salaryMax.getValue(), requirements.getValue(), null,
                internship.getValue());
    }
}
