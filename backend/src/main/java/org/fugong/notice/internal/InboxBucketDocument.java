package org.fugong.notice.internal;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.fugong.notice.InboxFollowUp;
import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A worker's inbox entries for the notices published in one month ({@code _id} = workerId:yyyyMM,
 * UTC), keyed by notice id: the delivery ledger and the worker's feed. Reading an inbox is a read
 * of a few such documents by key; giving, reading or answering an entry is an update of one by key.
 */
@org.springframework.data.mongodb.core.mapping.Document(InboxBucketDocument.COLLECTION)
public class InboxBucketDocument {

    public static final String COLLECTION = "inboxBuckets";

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

    /**
     * A bucket as stored, read without the mapping layer (the inbox page's hot path, decision 47): the
     * same fields as the mapped class, written by the same updates.
     */
    public static InboxBucketDocument of(Document raw) {
        InboxBucketDocument bucket = new InboxBucketDocument();
        bucket.id = raw.getString("_id");
        Document entries = raw.get("e", Document.class);
        if (entries != null) {
            bucket.e = new LinkedHashMap<>(entries.size() * 2);
            entries.forEach((noticeId, value) -> bucket.e.put(noticeId, value instanceof Document d ? entry(d) : null));
        }
        return bucket;
    }

    private static Entry entry(Document d) {
        Document f = d.get("f", Document.class);
        return new Entry(instant(d, "p"), instant(d, "a"), instant(d, "r"), d.getBoolean("u"), d.getString("ri"),
                d.getString("rs"), f == null ? null : new InboxFollowUp(idOf(f),
                        f.get("day") instanceof Number n ? n.intValue() : 0, instant(f, "askedAt"), instant(f, "answeredAt")));
    }

    /** A nested record's {@code id} is stored as {@code _id}, an ObjectId when its text is one (as the mapping does). */
    private static String idOf(Document d) {
        Object id = d.get("_id");
        return id instanceof ObjectId oid ? oid.toHexString() : (String) id;
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }

    public static String id(String workerId, Instant publishedAt) {
        return workerId + ":" + MONTH.format(publishedAt);
    }

    /**
     * Names the buckets of many workers for one moment, formatting its month once (a fan-out names
     * 500 a batch): {@code ids(at).apply(workerId)} equals {@link #id(String, Instant) id(workerId, at)}.
     */
    public static java.util.function.UnaryOperator<String> ids(Instant publishedAt) {
        String month = ":" + MONTH.format(publishedAt);
        return workerId -> workerId + month;
    }

    /**
     * The bucket of a worker's month (UTC), named as {@link #id(String, Instant)} names it, without a
     * formatter: every inbox page names thirteen, and formatting them cost more than reading them.
     */
    public static String id(String workerId, YearMonth month) {
        int year = month.getYear();
        return year >= 1000 && year <= 9999 ? workerId + ":" + (year * 100 + month.getMonthValue())
                : workerId + ":" + MONTH.format(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public static String workerOf(String bucketId) {
        return bucketId.substring(0, bucketId.indexOf(':'));
    }

    /** The field path of a notice's entry. */
    public static String entry(String noticeId) {
        return "e." + noticeId;
    }
}
