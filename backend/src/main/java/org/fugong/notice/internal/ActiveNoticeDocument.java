package org.fugong.notice.internal;

import org.fugong.notice.Notice;
import org.fugong.base.NoticeType;
import org.fugong.worker.Audience;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A published notice that workers can still be given: in the {@code activeNotices} collection from
 * its publication until it is recalled or expires. Late sign-ups are matched against these few
 * documents, never against the whole history of notices.
 */
@Document("activeNotices")
public class ActiveNoticeDocument {
    @Id
    public String id;
    public NoticeType type;
    public Audience audience;
    public Instant publishedAt;
    public Instant respondBy;
    public Instant expiresAt;

    public static ActiveNoticeDocument of(Notice notice) {
        ActiveNoticeDocument doc = new ActiveNoticeDocument();
        doc.id = notice.id();
        doc.type = notice.type();
        doc.audience = notice.audience();
        doc.publishedAt = notice.publishedAt();
        doc.respondBy = notice.respondBy();
        doc.expiresAt = notice.expiresAt();
        return doc;
    }

    public boolean liveAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }
}
