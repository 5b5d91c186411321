package org.fugong.notice;

import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.worker.Audience;

import java.time.Instant;
import java.util.List;

/**
 * A notice as the API and the console show it. {@code stats} and {@code acknowledgements} are only
 * filled where the caller asked for the console's detail view.
 */
public record Notice(String id,
                     NoticeType type,
                     LocalizedText title,
                     LocalizedText body,
                     Audience audience,
                     ResponseKind responseKind,
                     Instant respondBy,
                     Instant expiresAt,
                     Instant scheduledAt,
                     JobFair jobFair,
                     ReturnBus returnBus,
                     Policy policy,
                     JobPosting jobPosting,
                     NoticeStatus status,
                     String authorId,
                     String approverId,
                     String reviewComment,
                     Instant createdAt,
                     Instant updatedAt,
                     Instant submittedAt,
                     Instant publishedAt,
                     Instant recalledAt,
                     NoticeStats stats,
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
