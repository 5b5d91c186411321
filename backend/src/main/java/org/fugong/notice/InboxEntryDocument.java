package org.fugong.notice;

import org.fugong.base.NoticeType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One targeted worker and notice ({@code _id} = noticeId:workerId, so the pair is unique and every
 * lookup is by key): the delivery ledger's row and the worker's feed item.
 */
@Document("inbox")
class InboxEntryDocument {
    @Id
    String id;
    String noticeId;
    String workerId;
    NoticeType type;
    Instant publishedAt;
    Instant activityAt;
    Instant readAt;
    Instant respondBy;
    Instant expiresAt;
    boolean recalled;
    String responseId;
    String responseStatus;

    static String key(String noticeId, String workerId) {
        return noticeId + ":" + workerId;
    }
}
