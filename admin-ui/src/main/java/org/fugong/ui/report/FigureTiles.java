package org.fugong.ui.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.fugong.report.BriefingFigures;
import org.fugong.ui.base.Formats;
import org.fugong.ui.base.StatTile;

import java.util.LinkedHashMap;
import java.util.Map;

/** The briefing's figures as tiles, grouped by service (专网, 专车, 专策). */
final class FigureTiles {

    private FigureTiles() {
    }

    static Div of(Component context, BriefingFigures f) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("jobFairs", Formats.number(f.jobFairs()));
        values.put("onlineJobFairs", Formats.number(f.onlineJobFairs()));
        values.put("enterpriseParticipations", Formats.number(f.enterpriseParticipations()));
        values.put("positionsPosted", Formats.number(f.positionsPosted()));
        values.put("jobSeekersReached", Formats.number(f.jobSeekersReached()));
        values.put("intentionsReached", Formats.number(f.intentionsReached()));
        values.put("buses", Formats.number(f.buses()));
        values.put("interProvincialBuses", Formats.number(f.interProvincialBuses()));
        values.put("intraProvincialBuses", Formats.number(f.intraProvincialBuses()));
        values.put("workersReturned", Formats.number(f.workersReturned()));
        values.put("subsidiesApproved", Formats.number(f.subsidiesApproved()));
        values.put("enterprisesBenefited", Formats.number(f.enterprisesBenefited()));
        values.put("subsidyAmount", Formats.money(f.subsidyAmount()));
        values.put("keyRequestsInTime", f.keyRequestsSettled() == 0 ? "–" : context.getTranslation("figure.share",
                Formats.number(f.keyRequestsInTime()), Formats.number(f.keyRequestsSettled()),
                Math.round(100.0 * f.keyRequestsInTime() / f.keyRequestsSettled())));
        values.put("studentsPlaced", Formats.number(f.studentsPlaced()));
        Div tiles = new Div();
        tiles.addClassName("stat-tiles");
        tiles.setId("briefing-figures");
        values.forEach((key, value) -> tiles.add(StatTile.of(value, context.getTranslation("figure." + key), "figure-" + key)));
        // workers still at work at each checkpoint after arrival, of those asked
        f.followUps().forEach(c -> tiles.add(StatTile.of(Formats.number(c.stillAtWork()) + " / " + Formats.number(c.asked()),
                context.getTranslation("figure.stillAtWork", c.day()), "figure-stillAtWork-" + c.day())));
        return tiles;
    }
}
