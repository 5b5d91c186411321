package org.fugong.ui.publicity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.FugongException;
import org.fugong.publicity.Objection;
import org.fugong.publicity.Objections;
import org.fugong.publicity.Publicity;
import org.fugong.publicity.PublicityService;
import org.fugong.publicity.PublicityActions;
import org.fugong.ui.base.ConsolePage;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Feedback;
import org.fugong.ui.base.Formats;

/**
 * One publicity for officials: its state and period, the link to the public page, its list with where
 * each claim stands on its way to payment, and the objections with their answers; an objection not
 * answered yet is answered here (upheld keeps its claim on hold).
 */
@Route("publicities/:id")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER"})
class PublicityView extends VerticalLayout implements ConsolePage, BeforeEnterObserver {

    private final PublicityService publicities;
    private final Objections objections;
    private final Feedback feedback;
    private final PublicityActions actions;
    private String heading = "";

    PublicityView(PublicityService publicities, PublicityActions actions, Objections objections, Feedback feedback) {
        this.publicities = publicities;
        this.actions = actions;
        this.objections = objections;
        this.feedback = feedback;
        setMaxWidth("80em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(publicities.get(event.getRouteParameters().get("id").orElse(null), CurrentUser.actor()));
        } catch (FugongException ex) {
            feedback.error(ex);
            event.forwardTo(PublicitiesView.class);
        }
    }

    private void show(Publicity publicity) {
        removeAll();
        heading = getTranslation("publicity.heading", publicity.policyTitle().in(getLocale()));
        add(summary(publicity));
        boolean trips = publicity.lines().stream().anyMatch(l -> l.trip() != null);
        add(new H3(getTranslation("publicity.lines", publicity.lines().size())),
                PublicityLines.grid(this, publicity.lines(), trips, true));
        add(new H3(getTranslation("publicity.objections", publicity.objections().size())));
        if (publicity.objections().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("publicity.objections.none"));
            none.addClassName("hint");
            add(none);
        } else {
            add(objectionGrid(publicity));
        }
    }

    private Component summary(Publicity p) {
        Div facts = new Div();
        facts.addClassName("publicity-summary");
        HorizontalLayout state = new HorizontalLayout(PublicityBadges.of(this, p.status()),
                new Span(getTranslation("publicity.totals", Formats.number(p.lines().size()), Formats.number(p.totalPersons()),
                        Formats.money(p.totalAmount()))));
        state.setAlignItems(Alignment.BASELINE);
        facts.add(state);
        String period = p.lastDay() == null ? getTranslation("publicity.period.pending", p.workingDays())
                : getTranslation("publicity.period.text", p.workingDays(), p.lastDay().toString());
        facts.add(new Paragraph(period));
        if (actions.hasPublicPage(p)) {
            Anchor link = new Anchor(p.publicPath(), getTranslation("publicity.publicPage"));
            link.setTarget("_blank");
            link.setId("public-link");
            facts.add(new Paragraph(link));
        }
        if (p.announcementId() != null) {
            Anchor announcement = new Anchor("notices/" + p.announcementId(), getTranslation("publicity.announcement"));
            facts.add(new Paragraph(announcement));
        }
        return facts;
    }

    private Grid<Objection> objectionGrid(Publicity publicity) {
        Grid<Objection> grid = new Grid<>();
        grid.setId("objections-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(o -> Formats.dateTime(o.at())).setHeader(getTranslation("objection.at")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(o -> o.lineNo() == null ? getTranslation("objection.wholeList")
                        : getTranslation("objection.line", o.lineNo(), o.enterpriseName() == null ? "" : o.enterpriseName()))
                .setHeader(getTranslation("objection.about")).setKey("about").setFlexGrow(2);
        grid.addColumn(Objection::text).setHeader(getTranslation("objection.text")).setKey("text").setFlexGrow(4);
        grid.addColumn(o -> (o.name() == null ? "" : o.name() + " · ") + o.contact())
                .setHeader(getTranslation("objection.from")).setFlexGrow(2);
        grid.addComponentColumn(this::answerCell).setHeader(getTranslation("objection.answer")).setKey("answer")
                .setFlexGrow(3);
        grid.setItems(publicity.objections());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component answerCell(Objection objection) {
        if (objection.answeredAt() != null) {
            Span answer = new Span(getTranslation("objection.result." + Boolean.TRUE.equals(objection.upheld()),
                    objection.answer()));
            answer.setTitle(objection.answeredBy() + " · " + Formats.dateTime(objection.answeredAt()));
            return answer;
        }
        if (!objection.canAnswer()) {
            return new Span(getTranslation("objection.waiting"));
        }
        Button answer = new Button(getTranslation("objection.answer.action"), e -> new AnswerDialog(objection, objections,
                feedback, () -> show(publicities.get(objection.publicityId(), CurrentUser.actor()))).open());
        answer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        answer.setId("answer-" + objection.id());
        answer.addClassName("answer-objection");
        return answer;
    }

    @Override
    public String heading() {
        return heading.isEmpty() ? getTranslation("nav.publicities") : heading;
    }
}
