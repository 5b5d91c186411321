package org.fugong.notice.internal;

import org.fugong.notice.InboxFollowUp;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * A worker's inbox entries for the notices published in one month ({@code _id} = workerId:yyyyMM,
 * UTC), keyed by notice id: the delivery ledger and the worker's feed. Reading an inbox is a read
 * of a few such documents by key; giving, reading or answering an entry is an update of one by key.
 */
@Document("inboxBuckets")
public class InboxBucketDocument {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM").withZone(ZoneOffset.UTC);

    @Id
    public String id;
    /** Entries by notice id. */
    public Map<String, Entry> e;

    /**
     * One notice in a worker's inbox.
     *
     * @param p  when it was published (its place in the inbox)
     * @param a  its latest activity for the worker: published, or a decision on their response
     * @param r  when the worker first read it
     * @param u  shown unread again since (a decision to see), though read before
     * @param ri the worker's latest response to it
     * @param rs that response's status
     * @param f  the latest follow-up check asked about it (the trip the worker arrived by)
     */
    public record Entry(Instant p, Instant a, Instant r, Boolean u, String ri, String rs, InboxFollowUp f) {

        public Instant readAt() {
            return Boolean.TRUE.equals(u) ? null : r;
        }
    }

    public static String id(String workerId, Instant publishedAt) {
        return workerId + ":" + MONTH.format(publishedAt);
    }

    public static String workerOf(String bucketId) {
        return bucketId.substring(0, bucketId.indexOf(':'));
    }

    /** The field path of a notice's entry. */
    public static String entry(String noticeId) {
        return "e." + noticeId;
    }
}
