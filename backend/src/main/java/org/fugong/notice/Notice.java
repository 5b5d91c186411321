package org.fugong.notice;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.worker.Audience;

import java.time.Instant;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A notice as the API and the console show it. {@code stats} and {@code acknowledgements} are only
 * filled where the caller asked for the console's detail view.
 */
public record Notice(@Schema(requiredMode = REQUIRED) String id,
                     @Schema(requiredMode = REQUIRED) NoticeType type,
                     @Schema(requiredMode = REQUIRED) LocalizedText title,
                     @Schema(requiredMode = REQUIRED) LocalizedText body,
                     @Schema(requiredMode = REQUIRED) Audience audience,
                     @Schema(requiredMode = REQUIRED) ResponseKind responseKind,
                     Instant respondBy,
                     Instant expiresAt,
                     Instant scheduledAt,
                     @Schema(description = "the facts of a JOB_FAIR notice; null for other types") JobFair jobFair,
                     @Schema(description = "the facts of a RETURN_BUS notice; null for other types") ReturnBus returnBus,
                     @Schema(description = "the facts of a POLICY notice; null for other types") Policy policy,
                     @Schema(description = "the facts of a JOB_POSTING notice; null for other types") JobPosting jobPosting,
                     @Schema(requiredMode = REQUIRED) NoticeStatus status,
                     @Schema(requiredMode = REQUIRED) String authorId,
                     String approverId,
                     String reviewComment,
                     @Schema(requiredMode = REQUIRED) Instant createdAt,
                     @Schema(requiredMode = REQUIRED) Instant updatedAt,
                     Instant submittedAt,
                     Instant publishedAt,
                     Instant recalledAt,
                     @Schema(description = "delivery figures, for console users only") NoticeStats stats,
                     List<Acknowledgement> acknowledgements) {

    public Notice withStats(NoticeStats stats) {
        return new Notice(id, type, title, body, audience, responseKind, respondBy, expiresAt, scheduledAt, jobFair,
                returnBus, policy, jobPosting, status, authorId, approverId, reviewComment, createdAt, updatedAt,
                submittedAt, publishedAt, recalledAt, stats, acknowledgements);
    }

    public Notice withAcknowledgements(List<Acknowledgement> acknowledgements) {
        return new Notice(id, type, title, body, audience, responseKind, respondBy, expiresAt, scheduledAt, jobFair,
                returnBus, policy, jobPosting, status, authorId, approverId, reviewComment, createdAt, updatedAt,
                submittedAt, publishedAt, recalledAt, stats, acknowledgements);
    }

    /** Workers may still answer: published, before the respond-by time and the expiry. */
    public boolean acceptsResponsesAt(Instant now) {
        return status == NoticeStatus.PUBLISHED && responseKind != ResponseKind.NONE
                && (respondBy == null || now.isBefore(respondBy))
                && (expiresAt == null || now.isBefore(expiresAt));
    }

    /**
     * Whether the notice goes to workers' inboxes: every notice does, but a policy that only
     * enterprises can claim, unless its author chose to tell workers too.
     */
    public boolean reachesWorkers() {
        return type != NoticeType.POLICY || policy == null || policy.reachesWorkers();
    }

    /** The enterprise a notice is about: a posting's employer. */
    public String concernedEnterpriseId() {
        return jobPosting != null ? jobPosting.enterpriseId() : null;
    }
}
