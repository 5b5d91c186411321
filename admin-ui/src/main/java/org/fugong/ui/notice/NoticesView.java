package org.fugong.ui.notice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.Actor;
import org.fugong.base.NoticeType;
import org.fugong.base.Role;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeFilter;
import org.fugong.notice.NoticeService;
import org.fugong.notice.NoticeStatus;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Formats;

import java.util.Map;
import java.util.Set;

/**
 * All notices, newest first, filtered by status and type; HR users see those that target or concern
 * their enterprise. Officials start a new notice of any type from here.
 */
@Route("notices")
@Menu(order = 10, icon = "vaadin:megaphone", title = "nav.notices")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER", "HR"})
class NoticesView extends VerticalLayout implements HasDynamicTitle {

    private final NoticeService notices;
    private final Select<NoticeStatus> status = new Select<>();
    private final Select<NoticeType> type = new Select<>();
    private final Grid<Notice> grid = new Grid<>();
    private final Map<String, String> enterpriseNames;

    NoticesView(NoticeService notices, EnterpriseService enterprises) {
        this.notices = notices;
        Actor actor = CurrentUser.actor();
        this.enterpriseNames = enterprises.allNames();
        setSizeFull();

        status.setLabel(getTranslation("notice.status"));
        status.setItems(NoticeStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any") : getTranslation("status." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.any"));
        status.setId("filter-status");
        type.setLabel(getTranslation("notice.type"));
        type.setItems(NoticeType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("filter.any") : getTranslation("type." + t.name()));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("filter.any"));
        type.setId("filter-type");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        HorizontalLayout toolbar = new HorizontalLayout(status, type);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (actor.has(Role.OFFICIAL)) {
            MenuBar create = new MenuBar();
            create.addThemeVariants(MenuBarVariant.LUMO_PRIMARY);
            MenuItem item = create.addItem(getTranslation("action.newNotice"));
            item.setId("new-notice");
            for (NoticeType t : NoticeType.values()) {
                item.getSubMenu().addItem(getTranslation("type." + t.name()),
                        e -> getUI().ifPresent(ui -> ui.navigate("notices/edit", com.vaadin.flow.router.QueryParameters.of("type", t.name()))))
                        .setId("new-" + t.name());
            }
            toolbar.add(create);
        }

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("notices-grid");
        grid.addColumn(n -> n.title().in(getLocale())).setHeader(getTranslation("notice.title")).setFlexGrow(3)
                .setKey("title");
        grid.addComponentColumn(n -> NoticeLabels.type(this, n)).setHeader(getTranslation("notice.type")).setAutoWidth(true);
        grid.addComponentColumn(n -> NoticeLabels.status(this, n)).setHeader(getTranslation("notice.status")).setAutoWidth(true);
        grid.addColumn(n -> NoticeLabels.audience(this, n.audience(), enterpriseNames))
                .setHeader(getTranslation("notice.audience")).setFlexGrow(2);
        grid.addColumn(n -> Formats.dateTime(n.publishedAt() != null ? n.publishedAt() : n.createdAt()))
                .setHeader(getTranslation("notice.when")).setAutoWidth(true);
        grid.setItems(query -> notices.find(filter(), query.getOffset(), query.getLimit(), CurrentUser.actor()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, notices.count(filter(), CurrentUser.actor())));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> NoticeDetailView.open(ui, e.getItem().id())));
        grid.setEmptyStateText(getTranslation("notices.empty"));

        Button refresh = new Button(VaadinIcon.REFRESH.create(), e -> grid.getDataProvider().refreshAll());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.setAriaLabel(getTranslation("action.refresh"));
        toolbar.add(refresh);
        add(toolbar);
        addAndExpand(grid);
    }

    private NoticeFilter filter() {
        return new NoticeFilter(status.getValue() == null ? Set.of() : Set.of(status.getValue()),
                type.getValue() == null ? Set.of() : Set.of(type.getValue()), null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notices");
    }
}
