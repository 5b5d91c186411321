package org.fugong.ui.bus;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.Actor;
import org.fugong.base.FugongException;
import org.fugong.base.Sorting;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.placement.PlacementService;
import org.fugong.ui.placement.PlacementList;
import org.fugong.response.BusService;
import org.fugong.response.TripActions;
import org.fugong.response.ManifestListing;
import org.fugong.response.ManifestSort;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.ConsolePage;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Downloads;
import org.fugong.ui.base.Feedback;
import org.fugong.ui.base.Formats;
import org.fugong.ui.base.ListControls;

import java.util.Locale;

/**
 * One bus trip at the station: its figures, the manifest (searchable, sortable) with boarding and
 * arrival checked off per passenger and undone the same day, the manifest as CSV, and a change
 * (delay, pickup points, seats, cancellation) for its passengers. Laid out for a tablet: passenger,
 * status, times and actions in few columns that wrap.
 */
@Route("buses/:id")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER"})
class BusTripView extends VerticalLayout implements BeforeEnterObserver, ConsolePage {

    private final BusService buses;
    private final NoticeService notices;
    private final Feedback feedback;
    private final Grid<BusService.ManifestEntry> manifest = new Grid<>();
    private final ListControls<BusService.ManifestEntry, ManifestSort> list;
    private final HorizontalLayout figures = new HorizontalLayout();
    private final PlacementService placements;
    private final TripActions trips;
    private Notice bus;
    private PlacementList arrived;

    BusTripView(BusService buses, ManifestListing manifests, NoticeService notices, PlacementService placements,
                TripActions trips, Feedback feedback) {
        this.buses = buses;
        this.trips = trips;
        this.placements = placements;
        this.notices = notices;
        this.feedback = feedback;
        setSizeFull();
        addClassName("trip-view");
        manifest.setId("manifest-grid");
        manifest.addClassName("manifest-grid");
        // on a phone the trip's head fills the screen: the list keeps room for a few passengers
        manifest.setMinHeight("20em");
        manifest.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list = new ListControls<>(manifest, ManifestSort.class, Sorting.asc(ManifestSort.ORDER));
        columns();
        list.items(request -> manifests.find(bus.id(), request, CurrentUser.actor()),
                        search -> manifests.count(bus.id(), search, CurrentUser.actor()))
                .identifiedBy(BusService.ManifestEntry::responseId)
                .emptyState(getTranslation("manifest.empty"));
        list.searchField().setId("manifest-search");
        list.searchField().setPlaceholder(getTranslation("manifest.search"));
    }

    private void columns() {
        list.sortable(manifest.addComponentColumn(this::passenger).setHeader(getTranslation("manifest.passenger"))
                .setKey("name").setFlexGrow(2), ManifestSort.NAME);
        list.sortable(manifest.addColumn(e -> e.pickupPoint() == null ? "" : e.pickupPoint())
                .setHeader(getTranslation("field.pickupPoint")).setKey("pickup").setFlexGrow(1), ManifestSort.PICKUP);
        list.sortable(manifest.addComponentColumn(e -> Badges.response(this, e.status(), e.waitlistPosition()))
                .setHeader(getTranslation("response.status")).setKey("status").setAutoWidth(true).setFlexGrow(0),
                ManifestSort.STATUS);
        list.sortable(manifest.addComponentColumn(this::times).setHeader(getTranslation("manifest.times")).setKey("times")
                .setFlexGrow(1), ManifestSort.BOARDED);
        manifest.addComponentColumn(this::checkOff).setHeader(getTranslation("bus.checkOff")).setKey("actions")
                .setFlexGrow(1);
    }

    /** Name over masked phone, with the hometown and the health declaration. */
    private Component passenger(BusService.ManifestEntry e) {
        Div cell = new Div(new Span(e.name() == null ? getTranslation("worker.unnamed") : e.name()));
        Span phone = new Span(" " + (e.phoneMasked() == null ? "" : e.phoneMasked()));
        phone.addClassName("passenger-phone");
        cell.add(phone);
        StringBuilder more = new StringBuilder(e.hometown() == null ? "" : e.hometown().toString());
        if (e.healthDeclared() != null) {
            more.append(more.isEmpty() ? "" : " · ").append(getTranslation(e.healthDeclared() ? "manifest.healthYes"
                    : "manifest.healthNo"));
        }
        Div second = new Div(more.toString());
        second.addClassName("passenger-phone");
        cell.add(second);
        return cell;
    }

