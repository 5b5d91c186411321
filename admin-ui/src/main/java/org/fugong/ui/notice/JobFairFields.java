package org.fugong.ui.notice;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.fugong.enterprise.Enterprise;
import org.fugong.notice.AttendanceMode;
import org.fugong.notice.JobFair;
import org.fugong.notice.NoticeField;
import org.fugong.ui.base.FieldProblems;
import org.fugong.ui.base.Formats;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A job fair's facts: when, how (online, on site or both), where, who exhibits, positions and places. */
class JobFairFields extends Composite<Div> {

    private final DateTimePicker startsAt = FormFields.time(NoticeField.FAIR_STARTS_AT, "fair-starts-at");
    private final DateTimePicker endsAt = FormFields.time(NoticeField.FAIR_ENDS_AT, "fair-ends-at");
    private final Select<AttendanceMode> mode = new Select<>();
    private final TextField venue = FormFields.text(NoticeField.FAIR_VENUE, "fair-venue", 200, false);
    private final TextField url = FormFields.text(NoticeField.FAIR_URL, "fair-url", 500, false);
    private final MultiSelectComboBox<Enterprise> enterprises = new MultiSelectComboBox<>();
    private final IntegerField positions = FormFields.integer(NoticeField.FAIR_POSITIONS, "fair-positions", 0);
    private final IntegerField capacity = FormFields.integer(NoticeField.FAIR_CAPACITY, "fair-capacity", 1);
    private final Map<String, Enterprise> byId;

    JobFairFields(List<Enterprise> known, Map<String, Enterprise> byId) {
        this.byId = byId;
        mode.setLabel(FormFields.label(NoticeField.FAIR_MODE));
        mode.setItems(AttendanceMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("mode." + m.name()));
        mode.setId("fair-mode");
        enterprises.setLabel(FormFields.label(NoticeField.FAIR_ENTERPRISES));
        enterprises.setItems(known);
        enterprises.setItemLabelGenerator(Enterprise::name);
        enterprises.setId("fair-enterprises");
        capacity.setHelperText(getTranslation("fair.capacity.help"));
        getContent().add(FormFields.section("section.jobFair",
                FormFields.form(startsAt, endsAt, mode, venue, url, positions, capacity, enterprises)));
    }

    void bind(FieldProblems<NoticeField> problems) {
        problems.bind(NoticeField.FAIR_STARTS_AT, startsAt).bind(NoticeField.FAIR_ENDS_AT, endsAt)
                .bind(NoticeField.FAIR_MODE, mode).bind(NoticeField.FAIR_VENUE, venue).bind(NoticeField.FAIR_URL, url)
                .bind(NoticeField.FAIR_POSITIONS, positions).bind(NoticeField.FAIR_CAPACITY, capacity)
                .bind(NoticeField.FAIR_ENTERPRISES, enterprises);
    }

    void fill(JobFair f) {
        startsAt.setValue(Formats.local(f.startsAt()));
        endsAt.setValue(Formats.local(f.endsAt()));
        mode.setValue(f.mode());
        venue.setValue(FormFields.orEmpty(f.venue()));
        url.setValue(FormFields.orEmpty(f.url()));
        enterprises.setValue(f.enterpriseIds().stream().map(byId::get).filter(Objects::nonNull).toList());
        positions.setValue(f.positions());
        capacity.setValue(f.capacity());
    }

    JobFair value() {
        return new JobFair(Formats.instant(startsAt.getValue()), Formats.instant(endsAt.getValue()), mode.getValue(),
                venue.getValue(), url.getValue(), enterprises.getValue().stream().map(Enterprise::id).toList(),
                positions.getValue(), capacity.getValue());
    }
}
