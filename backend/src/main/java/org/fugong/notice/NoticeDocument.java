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
    @Version
    Long version;

    /** An acknowledgement as stored on the notice: one per enterprise and user. */
    record AcknowledgementEntry(String enterpriseId, String userId, String username, Instant at) {
    }

    Notice toNotice() {
        return new Notice(id, type, title, body, audience, responseKind, respondBy, expiresAt, scheduledAt, jobFair,
                returnBus, policy, jobPosting, status, authorId, approverId, reviewComment, createdAt, updatedAt,
                submittedAt, publishedAt, recalledAt, null, null);
    }
}
