package org.fugong.notice;

import org.fugong.notice.internal.InboxNotices;
import org.fugong.notice.internal.ActiveNoticeDocument;
import org.fugong.notice.internal.InboxBucketDocument;
import org.fugong.notice.internal.NoticeDocument;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.fugong.base.InLists;
import org.fugong.base.Cursor;
import org.fugong.base.CursorPage;
import org.fugong.base.NotFoundException;
import org.fugong.base.Paging;
import org.fugong.base.Plumbing;
import org.fugong.base.Texts;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Workers' inboxes: the source of truth of who a notice reached. A worker who missed the push still
 * finds the notice here; a notice is visible to a worker only through an entry. Entries live in one
 * document per worker and month of publication ({@link InboxBucketDocument}), so every read and
 * write is by key, on the embedded server as on a sharded cluster.
 */
@Service
public class InboxService {

    private static final int SUMMARY_LENGTH = 120;
    /** The months of publication an inbox shows: this one and the twelve before. */
    static final int MONTHS_SHOWN = 13;

    private final MongoTemplate mongo;
    private final NoticeCounters counters;
    private final Clock clock;
    private final InboxNotices inboxNotices;

    InboxService(MongoTemplate mongo, NoticeCounters counters, Clock clock, InboxNotices inboxNotices) {
        this.mongo = mongo;
        this.counters = counters;
        this.clock = clock;
        this.inboxNotices = inboxNotices;
    }

    /**
     * Gives a batch of workers an entry for a notice, in one bulk write. Entries that exist already (a
     * resumed dispatch, a worker given it at sign-up) are left as they are.
     *
     * @return how many entries were new
     */
    @Plumbing
    public int deliver(Notice notice, List<String> workerIds) {
        if (workerIds.isEmpty()) {
            return 0;
        }
        Instant at = notice.publishedAt() != null ? notice.publishedAt() : clock.instant();
        BulkWriteResult result = give(notice.id(), at, workerIds.stream().map(InboxBucketDocument.ids(at)).toList());
        int fresh = result.getUpserts().size() + result.getModifiedCount();
        counters.addTargeted(notice.id(), fresh);
        return fresh;
    }

    /** A notice to put in a worker's inbox outside its dispatch (a late sign-up). */
    record Delivery(ActiveNoticeDocument notice, String workerId) {

        String bucket() {
            return InboxBucketDocument.id(workerId, notice.publishedAt);
        }
    }

    /**
     * Gives workers entries for active notices: reads their buckets to see what they lack, then writes
     * that in one bulk write.
     *
     * @return the deliveries that were new
     */
    List<Delivery> deliverAll(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        Map<String, InboxBucketDocument> buckets = buckets(deliveries.stream().map(Delivery::bucket).distinct().toList());
        List<Delivery> missing = deliveries.stream().filter(d -> {
            InboxBucketDocument bucket = buckets.get(d.bucket());
            return bucket == null || bucket.e == null || bucket.e.get(d.notice().id) == null;
        }).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        // one bulk write per notice, so its result counts exactly the entries that were new for that
        // notice, even when a dispatch gives some of them at the same moment
        missing.stream().collect(Collectors.groupingBy(d -> d.notice().id)).forEach((noticeId, forNotice) -> {
            BulkWriteResult result = give(noticeId, forNotice.get(0).notice().publishedAt,
                    forNotice.stream().map(Delivery::bucket).toList());
            counters.addTargeted(noticeId, result.getUpserts().size() + result.getModifiedCount());
        });
        return missing;
    }

