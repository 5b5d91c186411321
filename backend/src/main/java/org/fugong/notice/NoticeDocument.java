package org.fugong.notice;

import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.worker.Audience;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Document("notices")
class NoticeDocument {
    @Id
    String id;
    NoticeType type;
    LocalizedText title;
    LocalizedText body;
    Audience audience;
    ResponseKind responseKind;
    Instant respondBy;
    Instant expiresAt;
    Instant scheduledAt;
    JobFair jobFair;
    ReturnBus returnBus;
    Policy policy;
    JobPosting jobPosting;
    NoticeStatus status;
    String authorId;
    String approverId;
    String reviewComment;
    String recalledBy;
    Instant createdAt;
    Instant updatedAt;
    Instant submittedAt;
    Instant approvedAt;
    Instant publishedAt;
    Instant recalledAt;
    List<AcknowledgementEntry> acknowledgements = new ArrayList<>();
    /** The notice as it was when last rejected, with the reviewer's comment: what the next reviewer compares. */
    RejectedVersion lastRejection;
    @Version
    Long version;

    /** An acknowledgement as stored on the notice: one per enterprise and user. */
    record AcknowledgementEntry(String enterpriseId, String userId, String username, Instant at) {
    }

    /** A rejected version of the notice: its content then, who rejected it, when and why. */
    record RejectedVersion(NoticeDraft draft, String comment, String reviewerId, Instant at) {
    }

    /** The notice's content as its author wrote it. */
    NoticeDraft draft() {
        return new NoticeDraft(type, title, body, audience, responseKind, respondBy, expiresAt, scheduledAt, jobFair,
                returnBus, policy, jobPosting);
    }

    Notice toNotice() {
        return new Notice(id, type, title, body, audience, responseKind, respondBy, expiresAt, scheduledAt, jobFair,
                returnBus, policy, jobPosting, status, authorId, approverId, reviewComment, createdAt, updatedAt,
                submittedAt, publishedAt, recalledAt, null, null);
    }
}
