package org.fugong.ui.enterprise;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.Actor;
import org.fugong.base.Sorting;
import org.fugong.enterprise.EnterpriseRequest;
import org.fugong.enterprise.EnterpriseRequestService;
import org.fugong.enterprise.RequestCategory;
import org.fugong.enterprise.RequestActions;
import org.fugong.enterprise.RequestFilter;
import org.fugong.enterprise.RequestListing;
import org.fugong.enterprise.RequestSort;
import org.fugong.enterprise.RequestStatus;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.ConsolePage;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Downloads;
import org.fugong.ui.base.Formats;
import org.fugong.ui.base.ListControls;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * Enterprise requests. Officials first see their queue: open requests of the enterprises they lead
 * or are specialist for, key enterprises on top, the longest waiting first (an ordered work list of at
 * most {@value #QUEUE} rows); then every request, searched, filtered and sorted. HR users see their
 * own enterprise's.
 */
@Route("requests")
@Menu(order = 45, icon = "vaadin:comments-o", title = "nav.requests")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER", "HR"})
class RequestsView extends VerticalLayout implements ConsolePage, BeforeEnterObserver {

    private static final int QUEUE = 50;

    private final Select<RequestStatus> status = new Select<>();
    private final Select<RequestCategory> category = new Select<>();
    private final Grid<EnterpriseRequest> all = new Grid<>();
    private final ListControls<EnterpriseRequest, RequestSort> list;

    private final Clock clock;

    RequestsView(EnterpriseRequestService requests, RequestActions actions, RequestListing listing, Clock clock) {
        this.clock = clock;
        Actor actor = CurrentUser.actor();
        setSizeFull();
        if (actions.hasQueue(actor)) {
            Grid<EnterpriseRequest> queue = new Grid<>();
            queue.setId("request-queue");
            columns(queue, null);
            queue.setItems(requests.queue(actor, QUEUE));
            queue.setAllRowsVisible(true);
            queue.setEmptyStateText(getTranslation("rq.queue.empty"));
            queue.addItemClickListener(e -> open(e.getItem()));
            add(new H3(getTranslation("rq.queue")), queue);
        }
        status.setLabel(getTranslation("rq.status"));
        status.setItems(RequestStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any") : getTranslation("rq.status." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.any"));
        status.setId("request-status-filter");
        category.setLabel(getTranslation("rq.category"));
        category.setItems(RequestCategory.values());
        category.setItemLabelGenerator(c -> c == null ? getTranslation("filter.any") : getTranslation("rq.category." + c.name()));
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("filter.any"));
        category.setId("request-category-filter");
        all.setId("all-requests");
        list = new ListControls<>(all, RequestSort.class, Sorting.desc(RequestSort.CREATED));
        columns(all, list);
        list.filter("status", status, RequestStatus.class).filter("category", category, RequestCategory.class)
                .items(request -> listing.find(filter(), request, CurrentUser.actor()),
                        search -> listing.count(filter(), search, CurrentUser.actor()))
                .onOpen(this::open)
                .emptyState(getTranslation(actions.hasQueue(actor) ? "rq.empty" : "rq.empty.hr"));
        list.searchField().setId("requests-search");
        Locale locale = getLocale();
        add(new H3(getTranslation("rq.all")), list.toolbar(Downloads.csv("requests.csv", getTranslation("rq.export"),
                () -> requests.exportCsv(filter(), actor, locale))));
        addAndExpand(all);
    }

    private RequestFilter filter() {
        return new RequestFilter(status.getValue() == null ? Set.of() : Set.of(status.getValue()), category.getValue(), null);
    }

    /** The columns of both grids; the sortable ones only where {@code list} sorts through the service. */
    private void columns(Grid<EnterpriseRequest> grid, ListControls<EnterpriseRequest, RequestSort> list) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        var enterprise = grid.addComponentColumn(r -> {
            Span title = new Span(r.enterpriseName());
            title.getStyle().set("white-space", "normal");
            HorizontalLayout name = new HorizontalLayout(title);
            // a long name and the key badge wrap onto more lines rather than being cut off
            name.setSpacing(false);
            name.setWrap(true);
            name.getStyle().set("gap", "var(--lumo-space-xs) var(--lumo-space-s)");
            if (r.urgent()) {
                name.add(Badges.key(this, "rq.urgent"));
            }
            return name;
        }).setHeader(getTranslation("enterprise.name")).setWidth("10em").setFlexGrow(3).setKey("enterprise");
        var kind = grid.addColumn(r -> getTranslation("rq.category." + r.category().name())).setHeader(getTranslation("rq.category"))
                .setAutoWidth(true);
        grid.addColumn(r -> RequestLabels.summary(this, r)).setHeader(getTranslation("rq.text")).setFlexGrow(3).setKey("text");
        var state = grid.addComponentColumn(r -> Badges.request(this, r.status())).setHeader(getTranslation("rq.status"))
                .setAutoWidth(true).setKey("status");
        var raised = grid.addColumn(r -> Formats.dateTime(r.createdAt())).setHeader(getTranslation("rq.raisedAt"))
                .setAutoWidth(true).setKey("raised");
        var timeLeft = grid.addComponentColumn(r -> TimeLeft.of(this, r.deadlines(), clock.instant()))
                .setHeader(getTranslation("rq.timeLeft")).setAutoWidth(true).setKey("timeLeft");
        if (list != null) {
            list.sortable(enterprise, RequestSort.ENTERPRISE);
            list.sortable(kind, RequestSort.CATEGORY);
            list.sortable(state, RequestSort.STATUS);
            list.sortable(raised, RequestSort.CREATED);
            list.sortable(timeLeft, RequestSort.TIME_LEFT);
        }
    }

    private void open(EnterpriseRequest request) {
        getUI().ifPresent(ui -> ui.navigate(RequestView.class, new RouteParameters("id", request.id())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.restore(event.getLocation().getQueryParameters());
    }

    @Override
    public String heading() {
        return getTranslation("nav.requests");
    }
}
