package org.fugong.ui.notice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import org.fugong.ui.base.Formats;
import org.fugong.worker.Audience;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The audience's fields for students: the schools students named (a school not named yet may be
 * typed in), and graduation years around this one (an internship call goes to a graduating class).
 */
final class StudentFilters {

    private StudentFilters() {
    }

    static void setUp(Component context, MultiSelectComboBox<String> schools, MultiSelectComboBox<Integer> years) {
        schools.setLabel(context.getTranslation("audience.schools"));
        schools.setHelperText(context.getTranslation("audience.schools.help"));
        schools.setAllowCustomValue(true);
        schools.addCustomValueSetListener(e -> add(schools, e.getDetail()));
        schools.setId("audience-schools");
        int thisYear = LocalDate.now(Formats.ZONE).getYear();
        years.setLabel(context.getTranslation("audience.graduationYears"));
        years.setItems(IntStream.rangeClosed(thisYear - 2, thisYear + 4).boxed().toList());
        years.setItemLabelGenerator(String::valueOf);
        years.setId("audience-graduation-years");
    }

    static void offer(MultiSelectComboBox<String> schools, List<String> known) {
        Set<String> items = new LinkedHashSet<>(known);
        items.addAll(schools.getValue());
        Set<String> selected = new LinkedHashSet<>(schools.getValue());
        schools.setItems(new ArrayList<>(items));
        schools.setValue(selected);
    }

    static void show(MultiSelectComboBox<String> schools, MultiSelectComboBox<Integer> years, Audience audience) {
        Set<String> items = new LinkedHashSet<>(schools.getListDataView().getItems().toList());
        items.addAll(audience.schools());
        schools.setItems(new ArrayList<>(items));
        schools.setValue(audience.schools());
        Set<Integer> yearItems = new LinkedHashSet<>(years.getListDataView().getItems().toList());
        yearItems.addAll(audience.graduationYears());
        years.setItems(yearItems.stream().sorted().toList());
        years.setValue(audience.graduationYears());
    }

    private static void add(MultiSelectComboBox<String> schools, String typed) {
        String name = org.fugong.worker.Schools.normalize(typed);
        if (name == null) {
            return;
        }
        Set<String> items = new LinkedHashSet<>(schools.getListDataView().getItems().toList());
        items.add(name);
        Set<String> selected = new LinkedHashSet<>(schools.getValue());
        selected.add(name);
        schools.setItems(new ArrayList<>(items));
        schools.setValue(selected);
    }
}
