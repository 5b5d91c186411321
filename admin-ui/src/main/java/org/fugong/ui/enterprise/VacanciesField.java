package org.fugong.ui.enterprise;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import org.fugong.ui.base.TermList;
import org.fugong.ui.base.TermPicker;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A staffing report's vacancies: the trades picked by name, then how many of each are wanted. Its
 * value is the count by skill code; a trade without a count is left for the service to refuse.
 */
class VacanciesField extends Composite<Div> implements HasValidation {

    private final TermPicker skills = new TermPicker(TermList.SKILLS, null);
    private final FormLayout counts = new FormLayout();
    private final Map<String, IntegerField> countOf = new LinkedHashMap<>();

    VacanciesField() {
        skills.setLabel(getTranslation("staffing.vacancies"));
        skills.setHelperText(getTranslation("staffing.vacancies.help"));
        skills.setWidthFull();
        skills.setId("staffing-vacancies");
        skills.addValueChangeListener(e -> showCounts(e.getValue()));
        counts.setId("staffing-vacancy-counts");
        counts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("30em", 3));
        getContent().add(skills, counts);
    }

    /** One count field per chosen trade, in the order chosen; counts already typed stay. */
    private void showCounts(Set<String> chosen) {
        countOf.keySet().retainAll(chosen);
        for (String code : chosen) {
            countOf.computeIfAbsent(code, c -> {
                IntegerField count = new IntegerField(TermList.SKILLS.name(c));
                count.setMin(0);
                count.setId("staffing-vacancy-" + c);
                return count;
            });
        }
        counts.removeAll();
        countOf.values().forEach(counts::add);
    }

    /** The count by skill code, in the order chosen. */
    Map<String, Integer> getValue() {
        Map<String, Integer> value = new LinkedHashMap<>();
        countOf.forEach((code, field) -> value.put(code, field.getValue()));
        return value;
    }

    void setValue(Map<String, Integer> vacancies) {
        skills.setCodes(vacancies.keySet());
        vacancies.forEach((code, count) -> countOf.get(code).setValue(count));
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        skills.setErrorMessage(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return skills.getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
        skills.setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return skills.isInvalid();
    }
}
