package org.fugong.response;

import org.fugong.notice.ResponseKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A response in the {@code responses} collection. Two unique keys carry the rules: {@code activeKey}
 * (notice and worker while active, so one active response each) and {@code idempotencyKey} (worker
 * and the client's key, so a retried submission finds the first). A response of an enterprise has
 * {@code enterpriseId} and no {@code workerId}; both keys are then scoped to the enterprise, and every
 * document has its own value for each, since a unique index allows only one document without one.
 */
@Document("responses")
class ResponseDocument {
    @Id
    String id;
    String noticeId;
    String workerId;
    String enterpriseId;
    ResponseKind kind;
    ResponseStatus status;
    Map<String, Object> fields;
    BigDecimal amount;
    String note;
    String activeKey;
    String idempotencyKey;
    /** The console user who answered for an enterprise. */
    String submittedBy;
    /** Booking order for seats and places: the waitlist is served by it. */
    long seq;
    /** The worker was answered "waitlisted": a later promotion must be pushed to them. */
    boolean toldWaitlisted;
    Instant createdAt;
    Instant updatedAt;
    String reviewedBy;
    Instant reviewedAt;
    String handledBy;
    Instant boardedAt;
    Instant arrivedAt;
    @Version
    Long version;

    Response toResponse() {
        return new Response(id, noticeId, workerId, enterpriseId, kind, status, fields, amount, note, null,
                createdAt, updatedAt, reviewedBy, reviewedAt, boardedAt, arrivedAt, null);
    }
}
