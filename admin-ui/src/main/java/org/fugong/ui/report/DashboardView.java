package org.fugong.ui.report;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.NoticeType;
import org.fugong.report.BriefingService;
import org.fugong.report.Dashboard;
import org.fugong.security.SignInCodeBudget;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Formats;
import org.fugong.ui.base.SvgChart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The week at a glance: the briefing's figures for the last seven days, and charts of what was
 * published, answered, pushed and who came back, day by day (drawn as SVG on the server).
 */
@Route("dashboard")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER"})
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    DashboardView(BriefingService briefings, SignInCodeBudget codes) {
        setMaxWidth("80em");
        add(signInCodes(codes.today()));
        LocalDate today = LocalDate.now(Formats.ZONE);
        Dashboard dashboard = briefings.dashboard(today.minusDays(13), today, CurrentUser.actor());
        add(new H3(getTranslation("dashboard.week", dashboard.lastSevenDays().firstDay().toString(),
                dashboard.lastSevenDays().lastDay().toString())));
        add(FigureTiles.of(this, dashboard.lastSevenDays().figures()));
        Paragraph text = new Paragraph(dashboard.lastSevenDays().text());
        text.addClassName("notice-body");
        text.setId("dashboard-text");
        add(text);

        List<String> days = dashboard.days().stream().map(d -> DAY.format(d.day())).toList();
        List<SvgChart.Series> published = new ArrayList<>();
        for (NoticeType type : NoticeType.values()) {
            published.add(new SvgChart.Series(getTranslation("type." + type.name()), dashboard.days().stream()
                    .map(d -> (double) d.noticesPublished().getOrDefault(type, 0L)).toList()));
        }
        Div charts = new Div();
        charts.addClassName("charts");
        charts.setId("dashboard-charts");
        charts.add(SvgChart.bars(getTranslation("dashboard.published"), days, published));
        charts.add(SvgChart.lines(getTranslation("dashboard.activity"), days, List.of(
                new SvgChart.Series(getTranslation("dashboard.responses"), dashboard.days().stream().map(d -> (double) d.responses()).toList()),
                new SvgChart.Series(getTranslation("dashboard.returned"), dashboard.days().stream().map(d -> (double) d.workersReturned()).toList()))));
        charts.add(SvgChart.lines(getTranslation("dashboard.pushes"), days, List.of(
                new SvgChart.Series(getTranslation("dashboard.pushesSent"), dashboard.days().stream().map(d -> (double) d.pushesSent()).toList()),
                new SvgChart.Series(getTranslation("dashboard.pushesFailed"), dashboard.days().stream().map(d -> (double) d.pushesFailed()).toList()))));
        add(charts);
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
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
