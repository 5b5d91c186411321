package org.fugong.ui.bus;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.Actor;
import org.fugong.base.FugongException;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.notice.NoticeStatus;
import org.fugong.response.BusService;
import org.fugong.response.ResponseStatus;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Downloads;
import org.fugong.ui.base.Feedback;
import org.fugong.ui.base.Formats;

import java.util.List;
import java.util.Locale;

/**
 * One bus trip: its figures, the manifest with boarding and arrival check-off per passenger (arrival
 * is the handover to the receiving enterprise), the manifest as CSV, and a change (delay, pickup
 * points, seats, cancellation) pushed at high priority to booked and waitlisted passengers.
 */
@Route("buses/:id")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER"})
class BusTripView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BusService buses;
    private final NoticeService notices;
    private final Feedback feedback;
    private final Grid<BusService.ManifestEntry> manifest = new Grid<>();
    private final HorizontalLayout figures = new HorizontalLayout();
    private Notice bus;

    BusTripView(BusService buses, NoticeService notices, Feedback feedback) {
        this.buses = buses;
        this.notices = notices;
        this.feedback = feedback;
        setSizeFull();
        manifest.setId("manifest-grid");
        manifest.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        manifest.addColumn(e -> e.name() == null ? "—" : e.name()).setHeader(getTranslation("worker.name")).setKey("name");
        manifest.addColumn(BusService.ManifestEntry::phoneMasked).setHeader(getTranslation("worker.phone")).setKey("phone");
        manifest.addColumn(e -> e.hometown() == null ? "" : e.hometown().toString()).setHeader(getTranslation("worker.hometown"));
        manifest.addColumn(BusService.ManifestEntry::pickupPoint).setHeader(getTranslation("field.pickupPoint"));
        manifest.addColumn(e -> e.healthDeclared() == null ? "" : getTranslation(e.healthDeclared() ? "yes" : "no"))
                .setHeader(getTranslation("field.healthDeclared")).setAutoWidth(true);
        manifest.addComponentColumn(e -> Badges.of(getTranslation("rstatus." + e.status().name())
                + (e.waitlistPosition() == null ? "" : " #" + e.waitlistPosition()), Badges.variantOf(e.status().name())))
                .setHeader(getTranslation("response.status")).setAutoWidth(true).setKey("status");
        manifest.addColumn(e -> Formats.dateTime(e.boardedAt())).setHeader(getTranslation("bus.boardedAt")).setKey("boarded");
        manifest.addColumn(e -> Formats.dateTime(e.arrivedAt())).setHeader(getTranslation("bus.arrivedAt")).setKey("arrived");
        manifest.addComponentColumn(this::checkOff).setHeader(getTranslation("bus.checkOff")).setAutoWidth(true).setKey("actions");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        bus = notices.find(id).filter(n -> n.type() == NoticeType.RETURN_BUS).orElse(null);
        removeAll();
        if (bus == null) {
            add(new H2(getTranslation("notice.notFound")));
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        H2 title = new H2(bus.title().in(getLocale()));
        title.setId("trip-title");
        Paragraph route = new Paragraph(bus.returnBus().origin() + " → " + bus.returnBus().destination() + " · "
                + Formats.dateTime(bus.returnBus().departsAt()) + " · " + String.join("、", bus.returnBus().pickupPoints()));
        route.addClassName("secondary");
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (bus.status() == NoticeStatus.PUBLISHED) {
            Button change = new Button(getTranslation("bus.change"), VaadinIcon.EXCHANGE.create(), e -> openChange());
            change.setId("bus-change");
            actions.add(change);
        } else {
            actions.add(Badges.of(getTranslation("status." + bus.status().name()), Badges.variantOf(bus.status().name())));
        }
        Actor actor = CurrentUser.actor();
        Locale locale = getLocale();
        actions.add(Downloads.csv("manifest-" + bus.id() + ".csv", getTranslation("bus.exportCsv"),
                () -> buses.manifestCsv(bus.id(), actor, locale)));
        figures.setId("trip-figures");
        add(title, route, actions, figures);
        addAndExpand(manifest);
        refresh();
    }

    private void refresh() {
        bus = notices.find(bus.id()).orElse(bus);
        BusService.BusSummary summary = buses.summary(bus);
        figures.removeAll();
        figures.add(stat("bus.seatsTaken", summary.confirmed() + " / " + summary.seats()),
                stat("bus.waitlist", String.valueOf(summary.waitlisted())),
                stat("bus.boarded", String.valueOf(summary.boarded())),
                stat("bus.arrived", String.valueOf(summary.arrived())));
        manifest.setItems(buses.manifest(bus.id(), CurrentUser.actor()));
    }

    private Span stat(String key, String value) {
        Span stat = Badges.of(getTranslation(key) + " " + value, "contrast");
        stat.setId("stat-" + key.substring(key.indexOf('.') + 1));
        return stat;
    }

    private HorizontalLayout checkOff(BusService.ManifestEntry entry) {
        HorizontalLayout cell = new HorizontalLayout();
        if (entry.status() != ResponseStatus.CONFIRMED) {
            return cell;
        }
        if (entry.boardedAt() == null) {
            Button board = new Button(getTranslation("bus.markBoarded"), e -> mark(entry, BusService.BoardingEvent.BOARDED));
            board.addThemeVariants(ButtonVariant.LUMO_SMALL);
            board.setId("board-" + entry.responseId());
            cell.add(board);
        }
        if (entry.arrivedAt() == null) {
            Button arrive = new Button(getTranslation("bus.markArrived"), e -> mark(entry, BusService.BoardingEvent.ARRIVED));
            arrive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            arrive.setId("arrive-" + entry.responseId());
            cell.add(arrive);
        }
        return cell;
    }

    /** Marks boarding or arrival of one passenger. */
    void mark(BusService.ManifestEntry entry, BusService.BoardingEvent event) {
        try {
            buses.board(entry.responseId(), event, CurrentUser.actor());
            feedback.success(getTranslation(event == BusService.BoardingEvent.BOARDED ? "bus.done.boarded" : "bus.done.arrived",
                    entry.name() == null ? "" : entry.name()));
            refresh();
        } catch (FugongException e) {
            feedback.error(e);
        }
    }

    private void openChange() {
        Dialog dialog = new Dialog();
        dialog.setId("bus-change-dialog");
        dialog.setHeaderTitle(getTranslation("bus.change"));
        Select<BusService.ChangeKind> kind = new Select<>();
        kind.setLabel(getTranslation("bus.change.kind"));
        kind.setItems(BusService.ChangeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("bus.change." + k.name()));
        kind.setId("change-kind");
        DateTimePicker departsAt = new DateTimePicker(getTranslation("bus.departsAt"));
        departsAt.setValue(Formats.local(bus.returnBus().departsAt()));
        departsAt.setId("change-departs-at");
        TextArea pickups = new TextArea(getTranslation("bus.pickupPoints"));
        pickups.setValue(String.join("\n", bus.returnBus().pickupPoints()));
        pickups.setHelperText(getTranslation("bus.pickupPoints.help"));
        pickups.setId("change-pickups");
        IntegerField seats = new IntegerField(getTranslation("bus.seats"));
        seats.setValue(bus.returnBus().seats());
        seats.setMin(1);
        seats.setMax(100);
        seats.setId("change-seats");
        TextArea message = new TextArea(getTranslation("bus.change.message"));
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
        FormLayout form = new FormLayout(kind, departsAt, pickups, seats, message);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form, new Paragraph(getTranslation("bus.change.who")));
        Button send = new Button(getTranslation("bus.change.send"), e -> {
            try {
                String text = message.getValue() == null || message.getValue().isBlank() ? null : message.getValue();
                buses.change(bus.id(), new BusService.BusChange(kind.getValue(), Formats.instant(departsAt.getValue()),
                        pickups.getValue().lines().map(String::strip).filter(s -> !s.isEmpty()).toList(), seats.getValue(),
                        text == null ? null : LocalizedText.zh(text)), CurrentUser.actor());
                feedback.success(getTranslation("bus.change.sent"));
                dialog.close();
                render();
            } catch (FugongException ex) {
                feedback.error(ex);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("change-send");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    List<BusService.ManifestEntry> shown() {
        return manifest.getListDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return bus == null ? getTranslation("nav.buses") : bus.title().in(getLocale());
    }
}