    /** When the passenger boarded and arrived, a line each. */
    private Div times(BusService.ManifestEntry e) {
        Div cell = new Div();
        if (e.boardedAt() != null) {
            cell.add(new Div(getTranslation("manifest.boardedAt", Formats.dateTime(e.boardedAt()))));
        }
        if (e.arrivedAt() != null) {
            cell.add(new Div(getTranslation("manifest.arrivedAt", Formats.dateTime(e.arrivedAt()))));
        }
        return cell;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        bus = notices.find(id).orElse(null);
        if (!trips.of(bus, CurrentUser.actor()).open()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
        list.restore(event.getLocation().getQueryParameters());
    }

    private void render() {
        removeAll();
        H2 title = new H2(bus.title().in(getLocale()));
        title.setId("trip-title");
        Paragraph route = new Paragraph(bus.returnBus().origin() + " → " + bus.returnBus().destination() + " · "
                + Formats.dateTime(bus.returnBus().departsAt()) + " · " + String.join("、", bus.returnBus().pickupPoints()));
        route.addClassName("secondary");
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("trip-head");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (trips.of(bus, CurrentUser.actor()).change()) {
            Button change = new Button(getTranslation("bus.change"), VaadinIcon.EXCHANGE.create(),
                    e -> new BusChangeDialog(bus, buses, feedback, CurrentUser.actor(), this::changed).open());
            change.setId("bus-change");
            actions.add(change);
        } else {
            actions.add(Badges.notice(this, bus.status()));
        }
        Actor actor = CurrentUser.actor();
        Locale locale = getLocale();
        actions.add(Downloads.csv("manifest.csv", getTranslation("bus.exportCsv"),
                () -> buses.manifestCsv(bus.id(), actor, locale)));
        figures.setId("trip-figures");
        figures.addClassName("trip-head");
        add(title, route, actions, figures, list.toolbar());
        addAndExpand(manifest);
        arrived = new PlacementList(placements, feedback, () -> placements.ofTrip(bus.id(), actor), true);
        Details followUps = new Details(getTranslation("placement.title"), arrived);
        followUps.setId("trip-follow-ups");
        followUps.setOpened(true);
        followUps.setWidthFull();
        add(followUps);
        refresh();
    }

    private void changed() {
        bus = notices.find(bus.id()).orElse(bus);
        render();
    }

    private void refresh() {
        bus = notices.find(bus.id()).orElse(bus);
        BusService.BusSummary summary = buses.summary(bus);
        figures.removeAll();
        figures.add(stat("bus.seatsTaken", summary.confirmed() + " / " + summary.seats()),
                stat("bus.waitlist", String.valueOf(summary.waitlisted())),
                stat("bus.boarded", String.valueOf(summary.boarded())),
                stat("bus.arrived", String.valueOf(summary.arrived())));
        list.refresh();
        if (arrived != null) {
            arrived.refresh();
        }
    }

    private Span stat(String key, String value) {
        Span stat = Badges.of(getTranslation(key) + " " + value, Badges.Tone.NEUTRAL, null);
        stat.setId("stat-" + key.substring(key.indexOf('.') + 1));
        return stat;
    }

    /** The buttons the service allows for this passenger now. */
    private HorizontalLayout checkOff(BusService.ManifestEntry entry) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.addClassName("check-off");
        for (BusService.BoardingAction action : BusService.BoardingAction.values()) {
            if (entry.actions().contains(action)) {
                cell.add(button(entry, action));
            }
        }
        return cell;
    }

    private Button button(BusService.ManifestEntry entry, BusService.BoardingAction action) {
        String id = switch (action) {
            case BOARD -> "board-";
            case ARRIVE -> "arrive-";
            case UNDO_BOARDING -> "unboard-";
            case UNDO_ARRIVAL -> "unarrive-";
        };
        Button button = new Button(getTranslation("manifest.action." + action.name()), e -> act(entry, action));
        button.setId(id + entry.responseId());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (action == BusService.BoardingAction.ARRIVE) {
            button.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        }
        if (action == BusService.BoardingAction.UNDO_BOARDING || action == BusService.BoardingAction.UNDO_ARRIVAL) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        return button;
    }

    /** Marks or undoes boarding or arrival of one passenger. */
    void act(BusService.ManifestEntry entry, BusService.BoardingAction action) {
        Actor actor = CurrentUser.actor();
        String name = entry.name() == null ? getTranslation("worker.unnamed") : entry.name();
        try {
            switch (action) {
                case BOARD -> buses.board(entry.responseId(), BusService.BoardingEvent.BOARDED, actor);
                case ARRIVE -> buses.board(entry.responseId(), BusService.BoardingEvent.ARRIVED, actor);
                case UNDO_BOARDING -> buses.undoBoarding(entry.responseId(), BusService.BoardingEvent.BOARDED, actor);
                case UNDO_ARRIVAL -> buses.undoBoarding(entry.responseId(), BusService.BoardingEvent.ARRIVED, actor);
            }
            feedback.success(getTranslation("manifest.done." + action.name(), name));
            refresh();
        } catch (FugongException e) {
            feedback.error(e);
        }
    }

    @Override
    public String heading() {
        return bus == null ? getTranslation("nav.buses") : bus.title().in(getLocale());
    }
}
