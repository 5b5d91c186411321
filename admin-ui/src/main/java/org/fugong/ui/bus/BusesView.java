package org.fugong.ui.bus;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.Sorting;
import org.fugong.notice.NoticeSort;
import org.fugong.response.BusService;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.ConsolePage;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Formats;
import org.fugong.ui.base.ListControls;

/**
 * The published return buses, the next departure first: searched by title, place or pickup point,
 * sorted by departure or title, with seats taken of total, waitlist, arrivals and boardings.
 */
@Route("buses")
@Menu(order = 30, icon = "vaadin:bus", title = "nav.buses")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER"})
class BusesView extends VerticalLayout implements ConsolePage, BeforeEnterObserver {

    private final ListControls<BusService.BusSummary, NoticeSort> list;

    BusesView(BusService buses) {
        setSizeFull();
        Grid<BusService.BusSummary> grid = new Grid<>();
        grid.setId("buses-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        list = new ListControls<>(grid, NoticeSort.class, Sorting.asc(NoticeSort.DEPARTS));
        list.sortable(grid.addColumn(b -> Formats.dateTime(b.notice().returnBus().departsAt()))
                .setHeader(getTranslation("bus.departsAt")).setAutoWidth(true).setKey("departs"), NoticeSort.DEPARTS);
        list.sortable(grid.addColumn(b -> b.notice().title().in(getLocale())).setHeader(getTranslation("notice.title"))
                .setFlexGrow(2).setKey("title"), NoticeSort.TITLE);
        grid.addColumn(b -> b.notice().returnBus().origin() + " → " + b.notice().returnBus().destination())
                .setHeader(getTranslation("bus.route")).setFlexGrow(2);
        grid.addComponentColumn(b -> {
            boolean full = b.confirmed() >= b.seats();
            Span seats = Badges.of(b.confirmed() + " / " + b.seats() + (full ? " " + getTranslation("bus.full") : ""),
                    full ? Badges.Tone.WAITING : Badges.Tone.SUCCESS, null);
            seats.getElement().setAttribute("title", getTranslation("bus.seatsTaken"));
            return seats;
        }).setHeader(getTranslation("bus.seatsTaken")).setAutoWidth(true).setKey("seats");
        grid.addColumn(BusService.BusSummary::waitlisted).setHeader(getTranslation("bus.waitlist")).setAutoWidth(true)
                .setKey("waitlist");
        grid.addColumn(b -> b.arrived() + " / " + b.boarded()).setHeader(getTranslation("bus.arrivedBoarded")).setAutoWidth(true);
        list.items(request -> buses.trips(request, CurrentUser.actor()), search -> buses.tripCount(search, CurrentUser.actor()))
                .onOpen(b -> getUI().ifPresent(ui -> ui.navigate(BusTripView.class, new RouteParameters("id", b.notice().id()))))
                .emptyState(getTranslation("buses.empty"));
        list.searchField().setId("buses-search");
        add(list.toolbar());
        addAndExpand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.restore(event.getLocation().getQueryParameters());
    }

    @Override
    public String heading() {
        return getTranslation("nav.buses");
    }
}
