package org.fugong.ui.notice;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.Sorting;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeListing;
import org.fugong.notice.NoticeSort;
import org.fugong.security.UserListing;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.ConsolePage;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Formats;
import org.fugong.ui.base.ListControls;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Notices waiting for approval by someone other than their author, the longest waiting first (the
 * two-person rule), with who wrote each. Opening one leads to its page, where it is approved or
 * rejected with a comment.
 */
@Route("review")
@Menu(order = 20, icon = "vaadin:check-square-o", title = "nav.review")
@RolesAllowed({"REVIEWER", "ADMIN"})
class ReviewQueueView extends VerticalLayout implements ConsolePage, BeforeEnterObserver {

    private final ListControls<Notice, NoticeSort> list;
    private final Map<String, String> authors = new HashMap<>();

    ReviewQueueView(NoticeListing notices, EnterpriseService enterprises, UserListing users) {
        setSizeFull();
        Paragraph explain = new Paragraph(getTranslation("review.explain"));
        explain.addClassName("secondary");
        Grid<Notice> grid = new Grid<>();
        grid.setId("review-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list = new ListControls<>(grid, NoticeSort.class, Sorting.asc(NoticeSort.SUBMITTED));
        list.sortable(grid.addColumn(n -> n.title().in(getLocale())).setHeader(getTranslation("notice.title"))
                .setWidth("14em").setFlexGrow(3).setKey("title"), NoticeSort.TITLE);
        list.sortable(grid.addComponentColumn(n -> Badges.type(this, n.type())).setHeader(getTranslation("notice.type"))
                .setAutoWidth(true), NoticeSort.TYPE);
        grid.addColumn(n -> author(users, n.authorId())).setHeader(getTranslation("notice.author")).setAutoWidth(true)
                .setKey("author");
        var names = new NoticeLabels.EnterpriseNames(enterprises);
        grid.addColumn(n -> NoticeLabels.audience(this, n.audience(), names.of(n.audience().enterpriseIds())))
                .setHeader(getTranslation("notice.audience")).setFlexGrow(2);
        list.sortable(grid.addColumn(n -> Formats.dateTime(n.submittedAt())).setHeader(getTranslation("notice.submitted"))
                .setAutoWidth(true), NoticeSort.SUBMITTED);
        grid.addColumn(n -> Formats.dateTime(n.scheduledAt())).setHeader(getTranslation("notice.scheduledAt")).setAutoWidth(true);
        list.items(request -> notices.reviewQueue(request, CurrentUser.actor()),
                        search -> notices.reviewQueueCount(search, CurrentUser.actor()))
                .onOpen(n -> getUI().ifPresent(ui -> NoticeDetailView.open(ui, n.id())))
                .emptyState(getTranslation("review.empty"));
        list.searchField().setId("review-search");
        add(explain, list.toolbar());
        addAndExpand(grid);
    }

    private String author(UserListing users, String authorId) {
        return authors.computeIfAbsent(authorId, id -> users.displayNamesById(List.of(id)).getOrDefault(id,
                getTranslation("user.unknown")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.restore(event.getLocation().getQueryParameters());
    }

    @Override
    public String heading() {
        return getTranslation("nav.review");
    }
}
