package org.fugong.ui.notice;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.fugong.base.Place;
import org.fugong.base.Regions;
import org.fugong.enterprise.Enterprise;
import org.fugong.notice.NoticeField;
import org.fugong.notice.ReturnBus;
import org.fugong.ui.base.FieldProblems;
import org.fugong.ui.base.Formats;

import java.util.List;
import java.util.Map;

/** A return bus's facts: from where to where, when, seats, pickup points, health requirement, receiving enterprise. */
class ReturnBusFields extends Composite<Div> {

    private final ComboBox<String> originProvince = place(NoticeField.BUS_ORIGIN_PROVINCE, "bus-origin-province");
    private final ComboBox<String> originCity = place(NoticeField.BUS_ORIGIN_CITY, "bus-origin-city");
    private final ComboBox<String> destinationProvince = place(NoticeField.BUS_DESTINATION_PROVINCE, "bus-destination-province");
    private final ComboBox<String> destinationCity = place(NoticeField.BUS_DESTINATION_CITY, "bus-destination-city");
    private final DateTimePicker departsAt = FormFields.time(NoticeField.BUS_DEPARTS_AT, "bus-departs-at");
    private final IntegerField seats = FormFields.integer(NoticeField.BUS_SEATS, "bus-seats", 1);
    private final TextArea pickupPoints = FormFields.area(NoticeField.BUS_PICKUP_POINTS, "bus-pickup-points", 2100, false);
    private final TextArea health = FormFields.area(NoticeField.BUS_HEALTH, "bus-health", 500, false);
    private final ComboBox<Enterprise> receiving = new ComboBox<>();
    private final Map<String, Enterprise> byId;

    ReturnBusFields(List<Enterprise> known, Map<String, Enterprise> byId, Place workCity) {
        this.byId = byId;
        originProvince.setItems(Regions.china().provinces());
        originProvince.addValueChangeListener(e -> originCity.setItems(Regions.china().citiesOf(e.getValue())));
        destinationProvince.setItems(Regions.china().provinces());
        destinationProvince.addValueChangeListener(e -> destinationCity.setItems(Regions.china().citiesOf(e.getValue())));
        seats.setMax(100);
        pickupPoints.setHelperText(getTranslation("bus.pickupPoints.help"));
        receiving.setLabel(FormFields.label(NoticeField.BUS_RECEIVING_ENTERPRISE));
        receiving.setItems(known);
        receiving.setItemLabelGenerator(Enterprise::name);
        receiving.setId("bus-receiving-enterprise");
        receiving.setClearButtonVisible(true);
        getContent().add(FormFields.section("section.returnBus", FormFields.form(originProvince, originCity,
                destinationProvince, destinationCity, departsAt, seats, pickupPoints, health, receiving)));
        if (workCity != null) {
            destinationProvince.setValue(workCity.province());
            destinationCity.setValue(workCity.city());
        }
    }

    private static ComboBox<String> place(NoticeField field, String id) {
        ComboBox<String> box = new ComboBox<>(FormFields.label(field));
        box.setId(id);
        return box;
    }

    void bind(FieldProblems<NoticeField> problems) {
        problems.bind(NoticeField.BUS_ORIGIN_PROVINCE, originProvince).bind(NoticeField.BUS_ORIGIN_CITY, originCity)
                .bind(NoticeField.BUS_DESTINATION_PROVINCE, destinationProvince)
                .bind(NoticeField.BUS_DESTINATION_CITY, destinationCity).bind(NoticeField.BUS_DEPARTS_AT, departsAt)
                .bind(NoticeField.BUS_SEATS, seats).bind(NoticeField.BUS_PICKUP_POINTS, pickupPoints)
                .bind(NoticeField.BUS_HEALTH, health).bind(NoticeField.BUS_RECEIVING_ENTERPRISE, receiving);
    }

    void fill(ReturnBus b) {
        if (b.origin() != null) {
            originProvince.setValue(b.origin().province());
            originCity.setValue(b.origin().city());
        }
        if (b.destination() != null) {
            destinationProvince.setValue(b.destination().province());
            destinationCity.setValue(b.destination().city());
        }
        departsAt.setValue(Formats.local(b.departsAt()));
        seats.setValue(b.seats());
        pickupPoints.setValue(String.join("\n", b.pickupPoints()));
        health.setValue(FormFields.orEmpty(b.healthRequirement()));
        receiving.setValue(byId.get(b.receivingEnterpriseId()));
    }

    ReturnBus value() {
        return new ReturnBus(new Place(originProvince.getValue(), originCity.getValue()),
                new Place(destinationProvince.getValue(), destinationCity.getValue()), Formats.instant(departsAt.getValue()),
                seats.getValue(), FormFields.lines(pickupPoints.getValue()), health.getValue(),
                receiving.getValue() == null ? null : receiving.getValue().id());
    }
}
