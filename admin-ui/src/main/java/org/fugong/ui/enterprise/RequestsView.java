package org.fugong.ui.enterprise;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.Actor;
import org.fugong.enterprise.EnterpriseRequest;
import org.fugong.enterprise.EnterpriseRequestService;
import org.fugong.enterprise.RequestCategory;
import org.fugong.enterprise.RequestFilter;
import org.fugong.enterprise.RequestStatus;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Downloads;
import org.fugong.ui.base.Formats;

import java.util.Locale;
import java.util.Set;

/**
 * Enterprise requests. Officials first see their queue: open requests of the enterprises they lead
 * or are specialist for, key enterprises on top, the longest waiting first; then every request with
 * filters. HR users see their own enterprise's.
 */
@Route("requests")
@Menu(order = 45, icon = "vaadin:comments-o", title = "nav.requests")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER", "HR"})
class RequestsView extends VerticalLayout implements HasDynamicTitle {

    private final EnterpriseRequestService requests;
    private final Select<RequestStatus> status = new Select<>();
    private final Select<RequestCategory> category = new Select<>();
    private final Grid<EnterpriseRequest> all = new Grid<>();

    RequestsView(EnterpriseRequestService requests) {
        this.requests = requests;
        Actor actor = CurrentUser.actor();
        setSizeFull();
        if (actor.isStaff()) {
            Grid<EnterpriseRequest> queue = grid("request-queue");
            queue.setItems(requests.queue(actor, 50));
            queue.setAllRowsVisible(true);
            queue.setEmptyStateText(getTranslation("rq.queue.empty"));
            add(new H3(getTranslation("rq.queue")), queue);
        }
        status.setLabel(getTranslation("rq.status"));
        status.setItems(RequestStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any") : getTranslation("rq.status." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.any"));
        category.setLabel(getTranslation("rq.category"));
        category.setItems(RequestCategory.values());
        category.setItemLabelGenerator(c -> c == null ? getTranslation("filter.any") : getTranslation("rq.category." + c.name()));
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("filter.any"));
        status.addValueChangeListener(e -> all.getDataProvider().refreshAll());
        category.addValueChangeListener(e -> all.getDataProvider().refreshAll());
        Locale locale = getLocale();
        HorizontalLayout filters = new HorizontalLayout(status, category, Downloads.csv("requests.csv",
                getTranslation("rq.export"), () -> requests.exportCsv(filter(), actor, locale)));
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid("all-requests");
        all.setItems(q -> requests.find(filter(), q.getOffset(), q.getLimit(), CurrentUser.actor()).stream(),
                q -> (int) requests.count(filter(), CurrentUser.actor()));
        all.setEmptyStateText(getTranslation("rq.empty"));
        add(new H3(getTranslation("rq.all")), filters);
        addAndExpand(all);
    }

    private RequestFilter filter() {
        return new RequestFilter(status.getValue() == null ? Set.of() : Set.of(status.getValue()), category.getValue(), null);
    }

    private Grid<EnterpriseRequest> grid(String id) {
        Grid<EnterpriseRequest> grid = id.equals("all-requests") ? all : new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(r -> {
            HorizontalLayout name = new HorizontalLayout(new com.vaadin.flow.component.html.Span(r.enterpriseName()));
            if (r.urgent()) {
                name.add(Badges.of(getTranslation("rq.urgent"), "error"));
            }
            return name;
        }).setHeader(getTranslation("enterprise.name")).setFlexGrow(3).setKey("enterprise");
        grid.addColumn(r -> getTranslation("rq.category." + r.category().name())).setHeader(getTranslation("rq.category"))
                .setAutoWidth(true);
        grid.addColumn(r -> RequestLabels.summary(this, r)).setHeader(getTranslation("rq.text")).setFlexGrow(3).setKey("text");
        grid.addComponentColumn(r -> RequestLabels.status(this, r.status())).setHeader(getTranslation("rq.status"))
                .setAutoWidth(true).setKey("status");
        grid.addColumn(r -> Formats.dateTime(r.createdAt())).setHeader(getTranslation("rq.raisedAt")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RequestView.class,
                new RouteParameters("id", e.getItem().id()))));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.requests");
    }
}
