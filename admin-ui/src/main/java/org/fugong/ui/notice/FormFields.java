package org.fugong.ui.notice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import org.fugong.notice.NoticeField;

import java.time.Duration;
import java.util.List;

/**
 * How the notice editor's fields are set up: each labelled as {@link NoticeFieldLabels} names its
 * {@link NoticeField}, with the limits the service enforces, and laid out in sections.
 */
final class FormFields {

    private FormFields() {
    }

    static TextField text(NoticeField field, String id, int max, boolean required) {
        TextField text = new TextField(label(field));
        text.setId(id);
        text.setMaxLength(max);
        text.setRequiredIndicatorVisible(required);
        text.setClearButtonVisible(true);
        return text;
    }

    static TextArea area(NoticeField field, String id, int max, boolean required) {
        TextArea area = new TextArea(label(field));
        area.setId(id);
        area.setMaxLength(max);
        area.setRequiredIndicatorVisible(required);
        area.setMinHeight("6em");
        return area;
    }

    static DateTimePicker time(NoticeField field, String id) {
        DateTimePicker picker = new DateTimePicker(label(field));
        picker.setId(id);
        picker.setStep(Duration.ofMinutes(15));
        return picker;
    }

    static IntegerField integer(NoticeField field, String id, int min) {
        IntegerField number = new IntegerField(label(field));
        number.setId(id);
        number.setMin(min);
        number.setStepButtonsVisible(true);
        return number;
    }

    static BigDecimalField money(NoticeField field, String id) {
        BigDecimalField money = new BigDecimalField(label(field));
        money.setId(id);
        money.setPrefixComponent(new Span("¥"));
        return money;
    }

    static String label(NoticeField field) {
        return I18NProvider.translate(NoticeFieldLabels.key(field));
    }

    /** Two columns from 40em, one below; long texts and multi-selects take both. */
    static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (Component field : fields) {
            if (field instanceof TextArea || field instanceof MultiSelectComboBox) {
                form.setColspan(field, 2);
            }
        }
        return form;
    }

    static Div section(String titleKey, Component content) {
        Div section = new Div(new H3(I18NProvider.translate(titleKey)), content);
        section.addClassName("form-section");
        return section;
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
