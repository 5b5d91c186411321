package org.fugong.ui.notice;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.Actor;
import org.fugong.base.NoticeType;
import org.fugong.base.Sorting;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeActions;
import org.fugong.notice.NoticeFilter;
import org.fugong.notice.NoticeListing;
import org.fugong.notice.NoticeSort;
import org.fugong.notice.NoticeStatus;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.ConsolePage;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Formats;
import org.fugong.ui.base.ListControls;

import java.util.Set;

/**
 * All notices, newest first: searched in their titles, filtered by status and type, sorted by a
 * column; HR users see those that target or concern their enterprise. Officials start a new notice
 * of any type from here.
 */
@Route("notices")
@Menu(order = 10, icon = "vaadin:megaphone", title = "nav.notices")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER", "HR"})
class NoticesView extends VerticalLayout implements ConsolePage, BeforeEnterObserver {

    private final Select<NoticeStatus> status = new Select<>();
    private final Select<NoticeType> type = new Select<>();
    private final Grid<Notice> grid = new Grid<>();
    private final ListControls<Notice, NoticeSort> list;

    NoticesView(NoticeListing notices, NoticeActions actions, EnterpriseService enterprises) {
        Actor actor = CurrentUser.actor();
        boolean writes = actions.mayWrite(actor);
        setSizeFull();
        NoticeLabels.anyOf(status, "notice.status", NoticeStatus.values(), s -> getTranslation("status." + s.name()));
        status.setId("filter-status");
        NoticeLabels.anyOf(type, "notice.type", NoticeType.values(), t -> getTranslation("type." + t.name()));
        type.setId("filter-type");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("notices-grid");
        list = new ListControls<>(grid, NoticeSort.class, Sorting.desc(NoticeSort.CREATED));
        list.sortable(grid.addColumn(n -> n.title().in(getLocale())).setHeader(getTranslation("notice.title"))
                .setWidth("14em").setFlexGrow(3).setKey("title"), NoticeSort.TITLE);
        list.sortable(grid.addComponentColumn(n -> Badges.type(this, n.type())).setHeader(getTranslation("notice.type"))
                .setAutoWidth(true).setKey("type"), NoticeSort.TYPE);
        list.sortable(grid.addComponentColumn(n -> Badges.notice(this, n.status())).setHeader(getTranslation("notice.status"))
                .setAutoWidth(true).setKey("status"), NoticeSort.STATUS);
        var names = new NoticeLabels.EnterpriseNames(enterprises);
        grid.addColumn(n -> NoticeLabels.audience(this, n.audience(), names.of(n.audience().enterpriseIds())))
                .setHeader(getTranslation("notice.audience")).setFlexGrow(2).setKey("audience");
        list.sortable(grid.addColumn(n -> Formats.dateTime(n.createdAt())).setHeader(getTranslation("notice.created"))
                .setAutoWidth(true).setKey("created"), NoticeSort.CREATED);
        list.sortable(grid.addColumn(n -> Formats.dateTime(n.publishedAt())).setHeader(getTranslation("notice.published"))
                .setAutoWidth(true).setKey("published"), NoticeSort.PUBLISHED);
        list.filter("status", status, NoticeStatus.class).filter("type", type, NoticeType.class)
                .items(request -> notices.find(filter(), request, CurrentUser.actor()),
                        search -> notices.count(filter(), search, CurrentUser.actor()))
                .onOpen(n -> getUI().ifPresent(ui -> NoticeDetailView.open(ui, n.id())))
                .emptyState(getTranslation(writes ? "notices.empty.official" : "notices.empty"));
        list.searchField().setId("notices-search");

        var toolbar = list.toolbar();
        if (writes) {
            toolbar.add(newNoticeMenu());
        }
        add(toolbar);
        addAndExpand(grid);
    }

    private MenuBar newNoticeMenu() {
        MenuBar create = new MenuBar();
        create.addThemeVariants(MenuBarVariant.LUMO_PRIMARY);
        MenuItem item = create.addItem(getTranslation("action.newNotice"));
        item.setId("new-notice");
        for (NoticeType t : NoticeType.values()) {
            item.getSubMenu().addItem(getTranslation("type." + t.name()),
                    e -> getUI().ifPresent(ui -> ui.navigate("notices/edit", QueryParameters.of("type", t.name()))))
                    .setId("new-" + t.name());
        }
        return create;
    }

    private NoticeFilter filter() {
        return new NoticeFilter(status.getValue() == null ? Set.of() : Set.of(status.getValue()),
                type.getValue() == null ? Set.of() : Set.of(type.getValue()), null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.restore(event.getLocation().getQueryParameters());
    }

    Grid<Notice> grid() {
        return grid;
    }

    @Override
    public String heading() {
        return getTranslation("nav.notices");
    }
}
