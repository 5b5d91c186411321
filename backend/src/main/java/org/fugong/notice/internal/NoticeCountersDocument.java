package org.fugong.notice.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The counters of one notice ({@code noticeCounters}, by notice id). */
@Document("noticeCounters")
public class NoticeCountersDocument {
    @Id
    public String noticeId;
    public long targeted;
    public long read;
    public long sent;
    public long failed;
    public long invalidTokens;
}