    /**
     * Creates a notice's entry in each bucket, or leaves an existing one as it is ($max of the same time
     * changes nothing), in one unordered bulk write. Its activity is its publication until something
     * happens to it ({@code a} is written then). Written as plain documents: the update's shape is fixed,
     * and mapping it through Spring Data took a sixth of a fan-out's CPU (decision 48).
     */
    private BulkWriteResult give(String noticeId, Instant publishedAt, List<String> bucketIds) {
        Document update = new Document("$max", new Document(InboxBucketDocument.entry(noticeId) + ".p", Date.from(publishedAt)));
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        List<UpdateOneModel<Document>> writes = new ArrayList<>(bucketIds.size());
        bucketIds.forEach(id -> writes.add(new UpdateOneModel<>(new Document("_id", id), update, upsert)));
        return mongo.getCollection(mongo.getCollectionName(InboxBucketDocument.class))
                .bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    /** The worker's inbox, most recent activity first, in their language. */
    public CursorPage<InboxItem> page(String workerId, Locale locale, Paging paging) {
        YearMonth month = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        List<String> ids = new ArrayList<>(MONTHS_SHOWN);
        for (int i = 0; i < MONTHS_SHOWN; i++) {
            ids.add(InboxBucketDocument.id(workerId, month.minusMonths(i)));
        }
        List<Map.Entry<String, InboxBucketDocument.Entry>> entries = new ArrayList<>();
        for (InboxBucketDocument bucket : buckets(ids).values()) {
            if (bucket.e != null) {
                bucket.e.entrySet().stream().filter(e -> e.getValue() != null && e.getValue().p() != null)
                        .forEach(entries::add);
            }
        }
        Comparator<Map.Entry<String, InboxBucketDocument.Entry>> newestFirst = Comparator
                .comparing((Map.Entry<String, InboxBucketDocument.Entry> e) -> activity(e.getValue()))
                .thenComparing(Map.Entry::getKey).reversed();
        entries.sort(newestFirst);
        if (paging.hasCursor()) {
            Instant at = Instant.ofEpochMilli(paging.cursor().longPart(0));
            String after = paging.cursor().part(1);
            entries.removeIf(e -> {
                int byTime = activity(e.getValue()).toEpochMilli() > at.toEpochMilli() ? 1
                        : activity(e.getValue()).toEpochMilli() < at.toEpochMilli() ? -1 : 0;
                return byTime > 0 || byTime == 0 && e.getKey().compareTo(after) >= 0;
            });
        }
        CursorPage<Map.Entry<String, InboxBucketDocument.Entry>> page = CursorPage.of(
                entries.subList(0, Math.min(entries.size(), paging.limit() + 1)), paging.limit(),
                e -> Cursor.of(String.valueOf(activity(e.getValue()).toEpochMilli()), e.getKey()));
        Map<String, InboxNotices.View> notices = inboxNotices.published(page.items().stream().map(Map.Entry::getKey).toList());
        List<InboxItem> items = page.items().stream()
                .filter(e -> notices.containsKey(e.getKey()))
                .map(e -> {
                    InboxNotices.View n = notices.get(e.getKey());
                    InboxBucketDocument.Entry entry = e.getValue();
                    return new InboxItem(n.id(), n.type(), n.title().in(locale),
                            Texts.abbreviate(n.body().in(locale), SUMMARY_LENGTH), entry.p(), entry.readAt(),
                            n.respondBy(), activity(entry), entry.ri(), entry.rs(), entry.f());
                })
                .toList();
        return new CursorPage<>(items, page.nextCursor());
    }

    private static Instant activity(InboxBucketDocument.Entry entry) {
        return entry.a() != null ? entry.a() : entry.p();
    }

    /** Whether a notice reached this worker. */
    public boolean isDelivered(Notice notice, String workerId) {
        return notice.publishedAt() != null && entryOf(notice.id(), notice.publishedAt(), workerId) != null;
    }

    /** Whether a notice (by id) reached this worker. */
    public boolean isDelivered(String noticeId, String workerId) {
        Instant publishedAt = publishedAt(noticeId);
        return publishedAt != null && entryOf(noticeId, publishedAt, workerId) != null;
    }

    private InboxBucketDocument.Entry entryOf(String noticeId, Instant publishedAt, String workerId) {
        Query query = byId(InboxBucketDocument.id(workerId, publishedAt));
        query.fields().include(InboxBucketDocument.entry(noticeId));
        InboxBucketDocument bucket = mongo.findOne(query, InboxBucketDocument.class);
        InboxBucketDocument.Entry entry = bucket == null || bucket.e == null ? null : bucket.e.get(noticeId);
        return entry == null || entry.p() == null ? null : entry;
    }

    /** Marks the notice read for this worker (idempotent); 404 if it never reached them. */
    public void markRead(String noticeId, String workerId) {
        Instant publishedAt = publishedAt(noticeId);
        if (publishedAt == null || entryOf(noticeId, publishedAt, workerId) == null) {
            throw new NotFoundException("notice", noticeId);
        }
        String entry = InboxBucketDocument.entry(noticeId);
        Query query = byId(InboxBucketDocument.id(workerId, publishedAt));
        query.fields().include(entry);
        InboxBucketDocument before = mongo.findAndModify(query,
                new Update().min(entry + ".r", clock.instant()).unset(entry + ".u"),
                FindAndModifyOptions.options().returnNew(false), InboxBucketDocument.class);
        InboxBucketDocument.Entry was = before == null || before.e == null ? null : before.e.get(noticeId);
        if (was != null && was.r() == null) {
            counters.addRead(noticeId, 1);
        }
    }

    /**
     * Shows the latest state of the worker's response on their inbox entry; with {@code surface} the
     * entry becomes unread and moves to the top (a decision they should see).
     */
    public void recordResponse(Notice notice, String workerId, String responseId, String status, boolean surface) {
        if (notice.publishedAt() == null || workerId == null) {
            return;
        }
        String entry = InboxBucketDocument.entry(notice.id());
        Update update = new Update().set(entry + ".ri", responseId).set(entry + ".rs", status);
        if (surface) {
            update.set(entry + ".a", clock.instant()).set(entry + ".u", true);
        }
        // by key, no upsert: a response exists only where its notice reached the worker
        mongo.updateFirst(byId(InboxBucketDocument.id(workerId, notice.publishedAt())), update, InboxBucketDocument.class);
    }

    /**
     * Shows a follow-up check on the worker's entry for the trip they arrived by (asked, or answered);
     * the push that asks it moves the entry to the top, through {@code WorkerNotifier}.
     */
    public void recordFollowUp(Notice notice, String workerId, InboxFollowUp check) {
        if (notice.publishedAt() == null || workerId == null) {
            return;
        }
        // by key, no upsert: a trip is in the inbox of whoever booked it
        mongo.updateFirst(byId(InboxBucketDocument.id(workerId, notice.publishedAt())),
                new Update().set(InboxBucketDocument.entry(notice.id()) + ".f", check), InboxBucketDocument.class);
    }

    /**
     * Makes the worker's entry show this response and status if it does not (a crash cut the write
     * between the response and its entry). A decision the entry never showed brings it back to the
     * top, unread, as {@link #recordResponse} would have.
     *
     * @param decidedAt when an official decided on the response, or null
     * @return whether the entry had to change
     */
    public boolean mendResponse(String noticeId, String workerId, String responseId, String status, Instant decidedAt) {
        Instant publishedAt = publishedAt(noticeId);
        InboxBucketDocument.Entry entry = publishedAt == null ? null : entryOf(noticeId, publishedAt, workerId);
        if (entry == null || responseId.equals(entry.ri()) && status.equals(entry.rs())) {
            return false;
        }
        String path = InboxBucketDocument.entry(noticeId);
        Update update = new Update().set(path + ".ri", responseId).set(path + ".rs", status);
        if (decidedAt != null) {
            update.max(path + ".a", decidedAt).set(path + ".u", true);
        }
        return mongo.updateFirst(byId(InboxBucketDocument.id(workerId, publishedAt)), update, InboxBucketDocument.class)
                .getModifiedCount() > 0;
    }

    /** Of these workers, those the notice reached (for a recall's pushes). */
    public Set<String> recipientsAmong(Notice notice, Collection<String> workerIds) {
        if (notice.publishedAt() == null || workerIds.isEmpty()) {
            return Set.of();
        }
        Map<String, InboxBucketDocument> buckets = buckets(workerIds.stream()
                .map(w -> InboxBucketDocument.id(w, notice.publishedAt())).toList());
        Set<String> reached = new HashSet<>();
        buckets.forEach((id, bucket) -> {
            if (bucket.e != null && bucket.e.get(notice.id()) != null && bucket.e.get(notice.id()).p() != null) {
                reached.add(InboxBucketDocument.workerOf(id));
            }
        });
        return reached;
    }

    long targeted(String noticeId) {
        return counters.of(noticeId).targeted;
    }

    long read(String noticeId) {
        return counters.of(noticeId).read;
    }

    /**
     * Distinct workers reached by any of these notices (the briefing's "job seekers reached"). A
     * report: it reads every inbox once.
     */
    public long distinctRecipients(List<String> noticeIds) {
        if (noticeIds.isEmpty()) {
            return 0;
        }
        Query query = new Query(new Criteria().orOperator(noticeIds.stream()
                .map(id -> where(InboxBucketDocument.entry(id) + ".p").exists(true)).toArray(Criteria[]::new)));
        query.fields().include("_id");
        return mongo.find(query, InboxBucketDocument.class).stream()
                .map(b -> InboxBucketDocument.workerOf(b.id)).distinct().count();
    }

    private Map<String, InboxBucketDocument> buckets(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, InboxBucketDocument> byId = new LinkedHashMap<>();
        for (List<String> slice : InLists.of(ids)) {
            // read as stored and decoded by hand: the mapping layer cost more than the read (decision 47)
            mongo.find(Query.query(where("_id").in(slice)), Document.class, InboxBucketDocument.COLLECTION)
                    .forEach(raw -> {
                        InboxBucketDocument b = InboxBucketDocument.of(raw);
                        byId.put(b.id, b);
                    });
        }
        return byId;
    }

    private Instant publishedAt(String noticeId) {
        if (!ObjectId.isValid(noticeId)) {
            return null;
        }
        Query query = Query.query(where("_id").is(new ObjectId(noticeId)));
        query.fields().include("publishedAt");
        NoticeDocument notice = mongo.findOne(query, NoticeDocument.class);
        return notice == null ? null : notice.publishedAt;
    }

    private static Query byId(String bucketId) {
        return Query.query(where("_id").is(bucketId));
    }

    /** For the migration of the old per-entry inbox: a bucket update that carries one old entry. */
    static Update carry(String noticeId, Instant publishedAt, Instant activityAt, Instant readAt, String responseId,
                        String responseStatus) {
        String entry = InboxBucketDocument.entry(noticeId);
        Update update = new Update().max(entry + ".p", publishedAt).max(entry + ".a", activityAt);
        if (readAt != null) {
            update.min(entry + ".r", readAt);
        }
        if (responseId != null) {
            update.set(entry + ".ri", responseId).set(entry + ".rs", responseStatus);
        }
        return update;
    }
}
