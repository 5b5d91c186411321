package org.fugong.ui.bus;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.response.BusService;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Formats;

/** The published return buses, next departure first: where from, when, seats taken of total, waitlist. */
@Route("buses")
@Menu(order = 30, icon = "vaadin:bus", title = "nav.buses")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER"})
class BusesView extends VerticalLayout implements HasDynamicTitle {

    BusesView(BusService buses) {
        setSizeFull();
        Grid<BusService.BusSummary> grid = new Grid<>();
        grid.setId("buses-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(b -> Formats.dateTime(b.notice().returnBus().departsAt())).setHeader(getTranslation("bus.departsAt"))
                .setAutoWidth(true).setKey("departs");
        grid.addColumn(b -> b.notice().title().in(getLocale())).setHeader(getTranslation("notice.title")).setFlexGrow(2);
        grid.addColumn(b -> b.notice().returnBus().origin() + " → " + b.notice().returnBus().destination())
                .setHeader(getTranslation("bus.route")).setFlexGrow(2);
        grid.addComponentColumn(b -> {
            Span seats = Badges.of(b.confirmed() + " / " + b.seats(), b.confirmed() >= b.seats() ? "error" : "success");
            seats.getElement().setAttribute("title", getTranslation("bus.seatsTaken"));
            return seats;
        }).setHeader(getTranslation("bus.seatsTaken")).setAutoWidth(true).setKey("seats");
        grid.addColumn(BusService.BusSummary::waitlisted).setHeader(getTranslation("bus.waitlist")).setAutoWidth(true)
                .setKey("waitlist");
        grid.addColumn(b -> b.arrived() + " / " + b.boarded()).setHeader(getTranslation("bus.arrivedBoarded")).setAutoWidth(true);
        grid.setItems(buses.buses(CurrentUser.actor()));
        grid.setEmptyStateText(getTranslation("buses.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(BusTripView.class,
                new RouteParameters("id", e.getItem().notice().id()))));
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.buses");
    }
}
