package org.fugong.ui.placement;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.fugong.base.FugongException;
import org.fugong.placement.FollowUp;
import org.fugong.placement.Placement;
import org.fugong.placement.PlacementService;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Feedback;
import org.fugong.ui.base.Formats;

import java.util.List;
import java.util.function.Supplier;

/**
 * Placed workers as a grid: who, by which trip or internship, since when, whether they started (and,
 * where the reader may, the enterprise HR's two buttons to say so), and each follow-up check after
 * arrival with its answer, a call for help marked.
 */
public class PlacementList extends Composite<Div> {

    private final PlacementService placements;
    private final Feedback feedback;
    private final Supplier<List<Placement>> loader;
    private final Grid<Placement> grid = new Grid<>();

    /**
     * @param byTrip whether the list is of one trip (the trip column is left out) or of an enterprise
     */
    public PlacementList(PlacementService placements, Feedback feedback, Supplier<List<Placement>> loader, boolean byTrip) {
        this.placements = placements;
        this.feedback = feedback;
        this.loader = loader;
        grid.setId("placements-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(this::who).setHeader(getTranslation("placement.worker")).setKey("worker").setFlexGrow(2);
        if (!byTrip) {
            grid.addColumn(p -> p.noticeTitle() == null ? "" : p.noticeTitle().in(getLocale()))
                    .setHeader(getTranslation("placement.by")).setKey("by").setFlexGrow(2);
        }
        grid.addColumn(p -> getTranslation("placement.since." + p.source().name(), Formats.dateTime(p.since())))
                .setHeader(getTranslation("placement.since")).setKey("since").setAutoWidth(true);
        grid.addComponentColumn(this::start).setHeader(getTranslation("placement.start")).setKey("start")
                .setAutoWidth(true);
        grid.addComponentColumn(this::followUps).setHeader(getTranslation("placement.followUps")).setKey("followUps")
                .setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation(byTrip ? "placement.none.trip" : "placement.none.enterprise"));
        getContent().add(grid);
        getContent().setWidthFull();
        refresh();
    }

    /** Reads the placements again. */
    public void refresh() {
        grid.setItems(loader.get());
    }

    private String who(Placement p) {
        String name = p.worker() == null || p.worker().name() == null ? getTranslation("worker.unnamed") : p.worker().name();
        String phone = p.worker() == null || p.worker().phoneMasked() == null ? "" : " · " + p.worker().phoneMasked();
        String school = p.school() == null ? "" : " · " + p.school()
                + (p.graduationYear() == null ? "" : " " + getTranslation("audience.graduationYear", String.valueOf(p.graduationYear())));
        return name + phone + school;
    }

    private Component start(Placement p) {
        if (p.started() != null) {
            Span badge = p.started()
                    ? Badges.of(getTranslation("placement.started"), Badges.Tone.SUCCESS, VaadinIcon.CHECK)
                    : Badges.of(getTranslation("placement.noShow"), Badges.Tone.DANGER, VaadinIcon.CLOSE_SMALL);
            badge.setTitle(getTranslation("placement.reportedBy", p.startReportedBy(), Formats.dateTime(p.startReportedAt())));
            return badge;
        }
        if (!p.canReportStart()) {
            return Badges.of(getTranslation("placement.awaiting"), Badges.Tone.WAITING, VaadinIcon.HOURGLASS);
        }
        Button started = new Button(getTranslation("placement.report.started"), e -> report(p, true));
        started.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        started.addClassName("report-started");
        Button noShow = new Button(getTranslation("placement.report.noShow"), e -> report(p, false));
        noShow.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        noShow.addClassName("report-no-show");
        return new HorizontalLayout(started, noShow);
    }

    private void report(Placement p, boolean started) {
        try {
            placements.reportStart(p.id(), started, CurrentUser.actor());
            feedback.success(getTranslation(started ? "placement.reported.started" : "placement.reported.noShow", who(p)));
            refresh();
        } catch (FugongException e) {
            feedback.error(e);
            refresh();
        }
    }

    private Component followUps(Placement p) {
        Div cell = new Div();
        cell.addClassName("follow-ups");
        if (p.followUps() == null || p.followUps().isEmpty()) {
            return cell;
        }
        for (FollowUp f : p.followUps()) {
            cell.add(check(f));
        }
        return cell;
    }

    private Span check(FollowUp f) {
        String day = getTranslation("followUp.day", f.day());
        Span badge;
        if (f.answeredAt() != null) {
            String answer = getTranslation("followUp.status." + f.status().name());
            badge = Badges.of(day + " " + answer + (f.needHelp() ? " · " + getTranslation("followUp.help") : ""),
                    f.needHelp() ? Badges.Tone.DANGER : f.status() == org.fugong.placement.WorkStatus.AT_WORK
                            ? Badges.Tone.SUCCESS : Badges.Tone.MUTED, f.needHelp() ? VaadinIcon.LIFEBUOY : null);
            badge.setTitle(f.note() == null ? Formats.dateTime(f.answeredAt())
                    : Formats.dateTime(f.answeredAt()) + " · " + f.note());
        } else if (f.askedAt() != null) {
            badge = Badges.of(day + " " + getTranslation("followUp.unanswered"), Badges.Tone.WAITING, VaadinIcon.HOURGLASS);
            badge.setTitle(getTranslation("followUp.askedAt", Formats.dateTime(f.askedAt())));
        } else {
            badge = Badges.of(day + " " + getTranslation("followUp.ahead", Formats.date(f.dueAt())), Badges.Tone.NEUTRAL, null);
        }
        badge.addClassName("follow-up");
        return badge;
    }
}
