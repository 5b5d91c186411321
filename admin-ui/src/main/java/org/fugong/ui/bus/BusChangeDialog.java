package org.fugong.ui.bus;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.fugong.base.Actor;
import org.fugong.base.FugongException;
import org.fugong.base.InvalidInputException;
import org.fugong.base.LocalizedText;
import org.fugong.notice.Notice;
import org.fugong.response.BusService;
import org.fugong.ui.base.Feedback;
import org.fugong.ui.base.Formats;

import java.util.Map;

/**
 * A change to a trip, pushed at high priority to its booked and waitlisted passengers: a delay,
 * other pickup points, more or fewer seats, or a cancellation. The dialog says how many passengers
 * will be told; a cancellation, which cannot be undone, asks again before it is sent.
 */
class BusChangeDialog extends Dialog {

    private final Notice bus;
    private final BusService buses;
    private final Feedback feedback;
    private final Actor actor;
    private final Runnable changed;
    private final Select<BusService.ChangeKind> kind = new Select<>();
    private final DateTimePicker departsAt = new DateTimePicker();
    private final TextArea pickups = new TextArea();
    private final IntegerField seats = new IntegerField();
    private final TextArea message = new TextArea();
    private final Paragraph who = new Paragraph();
    private final BusService.ChangeImpact impact;

    BusChangeDialog(Notice bus, BusService buses, Feedback feedback, Actor actor, Runnable changed) {
        this.bus = bus;
        this.buses = buses;
        this.feedback = feedback;
        this.actor = actor;
        this.changed = changed;
        this.impact = buses.changeImpact(bus.id(), actor);
        setId("bus-change-dialog");
        setHeaderTitle(getTranslation("bus.change"));
        fields();
        who.setId("change-who");
        who.setText(getTranslation("bus.change.who", impact.booked(), impact.waitlisted()));
        FormLayout form = new FormLayout(kind, departsAt, pickups, seats, message);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, who);
        Button send = new Button(getTranslation("bus.change.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("change-send");
        kind.addValueChangeListener(e -> {
            boolean cancel = e.getValue() == BusService.ChangeKind.CANCEL;
            send.setText(getTranslation(cancel ? "bus.cancel.send" : "bus.change.send"));
            send.removeThemeVariants(ButtonVariant.LUMO_ERROR);
            if (cancel) {
                send.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
        setWidth("36em");
        setMaxWidth("100%");
    }

    private void fields() {
        kind.setLabel(getTranslation("bus.change.kind"));
        kind.setItems(BusService.ChangeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("bus.change." + k.name()));
        kind.setId("change-kind");
        departsAt.setLabel(getTranslation("bus.departsAt"));
        departsAt.setValue(Formats.local(bus.returnBus().departsAt()));
        departsAt.setId("change-departs-at");
        pickups.setLabel(getTranslation("bus.pickupPoints"));
        pickups.setValue(String.join("\n", bus.returnBus().pickupPoints()));
        pickups.setHelperText(getTranslation("bus.pickupPoints.help"));
        pickups.setId("change-pickups");
        seats.setLabel(getTranslation("bus.seats"));
        seats.setValue(bus.returnBus().seats());
        seats.setMin(1);
        seats.setMax(100);
        seats.setId("change-seats");
        message.setLabel(getTranslation("bus.change.message"));
        message.setHelperText(getTranslation("bus.change.message.help"));
        message.setMaxLength(500);
        message.setId("change-message");
        departsAt.setVisible(false);
        pickups.setVisible(false);
        seats.setVisible(false);
        kind.addValueChangeListener(e -> {
            departsAt.setVisible(e.getValue() == BusService.ChangeKind.DELAY);
            pickups.setVisible(e.getValue() == BusService.ChangeKind.PICKUP);
            seats.setVisible(e.getValue() == BusService.ChangeKind.SEATS);
        });
    }

    private void send() {
        if (kind.getValue() == BusService.ChangeKind.CANCEL) {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("cancel-confirm");
            confirm.setHeader(getTranslation("bus.cancel.confirm.title"));
            confirm.setText(getTranslation("bus.cancel.confirm", impact.booked(), impact.waitlisted()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("bus.cancel.keep"));
            confirm.setConfirmText(getTranslation("bus.cancel.send"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(e -> apply());
            confirm.open();
        } else {
            apply();
        }
    }

    private void apply() {
        try {
            String text = message.getValue() == null || message.getValue().isBlank() ? null : message.getValue();
            buses.change(bus.id(), new BusService.BusChange(kind.getValue(), Formats.instant(departsAt.getValue()),
                    pickups.getValue().lines().map(String::strip).filter(s -> !s.isEmpty()).toList(), seats.getValue(),
                    text == null ? null : LocalizedText.zh(text)), actor);
            feedback.success(getTranslation(kind.getValue() == BusService.ChangeKind.CANCEL ? "bus.cancel.sent"
                    : "bus.change.sent", impact.total()));
            close();
            changed.run();
        } catch (InvalidInputException e) {
            feedback.showOn(e, Map.of("kind", kind, "departsAt", departsAt, "pickupPoints", pickups, "seats", seats,
                    "message.zh-CN", message));
        } catch (FugongException e) {
            feedback.error(e);
        }
    }
}
