package org.fugong.response.internal;

import org.fugong.response.ResponseStatus;
import org.fugong.response.Response;
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
public class ResponseDocument {
    @Id
    public String id;
    public String noticeId;
    public String workerId;
    public String enterpriseId;
    public ResponseKind kind;
    public ResponseStatus status;
    public Map<String, Object> fields;
    public BigDecimal amount;
    public String note;
    public String activeKey;
    public String idempotencyKey;
    /** The console user who answered for an enterprise. */
    public String submittedBy;
    /** Booking order for seats and places: the waitlist is served by it. */
    public long seq;
    /** The worker was answered "waitlisted": a later promotion must be pushed to them. */
    public boolean toldWaitlisted;
    public Instant createdAt;
    public Instant updatedAt;
    public String reviewedBy;
    public Instant reviewedAt;
    public String handledBy;
    public Instant boardedAt;
    public Instant arrivedAt;
    @Version
    public Long version;

    public Response toResponse() {
        return new Response(id, noticeId, workerId, enterpriseId, kind, status, fields, amount, note, null,
                createdAt, updatedAt, reviewedBy, reviewedAt, boardedAt, arrivedAt, null);
    }
}
