package org.fugong.ui.notice;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Formats;

import java.util.List;
import java.util.Map;

/**
 * Notices waiting for approval by someone other than their author, oldest first (the two-person
 * rule). Opening one leads to its page, where it is approved or rejected with a comment.
 */
@Route("review")
@Menu(order = 20, icon = "vaadin:check-square-o", title = "nav.review")
@RolesAllowed({"REVIEWER", "ADMIN"})
class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    ReviewQueueView(NoticeService notices, EnterpriseService enterprises) {
        setSizeFull();
        List<Notice> waiting = notices.reviewQueue(CurrentUser.actor());
        Map<String, String> names = enterprises.allNames();
        add(new Paragraph(getTranslation("review.explain", waiting.size())));
        Grid<Notice> grid = new Grid<>();
        grid.setId("review-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(n -> n.title().in(getLocale())).setHeader(getTranslation("notice.title")).setFlexGrow(3);
        grid.addComponentColumn(n -> NoticeLabels.type(this, n)).setHeader(getTranslation("notice.type")).setAutoWidth(true);
        grid.addColumn(n -> NoticeLabels.audience(this, n.audience(), names)).setHeader(getTranslation("notice.audience")).setFlexGrow(2);
        grid.addColumn(n -> Formats.dateTime(n.submittedAt())).setHeader(getTranslation("notice.submitted")).setAutoWidth(true);
        grid.addColumn(n -> Formats.dateTime(n.scheduledAt())).setHeader(getTranslation("notice.scheduledAt")).setAutoWidth(true);
        grid.setItems(waiting);
        grid.setEmptyStateText(getTranslation("review.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> NoticeDetailView.open(ui, e.getItem().id())));
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.review");
    }
}
