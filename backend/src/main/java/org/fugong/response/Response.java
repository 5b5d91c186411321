package org.fugong.response;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fugong.notice.ResponseKind;
import org.fugong.worker.WorkerSummary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A response as the API and the console show it. {@code worker} is filled for officials only;
 * {@code waitlistPosition} (1 = next) only while waitlisted for a seat or place.
 */
public record Response(@Schema(requiredMode = REQUIRED) String id,
                       @Schema(requiredMode = REQUIRED) String noticeId,
                       @Schema(description = "the worker who responded; null for an enterprise's response") String workerId,
                       @Schema(description = "the enterprise that responded, through its HR users") String enterpriseId,
                       @Schema(requiredMode = REQUIRED, allowableValues = {"RSVP", "APPLY", "SEAT_BOOKING", "SUBSIDY_APPLICATION"})
                       ResponseKind kind,
                       @Schema(requiredMode = REQUIRED) ResponseStatus status,
                       @Schema(implementation = ResponseFieldSchemas.ResponseFields.class) Map<String, Object> fields,
                       @Schema(description = "the subsidy in yuan, worked out from the policy") BigDecimal amount,
                       @Schema(description = "the reviewer's note to the worker") String note,
                       @Schema(description = "the place on the waitlist, 1 being next; only while WAITLISTED")
                       Integer waitlistPosition,
                       @Schema(requiredMode = REQUIRED) Instant createdAt,
                       @Schema(requiredMode = REQUIRED) Instant updatedAt,
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
