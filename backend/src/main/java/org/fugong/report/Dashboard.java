package org.fugong.report;

import org.fugong.base.NoticeType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The console's dashboard: the briefing of the last seven days (today included, in Asia/Shanghai)
 * and, for the chosen days, one row per day for charts.
 */
public record Dashboard(Briefing lastSevenDays, List<Day> days) {

    /**
     * What happened on one day: notices published, by type (every type present, zero when none;
     * notices recalled later count on the day they went out), responses submitted (workers' and
     * enterprises'), pushes to devices sent (or simulated) and failed, and workers handed over at
     * their destination.
     */
    public record Day(LocalDate day, Map<NoticeType, Long> noticesPublished, long responses, long pushesSent,
                      long pushesFailed, long workersReturned) {
    }
}
