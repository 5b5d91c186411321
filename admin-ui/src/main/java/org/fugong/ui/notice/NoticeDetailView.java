package org.fugong.ui.notice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.Actor;
import org.fugong.base.FugongException;
import org.fugong.base.NotFoundException;
import org.fugong.base.Role;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.notice.NoticeStats;
import org.fugong.notice.NoticeStatus;
import org.fugong.notice.ResponseKind;
import org.fugong.push.PushService;
import org.fugong.response.Response;
import org.fugong.response.ResponseService;
import org.fugong.response.ResponseStatus;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Feedback;
import org.fugong.ui.base.Formats;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One notice: its facts and text, what can be done with it now (submit, approve or reject, recall,
 * acknowledge), its delivery figures, and its responses for review.
 */
@Route("notices/:id")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER", "HR"})
class NoticeDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NoticeService notices;
    private final ResponseService responses;
    private final EnterpriseService enterprises;
    private final PushService push;
    private final org.fugong.response.SubsidyService subsidies;
    private final Feedback feedback;
    private Notice notice;
    private Grid<Response> responseGrid;
    private Select<ResponseStatus> responseFilter;

    NoticeDetailView(NoticeService notices, ResponseService responses, EnterpriseService enterprises, PushService push,
                     org.fugong.response.SubsidyService subsidies, Feedback feedback) {
        this.notices = notices;
        this.responses = responses;
        this.enterprises = enterprises;
        this.push = push;
        this.subsidies = subsidies;
        this.feedback = feedback;
        setMaxWidth("80em");
        addClassName("notice-detail");
    }

    static void open(com.vaadin.flow.component.UI ui, String id) {
        ui.navigate(NoticeDetailView.class, new RouteParameters("id", id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            notice = notices.getFor(id, CurrentUser.actor());
        } catch (NotFoundException e) {
            removeAll();
            add(new H2(getTranslation("notice.notFound")));
            notice = null;
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        Actor actor = CurrentUser.actor();
        Map<String, String> names = enterprises.names(enterpriseIdsOf(notice));

        H2 title = new H2(notice.title().zh());
        title.setId("notice-title");
        HorizontalLayout heading = new HorizontalLayout(title, NoticeLabels.type(this, notice), NoticeLabels.status(this, notice));
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        add(heading);
        if (notice.title().en() != null) {
            Paragraph en = new Paragraph(notice.title().en());
            en.addClassName("secondary");
            add(en);
        }
        add(meta());
        if (notice.status() == NoticeStatus.REJECTED && notice.reviewComment() != null) {
            Div rejected = new Div(new Span(getTranslation("notice.rejectedBecause") + " " + notice.reviewComment()));
            rejected.addClassName("callout-error");
            rejected.setId("review-comment");
            add(rejected);
        }
        add(actions(actor));
        if (notice.status() == NoticeStatus.PUBLISHED || notice.status() == NoticeStatus.RECALLED) {
            add(figures(notice.stats()));
        }
        add(new NoticeFacts(notice, names, NoticeLabels.audience(this, notice.audience(), names)
                + (notice.status() == NoticeStatus.DRAFT || notice.status() == NoticeStatus.IN_REVIEW
                ? " (" + getTranslation("audience.count", notices.audienceSize(notice.audience())) + ")" : "")));
        if (notice.acknowledgements() != null && !notice.acknowledgements().isEmpty()) {
            add(new H3(getTranslation("notice.acknowledgements")));
            Div acks = new Div();
            acks.setId("acknowledgements");
            notice.acknowledgements().forEach(a -> acks.add(new Paragraph(
                    (a.enterpriseName() == null ? a.enterpriseId() : a.enterpriseName()) + " · " + a.username()
                            + " · " + Formats.dateTime(a.at()))));
            add(acks);
        }
        if (EnterpriseResponsesSection.appliesTo(notice, actor)) {
            add(new EnterpriseResponsesSection(notice, responses, subsidies, feedback, actor));
        }
        if (notice.responseKind() != ResponseKind.NONE && mayReview(actor)) {
            add(responsesSection());
        }
    }

    private static List<String> enterpriseIdsOf(Notice n) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(n.audience().enterpriseIds());
        if (n.jobFair() != null) {
            ids.addAll(n.jobFair().enterpriseIds());
        }
        if (n.jobPosting() != null && n.jobPosting().enterpriseId() != null) {
            ids.add(n.jobPosting().enterpriseId());
        }
        if (n.returnBus() != null && n.returnBus().receivingEnterpriseId() != null) {
            ids.add(n.returnBus().receivingEnterpriseId());
        }
        n.acknowledgements().forEach(a -> ids.add(a.enterpriseId()));
        return List.copyOf(ids);
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

    private HorizontalLayout actions(Actor actor) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("action-bar");
        boolean author = actor.id().equals(notice.authorId());
        boolean editable = notice.status() == NoticeStatus.DRAFT || notice.status() == NoticeStatus.REJECTED;
        if (author && editable) {
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("notices/edit/" + notice.id())));
            edit.setId("edit");
            Button submit = new Button(getTranslation("action.submit"), e -> run(() -> notices.submit(notice.id(), actor),
                    "notice.done.submitted"));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setId("submit");
            bar.add(submit, edit);
        }
        if (notice.status() == NoticeStatus.IN_REVIEW && actor.hasAny(Role.REVIEWER, Role.ADMIN)) {
            if (author) {
                Span own = new Span(getTranslation("notice.ownNoReview"));
                own.addClassName("secondary");
                own.setId("own-notice-hint");
                bar.add(own);
            } else {
                Button approve = new Button(getTranslation("action.approve"), VaadinIcon.CHECK.create(), e -> new CommentDialog(
                        getTranslation("action.approve"), getTranslation(notice.scheduledAt() != null
                        && notice.scheduledAt().isAfter(java.time.Instant.now()) ? "notice.approve.scheduled" : "notice.approve.now"),
                        getTranslation("action.approve"), false, null, false,
                        (comment, option) -> run(() -> notices.approve(notice.id(), comment, actor), "notice.done.approved")).open());
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
                approve.setId("approve");
                Button reject = new Button(getTranslation("action.reject"), VaadinIcon.CLOSE.create(), e -> new CommentDialog(
                        getTranslation("action.reject"), null, getTranslation("action.reject"), true, null, true,
                        (comment, option) -> run(() -> notices.reject(notice.id(), comment, actor), "notice.done.rejected")).open());
                reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
                reject.setId("reject");
                bar.add(approve, reject);
            }
        }
        if ((notice.status() == NoticeStatus.PUBLISHED || notice.status() == NoticeStatus.SCHEDULED)
                && actor.hasAny(Role.OFFICIAL, Role.REVIEWER, Role.ADMIN)) {
            Button recall = new Button(getTranslation("action.recall"), VaadinIcon.BAN.create(), e -> new CommentDialog(
                    getTranslation("action.recall"), getTranslation("notice.recall.explain"), getTranslation("action.recall"),
                    false, notice.status() == NoticeStatus.PUBLISHED ? getTranslation("notice.recall.push") : null, true,
                    (comment, pushIt) -> run(() -> notices.recall(notice.id(), pushIt, actor), "notice.done.recalled")).open());
            recall.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            recall.setId("recall");
            bar.add(recall);
        }
        if (notice.type() == org.fugong.base.NoticeType.RETURN_BUS && actor.isStaff()
                && (notice.status() == NoticeStatus.PUBLISHED || notice.status() == NoticeStatus.RECALLED)) {
            Button manifest = new Button(getTranslation("bus.manifest"), VaadinIcon.BUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("buses/" + notice.id())));
            manifest.setId("open-manifest");
            bar.add(manifest);
        }
        if (notice.status() == NoticeStatus.PUBLISHED && actor.has(Role.HR) && actor.enterpriseId() != null) {
            boolean done = notice.acknowledgements().stream().anyMatch(a -> a.userId().equals(actor.id()));
            Button acknowledge = new Button(getTranslation(done ? "action.acknowledged" : "action.acknowledge"),
                    VaadinIcon.CHECK_SQUARE_O.create(),
                    e -> run(() -> notices.acknowledge(notice.id(), actor), "notice.done.acknowledged"));
            acknowledge.setEnabled(!done);
            acknowledge.setId("acknowledge");
            bar.add(acknowledge);
        }
        return bar;
    }

    private Div figures(NoticeStats stats) {
        Div tiles = new Div();
        tiles.addClassName("stat-tiles");
        tiles.setId("delivery-figures");
        tiles.add(tile("stats.targeted", stats.targeted(), "targeted"),
                tile(push.isSimulated() ? "stats.simulated" : "stats.sent", stats.sent(), "sent"),
                tile("stats.failed", stats.failed(), "failed"),
                tile("stats.invalidTokens", stats.invalidTokens(), "invalid"),
                tile("stats.read", stats.read(), "read"),
                tile("stats.responses", stats.responses(), "responses"));
        Button refresh = new Button(VaadinIcon.REFRESH.create(), e -> {
            notice = notices.getFor(notice.id(), CurrentUser.actor());
            render();
        });
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.setAriaLabel(getTranslation("action.refresh"));
        refresh.setId("refresh-figures");
        tiles.add(refresh);
        return tiles;
    }

    private Div tile(String key, long value, String id) {
        Span number = new Span(Formats.number(value));
        number.addClassName("stat-value");
        number.setId("stat-" + id);
        Span label = new Span(getTranslation(key));
        label.addClassName("stat-label");
        Div tile = new Div(number, label);
        tile.addClassName("stat-tile");
        return tile;
    }

    private boolean mayReview(Actor actor) {
        return actor.isStaff() || actor.has(Role.HR) && actor.enterpriseId() != null
                && actor.enterpriseId().equals(notice.concernedEnterpriseId());
    }

    private VerticalLayout responsesSection() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        responseFilter = new Select<>();
        responseFilter.setLabel(getTranslation("response.status"));
        responseFilter.setItems(ResponseStatus.values());
        responseFilter.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any") : getTranslation("rstatus." + s.name()));
        responseFilter.setEmptySelectionAllowed(true);
        responseFilter.setEmptySelectionCaption(getTranslation("filter.any"));
        responseFilter.setId("response-filter");
        responseGrid = new Grid<>();
        responseGrid.setId("responses-grid");
        responseGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        responseGrid.addColumn(r -> r.worker() == null ? (r.enterpriseId() == null ? "" : r.enterpriseId())
                : r.worker().name() == null ? "—" : r.worker().name()).setHeader(getTranslation("worker.name")).setKey("name");
        responseGrid.addColumn(r -> r.worker() == null ? "" : r.worker().phoneMasked()).setHeader(getTranslation("worker.phone"))
                .setKey("phone");
        responseGrid.addColumn(r -> r.worker() == null || r.worker().hometown() == null ? "" : r.worker().hometown().toString())
                .setHeader(getTranslation("worker.hometown"));
        responseGrid.addComponentColumn(r -> Badges.of(getTranslation("rstatus." + r.status().name())
                        + (r.waitlistPosition() == null ? "" : " #" + r.waitlistPosition()), Badges.variantOf(r.status().name())))
                .setHeader(getTranslation("response.status")).setKey("status").setAutoWidth(true);
        responseGrid.addColumn(r -> r.fields().entrySet().stream().map(e -> getTranslation("field." + e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining("; "))).setHeader(getTranslation("response.details")).setFlexGrow(2);
        responseGrid.addColumn(r -> Formats.dateTime(r.createdAt())).setHeader(getTranslation("response.createdAt")).setAutoWidth(true);
        responseGrid.setItems(query -> responses.forNotice(notice.id(), responseFilter.getValue(), query.getOffset(),
                query.getLimit(), CurrentUser.actor()).stream(),
                query -> (int) responses.countForNotice(notice.id(), responseFilter.getValue(), CurrentUser.actor()));
        responseGrid.addItemClickListener(e -> openResponse(e.getItem()));
        responseGrid.setEmptyStateText(getTranslation("responses.empty"));
        responseGrid.setHeight("28em");
        responseFilter.addValueChangeListener(e -> responseGrid.getDataProvider().refreshAll());
        java.util.Locale locale = getLocale();
        Actor actor = CurrentUser.actor();
        HorizontalLayout tools = new HorizontalLayout(responseFilter, org.fugong.ui.base.Downloads.csv("responses-" + notice.id() + ".csv",
                getTranslation("responses.export"), () -> responses.responsesCsv(notice.id(), responseFilter.getValue(), actor, locale)));
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        section.add(new H3(getTranslation("responses.title")), tools, responseGrid);
        return section;
    }

    private void openResponse(Response response) {
        Actor actor = CurrentUser.actor();
        List<ResponseStatus> decisions = switch (response.kind()) {
            case APPLY, SUBSIDY_APPLICATION -> List.of(ResponseStatus.ACCEPTED, ResponseStatus.WAITLISTED, ResponseStatus.REJECTED);
            case SEAT_BOOKING, RSVP -> List.of(ResponseStatus.REJECTED);
            case NONE -> List.of();
        };
        ResponseDialog[] dialog = new ResponseDialog[1];
        dialog[0] = new ResponseDialog(response, decisions, actor.isStaff(), (decision, note) -> {
            try {
                responses.review(response.id(), decision, note, actor);
                feedback.success(getTranslation("response.decided", getTranslation("rstatus." + decision.name())));
                dialog[0].close();
                responseGrid.getDataProvider().refreshAll();
            } catch (FugongException e) {
                feedback.error(e);
            }
        }, () -> {
            try {
                return responses.revealPhone(response.id(), actor);
            } catch (FugongException e) {
                feedback.error(e);
                return response.worker() == null ? "" : response.worker().phoneMasked();
            }
        });
        dialog[0].open();
    }

    /** Runs an action on the notice and shows the result; false when it was refused. */
    private boolean run(Runnable action, String doneKey) {
        try {
            action.run();
            feedback.success(getTranslation(doneKey));
            notice = notices.getFor(notice.id(), CurrentUser.actor());
            render();
            return true;
        } catch (FugongException e) {
            feedback.error(e);
            return false;
        }
    }

    Grid<Response> responseGrid() {
        return responseGrid;
    }

    @Override
    public String getPageTitle() {
        return notice == null ? getTranslation("nav.notices") : notice.title().in(getLocale());
    }
}
