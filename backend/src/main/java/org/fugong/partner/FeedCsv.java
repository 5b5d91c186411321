package org.fugong.partner;

import org.fugong.base.CsvExport;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/** The feed as CSV: one posting a line, stable English column names (a machine reads them). */
@Component
class FeedCsv {

    static final List<String> COLUMNS = List.of("id", "status", "updatedAt", "titleZh", "titleEn", "descriptionZh",
            "descriptionEn", "enterpriseName", "industry", "province", "city", "district", "position", "headcount",
            "salaryMin", "salaryMax", "requirements", "internship", "publishedAt", "expiresAt");

    byte[] write(FeedPage page) {
        List<List<?>> rows = page.items().stream().<List<?>>map(p -> Arrays.asList(p.id(), p.status(), time(p.updatedAt()),
                p.title() == null ? null : p.title().zh(), p.title() == null ? null : p.title().en(),
                p.description() == null ? null : p.description().zh(), p.description() == null ? null : p.description().en(),
                p.enterpriseName(), p.industry(), p.location().province(), p.location().city(), p.location().district(),
                p.position(), p.headcount(), p.salaryMin(), p.salaryMax(), p.requirements(), p.internship(),
                time(p.publishedAt()), time(p.expiresAt()))).toList();
        return CsvExport.write(COLUMNS, rows);
    }

    private static String time(java.time.Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
