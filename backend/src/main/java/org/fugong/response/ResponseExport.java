package org.fugong.response;

import org.fugong.response.internal.ResponseDocument;
import org.fugong.response.internal.ResponseStore;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.BureauTime;
import org.fugong.base.CsvExport;
import org.fugong.base.Messages;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.Notice;
import org.fugong.worker.WorkerService;
import org.fugong.worker.WorkerSummary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A notice's responses, of every kind, as a CSV file for Excel (UTF-8 with BOM) in the official's
 * language. Whoever may review the responses may export them; audited, since it takes personal data
 * out of the system.
 */
@Service
public class ResponseExport {

    private final MongoTemplate mongo;
    private final ResponseReview review;
    private final WorkerService workers;
    private final EnterpriseService enterprises;
    private final AuditLog audit;
    private final Messages messages;

    ResponseExport(MongoTemplate mongo, ResponseReview review, WorkerService workers, EnterpriseService enterprises,
                   AuditLog audit, Messages messages) {
        this.mongo = mongo;
        this.review = review;
        this.workers = workers;
        this.enterprises = enterprises;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * The file, in the order the responses came: who answered (a worker with the phone masked, or an
     * enterprise), status, what they filled in, amount, note and times.
     *
     * @param status only responses in this status, or all when null
     */
    public byte[] responsesCsv(String noticeId, ResponseStatus status, Actor actor, Locale locale) {
        Notice notice = review.reviewable(noticeId, actor);
        List<ResponseDocument> rows = mongo.find(new Query(ResponseStore.ofNotice(notice.id(), status))
                .with(ResponseStore.BOOKING_ORDER), ResponseDocument.class);
        Map<String, WorkerSummary> people = workers.summaries(rows.stream().map(r -> r.workerId)
                .filter(Objects::nonNull).distinct().toList());
        Map<String, String> companies = enterprises.names(rows.stream().map(r -> r.enterpriseId)
                .filter(Objects::nonNull).distinct().toList());
        List<String> header = Stream.of("seq", "kind", "status", "name", "phone", "hometown", "enterprise", "fields",
                "amount", "note", "submitted", "reviewed", "boarded", "arrived")
                .map(column -> messages.get("csv.responses." + column, locale)).toList();
        List<List<?>> lines = new ArrayList<>();
        int n = 0;
        for (ResponseDocument r : rows) {
            WorkerSummary who = r.workerId == null ? null : people.get(r.workerId);
            lines.add(Arrays.asList(++n, messages.get("csv.kind." + r.kind.name(), locale),
                    messages.get("csv.status." + r.status.name(), locale),
                    who == null ? null : who.name(), who == null ? null : who.phoneMasked(),
                    who == null || who.hometown() == null ? null : who.hometown().toString(),
                    r.enterpriseId == null ? null : companies.getOrDefault(r.enterpriseId, r.enterpriseId),
                    describeFields(r.fields, locale), r.amount == null ? null : r.amount.toPlainString(), r.note,
                    time(r.createdAt), time(r.reviewedAt), time(r.boardedAt), time(r.arrivedAt)));
        }
        audit.record(actor, "response.export", "notice", notice.id(), Map.of("rows", lines.size()));
        return CsvExport.write(header, lines);
    }

    /** "参会方式：线上；备注：…": the fields a response took, labelled and named in the reader's language. */
    private String describeFields(Map<String, Object> fields, Locale locale) {
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        String separator = messages.get("csv.fields.separator", locale);
        return fields.entrySet().stream()
                .map(e -> messages.get("csv.field." + e.getKey(), locale) + messages.get("csv.fields.colon", locale)
                        + (e.getValue() instanceof Boolean b ? messages.get(b ? "csv.yes" : "csv.no", locale)
                        : "attendanceMode".equals(e.getKey()) ? messages.get("constant." + e.getValue(), locale) : e.getValue()))
                .collect(Collectors.joining(separator));
    }

    private static String time(Instant instant) {
        return instant == null ? null : BureauTime.MINUTES.format(instant);
    }
}
