package org.fugong.response;

import org.fugong.notice.ResponseKind;
import org.fugong.worker.WorkerSummary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A response as the API and the console show it. {@code worker} is filled for officials only;
 * {@code waitlistPosition} (1 = next) only while waitlisted for a seat or place.
 */
public record Response(String id,
                       String noticeId,
                       String workerId,
                       String enterpriseId,
                       ResponseKind kind,
                       ResponseStatus status,
                       Map<String, Object> fields,
                       BigDecimal amount,
                       String note,
                       Integer waitlistPosition,
                       Instant createdAt,
                       Instant updatedAt,
                       String reviewedBy,
                       Instant reviewedAt,
                       Instant boardedAt,
                       Instant arrivedAt,
                       WorkerSummary worker) {

    Response with(WorkerSummary summary, Integer position) {
        return new Response(id, noticeId, workerId, enterpriseId, kind, status, fields, amount, note, position,
                createdAt, updatedAt, reviewedBy, reviewedAt, boardedAt, arrivedAt, summary);
    }
}
