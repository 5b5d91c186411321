package org.fugong.ui.notice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.Actor;
import org.fugong.base.FugongException;
import org.fugong.notice.Acknowledgement;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeAction;
import org.fugong.notice.NoticeActions;
import org.fugong.response.ResponseStatus;
import org.fugong.response.ResponseActions;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.ConsolePage;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Formats;
import org.fugong.ui.base.StatTile;

import java.util.Map;

/**
 * One notice: its facts and text, what the reader may do with it now (as the service says), who
 * wrote it and what changed since it was last sent back, its delivery figures — live while it goes
 * out — or, for HR users, their enterprise's own figures, and its responses for review.
 */
@Route("notices/:id")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER", "HR"})
class NoticeDetailView extends VerticalLayout implements BeforeEnterObserver, ConsolePage {

    private final NoticePageServices services;
    private Notice notice;
    private ResponsesSection responses;
    private DeliveryFigures figures;

    NoticeDetailView(NoticePageServices services) {
        this.services = services;
        setMaxWidth("80em");
        addClassName("notice-detail");
    }

    static void open(UI ui, String id) {
        ui.navigate(NoticeDetailView.class, new RouteParameters("id", id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            notice = services.notices().getFor(id, CurrentUser.actor());
        } catch (org.fugong.base.NotFoundException e) {
            notice = null;
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
        if (responses != null) {
            responses.restore(event.getLocation().getQueryParameters());
        }
    }

    private void render() {
        removeAll();
        responses = null;
        figures = null;
        Actor actor = CurrentUser.actor();
        NoticeActions.Allowed allowed = services.actions().of(notice, actor);
        ResponseActions.OnNotice onResponses = services.responseActions().on(notice, actor);
        NoticeLabels.EnterpriseNames names = new NoticeLabels.EnterpriseNames(services.enterprises());
        add(headingRow(), meta());
        if (allowed.may(NoticeAction.READ_REJECTION)) {
            Div rejected = new Div(new Paragraph(getTranslation("notice.rejectedBecause") + " " + notice.reviewComment()));
            rejected.addClassName("callout-error");
            rejected.setId("review-comment");
            add(rejected);
        }
        if (allowed.may(NoticeAction.SEE_REVIEW_HISTORY)) {
            add(new ReviewHistoryPanel(services.history().of(notice.id(), actor), names));
        }
        add(new NoticeActionBar(notice, allowed, services.notices(), actor, this::run));
        if (allowed.may(NoticeAction.SEE_DELIVERY)) {
            figures = new DeliveryFigures(notice, services.notices(), services.figures(), services.push());
            add(figures);
        } else if (onResponses.seeOwnFigures()) {
            add(enterpriseFigures(actor));
        }
        add(new NoticeFacts(notice, names.of(NoticeFacts.enterpriseIdsOf(notice)), audienceText(names, allowed)));
        acknowledgements();
        if (onResponses.answerForEnterprise()) {
            add(new EnterpriseResponsesSection(notice, services.enterpriseResponses(), services.responseActions(), services.subsidies(),
                    services.feedback(), actor));
        }
        if (onResponses.seeResponses()) {
            responses = new ResponsesSection(notice, services.responseSection(), onResponses.bulkDecisions(), actor);
            add(responses);
        }
    }

    /** An HR user's figures for their own posting: applications in all, accepted, waiting for review. */
    private Div enterpriseFigures(Actor actor) {
        Div tiles = new Div();
        tiles.addClassName("stat-tiles");
        tiles.setId("enterprise-figures");
        tiles.add(tile("stats.applications", services.listing().count(notice.id(), null, null, actor)),
                tile("stats.accepted", services.listing().count(notice.id(), ResponseStatus.ACCEPTED, null, actor)),
                tile("stats.waiting", services.listing().count(notice.id(), ResponseStatus.SUBMITTED, null, actor)));
        return tiles;
    }

    private Div tile(String key, long value) {
        return StatTile.of(Formats.number(value), getTranslation(key), null);
    }

    private HorizontalLayout headingRow() {
        H2 title = new H2(notice.title().in(getLocale()));
        title.setId("notice-title");
        HorizontalLayout heading = new HorizontalLayout(title, Badges.type(this, notice.type()), Badges.notice(this, notice.status()));
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        return heading;
    }

    private String audienceText(NoticeLabels.EnterpriseNames names, NoticeActions.Allowed allowed) {
        String text = NoticeLabels.audience(this, notice.audience(), names.of(notice.audience().enterpriseIds()));
        if (allowed.may(NoticeAction.SEE_AUDIENCE_SIZE)) {
            try {
                return text + " (" + getTranslation("audience.count", services.notices().audienceSize(notice.audience())) + ")";
            } catch (FugongException e) {
                return text;
            }
        }
        return text;
    }

    private Paragraph meta() {
        StringBuilder text = new StringBuilder();
        text.append(getTranslation("notice.created")).append(' ').append(Formats.dateTime(notice.createdAt()));
        if (notice.submittedAt() != null) {
            text.append(" · ").append(getTranslation("notice.submitted")).append(' ').append(Formats.dateTime(notice.submittedAt()));
        }
        if (notice.publishedAt() != null) {
            text.append(" · ").append(getTranslation("notice.published")).append(' ').append(Formats.dateTime(notice.publishedAt()));
        }
        if (notice.recalledAt() != null) {
            text.append(" · ").append(getTranslation("notice.recalled")).append(' ').append(Formats.dateTime(notice.recalledAt()));
        }
        Paragraph meta = new Paragraph(text.toString());
        meta.addClassName("secondary");
        return meta;
    }

    private void acknowledgements() {
        if (notice.acknowledgements() == null || notice.acknowledgements().isEmpty()) {
            return;
        }
        Map<String, String> people = services.users().displayNamesById(notice.acknowledgements().stream()
                .map(Acknowledgement::userId).toList());
        Div acks = new Div();
        acks.setId("acknowledgements");
        notice.acknowledgements().forEach(a -> acks.add(new Paragraph(
                (a.enterpriseName() == null ? getTranslation("enterprise.unknown") : a.enterpriseName()) + " · "
                        + people.getOrDefault(a.userId(), getTranslation("user.unknown")) + " · " + Formats.dateTime(a.at()))));
        add(new H3(getTranslation("notice.acknowledgements")), acks);
    }

    /** Runs an action on the notice and shows the result; false when it was refused. */
    private boolean run(Runnable action, String doneKey) {
        try {
            action.run();
            services.feedback().success(getTranslation(doneKey));
            notice = services.notices().getFor(notice.id(), CurrentUser.actor());
            render();
            return true;
        } catch (FugongException e) {
            services.feedback().error(e);
            return false;
        }
    }

    ResponsesSection responses() {
        return responses;
    }

    DeliveryFigures figures() {
        return figures;
    }

    @Override
    public String heading() {
        return notice == null ? getTranslation("nav.notices") : notice.title().in(getLocale());
    }
}
