package org.fugong.notice.internal;

import org.fugong.notice.JobFair;
import org.fugong.notice.JobPosting;
import org.fugong.notice.NoticeStatus;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.Notice;
import org.fugong.notice.Policy;
import org.fugong.notice.ReturnBus;
import org.fugong.notice.ResponseKind;
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
public class NoticeDocument {
    @Id
    public String id;
    public NoticeType type;
    public LocalizedText title;
    public LocalizedText body;
    public Audience audience;
    public ResponseKind responseKind;
    public Instant respondBy;
    public Instant expiresAt;
    public Instant scheduledAt;
    public JobFair jobFair;
    public ReturnBus returnBus;
    public Policy policy;
    public JobPosting jobPosting;
    public NoticeStatus status;
    public String authorId;
    public String approverId;
    public String reviewComment;
    public String recalledBy;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant submittedAt;
    public Instant approvedAt;
    public Instant publishedAt;
    public Instant recalledAt;
    public List<AcknowledgementEntry> acknowledgements = new ArrayList<>();
    /** The notice as it was when last rejected, with the reviewer's comment: what the next reviewer compares. */
    public RejectedVersion lastRejection;
    @Version
    public Long version;

    /** An acknowledgement as stored on the notice: one per enterprise and user. */
    public record AcknowledgementEntry(String enterpriseId, String userId, String username, Instant at) {
    }

    /** A rejected version of the notice: its content then, who rejected it, when and why. */
    public record RejectedVersion(NoticeDraft draft, String comment, String reviewerId, Instant at) {
    }

    /** The notice's content as its author wrote it. */
    public NoticeDraft draft() {
        return new NoticeDraft(type, title, body, audience, responseKind, respondBy, expiresAt, scheduledAt, jobFair,
                returnBus, policy, jobPosting);
    }

    public Notice toNotice() {
        return new Notice(id, type, title, body, audience, responseKind, respondBy, expiresAt, scheduledAt, jobFair,
                returnBus, policy, jobPosting, status, authorId, approverId, reviewComment, createdAt, updatedAt,
                submittedAt, publishedAt, recalledAt, null, null);
    }
}
