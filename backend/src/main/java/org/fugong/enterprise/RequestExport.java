package org.fugong.enterprise;

import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.BureauTime;
import org.fugong.base.CsvExport;
import org.fugong.base.Messages;
import org.fugong.reference.Taxonomy;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Requests as a CSV file for Excel (UTF-8 with BOM), headers and values in the reader's language:
 * what was needed, how it was solved, with what effect, and for a key enterprise whether it was
 * handled in time. Audited, with the filter that chose the rows.
 */
@Component
class RequestExport {

    private static final DateTimeFormatter TIME = BureauTime.MINUTES;

    private final Messages messages;
    private final AuditLog audit;

    RequestExport(Messages messages, AuditLog audit) {
        this.messages = messages;
        this.audit = audit;
    }

    byte[] csv(List<EnterpriseRequest> requests, RequestFilter filter, Actor actor, Locale locale) {
        List<String> header = List.of("csv.request.enterprise", "csv.request.urgent", "csv.request.category",
                "csv.request.text", "csv.request.headcount", "csv.request.skills", "csv.request.status",
                "csv.request.raised-by", "csv.request.raised-at", "csv.request.messages", "csv.request.solution",
                "csv.request.effect", "csv.request.resolved-by", "csv.request.resolved-at", "csv.request.on-time")
                .stream().map(k -> messages.get(k, locale)).toList();
        List<List<?>> rows = new ArrayList<>();
        for (EnterpriseRequest r : requests) {
            Resolution resolved = r.resolution();
            Boolean onTime = r.deadlines() == null ? null : r.deadlines().onTime();
            rows.add(Arrays.asList(r.enterpriseName(), messages.get(r.urgent() ? "csv.yes" : "csv.no", locale),
                    messages.get("request.category." + r.category().name(), locale), r.text(), r.headcount(),
                    String.join(";", Taxonomy.standard().skillNames(r.skills(), locale)),
                    messages.get("request.status." + r.status().name(), locale),
                    r.raisedBy(), time(r.createdAt()), r.messages().size(),
                    resolved == null ? null : resolved.solution(), resolved == null ? null : resolved.effect(),
                    resolved == null ? null : resolved.resolvedBy(), resolved == null ? null : time(resolved.resolvedAt()),
                    onTime == null ? "" : messages.get(onTime ? "csv.yes" : "csv.no", locale)));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rows", rows.size());
        details.put("statuses", filter.statuses().stream().map(Enum::name).sorted().toList());
        details.put("category", filter.category() == null ? "" : filter.category().name());
        details.put("enterpriseId", filter.enterpriseId() == null ? "" : filter.enterpriseId());
        audit.record(actor, "request.export", "request", null, details);
        return CsvExport.write(header, rows);
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
