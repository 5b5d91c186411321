package org.fugong.ui.report;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.BureauTime;
import org.fugong.base.NoticeType;
import org.fugong.report.Briefing;
import org.fugong.report.BriefingService;
import org.fugong.report.Dashboard;
import org.fugong.security.SignInCodeBudget;
import org.fugong.ui.base.ConsolePage;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Formats;
import org.fugong.ui.base.SvgChart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The bureau at a glance for the last 7, 30 or 90 days (today included, China time; kept in the
 * address as {@code ?days=}): the briefing's figures and paragraph in the reader's language, and
 * charts of what was published, answered, pushed and who came back over the same days.
 */
@Route("dashboard")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER"})
class DashboardView extends VerticalLayout implements ConsolePage, BeforeEnterObserver {

    private static final List<Integer> PERIODS = List.of(7, 30, 90);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    /** Bars per chart at most: longer periods are drawn by week. */
    private static final int MAX_BARS = 15;

    private final BriefingService briefings;
    private final java.time.Clock clock;
    private final RadioButtonGroup<Integer> period = new RadioButtonGroup<>();
    private final Div content = new Div();

    DashboardView(BriefingService briefings, SignInCodeBudget codes, java.time.Clock clock) {
        this.briefings = briefings;
        this.clock = clock;
        setMaxWidth("80em");
        period.setLabel(getTranslation("dashboard.period"));
        period.setItems(PERIODS);
        period.setItemLabelGenerator(days -> getTranslation("dashboard.days", days));
        period.setId("dashboard-period");
        period.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
                if (e.isFromClient()) {
                    remember(e.getValue());
                }
            }
        });
        content.setWidthFull();
        add(signInCodes(codes.today()), period, content);
    }

    /** Today's sign-in codes against the daily budget; marked when 80 % are used. */
    private Paragraph signInCodes(SignInCodeBudget.Usage usage) {
        Paragraph line = new Paragraph(getTranslation("dashboard.signInCodes", Formats.number(usage.sent()),
                Formats.number(usage.budget())));
        line.setId("dashboard-sign-in-codes");
        line.addClassNames("text-secondary", "text-s");
        if (usage.nearlyUsedUp()) {
            line.addClassName("text-error");
            line.removeClassName("text-secondary");
        }
        return line;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int days = event.getLocation().getQueryParameters().getSingleParameter("days").map(d -> {
            try {
                return Integer.parseInt(d);
            } catch (NumberFormatException e) {
                return 7;
            }
        }).filter(PERIODS::contains).orElse(7);
        if (days == (period.getValue() == null ? -1 : period.getValue())) {
            show(days);
        } else {
            period.setValue(days);
        }
    }

    private void show(int days) {
        content.removeAll();
        LocalDate last = BureauTime.today(clock);
        LocalDate first = last.minusDays(days - 1L);
        Briefing briefing = briefings.briefing(first, last, getLocale(), CurrentUser.actor());
        H3 title = new H3(getTranslation("dashboard.heading", days, first.toString(), last.toString()));
        title.setId("dashboard-heading");
        Paragraph text = new Paragraph(briefing.text());
        text.addClassName("notice-body");
        text.setId("dashboard-text");
        content.add(title, FigureTiles.of(this, briefing.figures()), text, charts(briefings.daily(first, last,
                CurrentUser.actor())));
    }

    private Div charts(List<Dashboard.Day> days) {
        List<List<Dashboard.Day>> buckets = buckets(days);
        List<String> labels = buckets.stream().map(b -> DAY.format(b.get(0).day())).toList();
        List<SvgChart.Series> published = new ArrayList<>();
        for (NoticeType type : NoticeType.values()) {
            published.add(series("type." + type.name(), buckets, d -> d.noticesPublished().getOrDefault(type, 0L)));
        }
        List<String> dayLabels = days.stream().map(d -> DAY.format(d.day())).toList();
        List<List<Dashboard.Day>> single = days.stream().map(List::of).toList();
        String table = getTranslation("chart.table");
        Div charts = new Div();
        charts.addClassName("charts");
        charts.setId("dashboard-charts");
        charts.add(new SvgChart(getTranslation(buckets.size() < days.size() ? "dashboard.publishedWeekly" : "dashboard.published"),
                labels, published, table).bars());
        charts.add(new SvgChart(getTranslation("dashboard.activity"), dayLabels, List.of(
                series("dashboard.responses", single, Dashboard.Day::responses),
                series("dashboard.returned", single, Dashboard.Day::workersReturned)), table).lines());
        charts.add(new SvgChart(getTranslation("dashboard.pushes"), dayLabels, List.of(
                series("dashboard.pushesSent", single, Dashboard.Day::pushesSent),
                series("dashboard.pushesFailed", single, Dashboard.Day::pushesFailed)), table).lines());
        return charts;
    }

    /** Days grouped so a bar chart has at most {@value #MAX_BARS} groups (a week each for long periods). */
    private static List<List<Dashboard.Day>> buckets(List<Dashboard.Day> days) {
        int size = days.size() <= MAX_BARS ? 1 : 7;
        List<List<Dashboard.Day>> buckets = new ArrayList<>();
        for (int i = 0; i < days.size(); i += size) {
            buckets.add(days.subList(i, Math.min(days.size(), i + size)));
        }
        return buckets;
    }

    private SvgChart.Series series(String key, List<List<Dashboard.Day>> buckets, ToLongFunction<Dashboard.Day> value) {
        return new SvgChart.Series(getTranslation(key), buckets.stream()
                .map(b -> (double) b.stream().mapToLong(value).sum()).toList());
    }

    private void remember(int days) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("dashboard", QueryParameters.of("days", String.valueOf(days)))));
    }

    @Override
    public String heading() {
        return getTranslation("nav.dashboard");
    }
}
