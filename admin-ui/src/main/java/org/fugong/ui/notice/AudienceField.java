package org.fugong.ui.notice;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.fugong.base.Regions;
import org.fugong.enterprise.Enterprise;
import org.fugong.ui.base.TermList;
import org.fugong.ui.base.TermPicker;
import org.fugong.worker.Audience;
import org.fugong.worker.EmploymentStatus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a notice's audience: everyone, or hometown provinces and cities, current districts,
 * industries, skills, employment statuses, enterprises, and students' schools and graduation years
 * (AND between, OR within). Shows how many workers it reaches now, as soon as anything changes.
 */
class AudienceField extends Composite<Div> {

    private final Checkbox all = new Checkbox();
    private final MultiSelectComboBox<String> provinces = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> cities = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> districts = new MultiSelectComboBox<>();
    private final TermPicker industries = new TermPicker(TermList.INDUSTRIES, null);
    private final TermPicker skills = new TermPicker(TermList.SKILLS, null);
    private final CheckboxGroup<EmploymentStatus> statuses = new CheckboxGroup<>();
    private final MultiSelectComboBox<Enterprise> enterprises = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> schools = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Integer> graduationYears = new MultiSelectComboBox<>();
    private final Span count = new Span();
    private final Map<String, Enterprise> enterprisesById;
    private final List<String> localDistricts;

    AudienceField(List<Enterprise> knownEnterprises, List<String> localDistricts) {
        this.enterprisesById = knownEnterprises.stream().collect(Collectors.toMap(Enterprise::id, Function.identity()));
        this.localDistricts = localDistricts;
        all.setLabel(getTranslation("audience.all"));
        all.setId("audience-all");
        provinces.setLabel(getTranslation("audience.provinces"));
        provinces.setItems(Regions.china().provinces());
        provinces.setId("audience-provinces");
        cities.setLabel(getTranslation("audience.cities"));
        cities.setItems(allCities());
        cities.setId("audience-cities");
        districts.setLabel(getTranslation("audience.districts"));
        districts.setItems(districtChoices(Set.of()));
        districts.setAllowCustomValue(true);
        districts.addCustomValueSetListener(e -> addValue(districts, e.getDetail()));
        districts.setId("audience-districts");
        industries.setLabel(getTranslation("audience.industries"));
        industries.setHelperText(getTranslation("audience.industries.help"));
        industries.setId("audience-industries");
        skills.setLabel(getTranslation("audience.skills"));
        skills.setHelperText(getTranslation("taxonomy.typeToFind"));
        skills.setId("audience-skills");
        statuses.setLabel(getTranslation("audience.statuses"));
        statuses.setItems(EmploymentStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation("employment." + s.name()));
        statuses.setId("audience-statuses");
        enterprises.setLabel(getTranslation("audience.enterprises"));
        enterprises.setItems(knownEnterprises);
        enterprises.setItemLabelGenerator(Enterprise::name);
        enterprises.setId("audience-enterprises");
        count.setId("audience-count");
        count.addClassName("audience-count");
        StudentFilters.setUp(this, schools, graduationYears);

        FormLayout filters = new FormLayout(provinces, cities, districts, industries, skills, enterprises, statuses,
                schools, graduationYears);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        filters.setColspan(statuses, 2);
        getContent().addClassName("audience-field");
        getContent().add(all, filters, count);

        all.addValueChangeListener(e -> {
            filters.setEnabled(!e.getValue());
            changed();
        });
        provinces.addValueChangeListener(e -> changed());
        cities.addValueChangeListener(e -> changed());
        districts.addValueChangeListener(e -> changed());
        industries.addValueChangeListener(e -> changed());
        skills.addValueChangeListener(e -> changed());
        statuses.addValueChangeListener(e -> changed());
        enterprises.addValueChangeListener(e -> changed());
        schools.addValueChangeListener(e -> changed());
        graduationYears.addValueChangeListener(e -> changed());
    }

    /** Where the school picker finds the schools students named so far. */
    void setKnownSchools(List<String> known) {
        StudentFilters.offer(schools, known);
    }

    private static List<String> allCities() {
        List<String> result = new ArrayList<>();
        Regions.china().provinces().forEach(p -> result.addAll(Regions.china().citiesOf(p)));
        return result.stream().distinct().toList();
    }

    private List<String> districtChoices(Set<String> extra) {
        LinkedHashSet<String> choices = new LinkedHashSet<>(localDistricts);
        choices.addAll(extra);
        return new ArrayList<>(choices);
    }

    private static void addValue(MultiSelectComboBox<String> box, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Set<String> items = new LinkedHashSet<>(box.getListDataView().getItems().toList());
        items.add(value);
        Set<String> selected = new LinkedHashSet<>(box.getValue());
        selected.add(value);
        box.setItems(items);
        box.setValue(selected);
    }

    private void changed() {
        fireEvent(new AudienceChanged(this));
    }

    Audience getValue() {
        if (all.getValue()) {
            return Audience.everyone();
        }
        return new Audience(false, List.copyOf(provinces.getValue()), List.copyOf(cities.getValue()),
                List.copyOf(districts.getValue()), List.copyOf(industries.getValue()), List.copyOf(skills.getValue()),
                List.copyOf(statuses.getValue()), enterprises.getValue().stream().map(Enterprise::id).toList(),
                List.copyOf(schools.getValue()), graduationYears.getValue().stream().sorted().toList());
    }

    void setValue(Audience audience) {
        if (audience == null) {
            return;
        }
        all.setValue(audience.all());
        provinces.setValue(audience.hometownProvinces());
        cities.setValue(audience.hometownCities());
        districts.setItems(districtChoices(new LinkedHashSet<>(audience.districts())));
        districts.setValue(audience.districts());
        industries.setCodes(audience.industries());
        skills.setCodes(audience.skills());
        statuses.setValue(Set.copyOf(audience.employmentStatuses()));
        enterprises.setValue(audience.enterpriseIds().stream().map(enterprisesById::get)
                .filter(java.util.Objects::nonNull).toList());
        StudentFilters.show(schools, graduationYears, audience);
    }

    /** Shows the audience size, or why it cannot be counted yet. */
    void showCount(Long workers, String problem) {
        count.setText(workers != null ? getTranslation("audience.count", workers) : problem == null ? "" : problem);
        count.getElement().getThemeList().clear();
        count.getElement().getThemeList().add("badge");
        count.getElement().getThemeList().add(workers != null ? "success" : "error");
    }

    void setError(String message) {
        provinces.setInvalid(message != null);
        provinces.setErrorMessage(message);
    }

    Registration addAudienceChangedListener(ComponentEventListener<AudienceChanged> listener) {
        return addListener(AudienceChanged.class, listener);
    }

    /** The audience was changed by the user. */
    static class AudienceChanged extends ComponentEvent<AudienceField> {
        AudienceChanged(AudienceField source) {
            super(source, false);
        }
    }
}
