package org.fugong.notice;

import org.bson.types.ObjectId;
import org.fugong.base.BulkInserts;
import org.fugong.base.Cursor;
import org.fugong.base.CursorPage;
import org.fugong.base.NotFoundException;
import org.fugong.base.Paging;
import org.fugong.base.Texts;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Workers' inboxes: the source of truth of who a notice reached. A worker who missed the push still
 * finds the notice here; a notice is visible to a worker only through an entry.
 */
@Service
public class InboxService {

    private static final int SUMMARY_LENGTH = 120;

    private final MongoTemplate mongo;
    private final Clock clock;

    InboxService(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        var ops = mongo.indexOps(InboxEntryDocument.class);
        ops.createIndex(new Index().on("workerId", Sort.Direction.ASC).on("activityAt", Sort.Direction.DESC)
                .on("_id", Sort.Direction.DESC));
        ops.createIndex(new Index().on("noticeId", Sort.Direction.ASC).on("readAt", Sort.Direction.ASC));
    }

    /**
     * Gives a batch of workers an entry for a notice. Entries that exist already (a resumed dispatch)
     * are left as they are.
     *
     * @return how many entries were new
     */
    public int deliver(Notice notice, List<String> workerIds) {
        if (workerIds.isEmpty()) {
            return 0;
        }
        Instant at = notice.publishedAt() != null ? notice.publishedAt() : clock.instant();
        List<InboxEntryDocument> entries = new ArrayList<>(workerIds.size());
        for (String workerId : workerIds) {
            InboxEntryDocument entry = new InboxEntryDocument();
            entry.id = InboxEntryDocument.key(notice.id(), workerId);
            entry.noticeId = notice.id();
            entry.workerId = workerId;
            entry.type = notice.type();
            entry.publishedAt = at;
            entry.activityAt = at;
            entry.respondBy = notice.respondBy();
            entry.expiresAt = notice.expiresAt();
            entries.add(entry);
        }
        return BulkInserts.insertNew(mongo, InboxEntryDocument.class, entries).size();
    }

    /** A notice to put in a worker's inbox outside its dispatch (a late sign-up). */
    record Delivery(ActiveNoticeDocument notice, String workerId) {
    }

    /**
     * Gives workers entries for active notices, in one bulk write; entries that exist already are
     * left as they are.
     *
     * @return the deliveries that were new
     */
    List<Delivery> deliverAll(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        List<InboxEntryDocument> entries = new ArrayList<>(deliveries.size());
        for (Delivery delivery : deliveries) {
            ActiveNoticeDocument notice = delivery.notice();
            InboxEntryDocument entry = new InboxEntryDocument();
            entry.id = InboxEntryDocument.key(notice.id, delivery.workerId());
            entry.noticeId = notice.id;
            entry.workerId = delivery.workerId();
            entry.type = notice.type;
            entry.publishedAt = notice.publishedAt;
            entry.activityAt = notice.publishedAt;
            entry.respondBy = notice.respondBy;
            entry.expiresAt = notice.expiresAt;
            entries.add(entry);
        }
        return BulkInserts.insertNew(mongo, InboxEntryDocument.class, entries).stream().sorted()
                .map(deliveries::get).toList();
    }

    /** The worker's inbox, most recent activity first, in their language. */
    public CursorPage<InboxItem> page(String workerId, Locale locale, Paging paging) {
        List<Criteria> and = new ArrayList<>();
        and.add(where("workerId").is(workerId));
        and.add(where("recalled").is(false));
        if (paging.hasCursor()) {
            Instant at = Instant.ofEpochMilli(paging.cursor().longPart(0));
            String id = paging.cursor().part(1);
            and.add(new Criteria().orOperator(where("activityAt").lt(at),
                    new Criteria().andOperator(where("activityAt").is(at), where("_id").lt(id))));
        }
        Query query = new Query(new Criteria().andOperator(and))
                .with(Sort.by(Sort.Order.desc("activityAt"), Sort.Order.desc("_id")))
                .limit(paging.limit() + 1);
        List<InboxEntryDocument> entries = mongo.find(query, InboxEntryDocument.class);
        CursorPage<InboxEntryDocument> page = CursorPage.of(entries, paging.limit(),
                e -> Cursor.of(String.valueOf(e.activityAt.toEpochMilli()), e.id));
        Map<String, Notice> notices = mongo.find(Query.query(where("_id").in(page.items().stream()
                        .map(e -> e.noticeId).filter(ObjectId::isValid).distinct().map(ObjectId::new).toList())),
                NoticeDocument.class).stream().map(NoticeDocument::toNotice)
                .collect(Collectors.toMap(Notice::id, n -> n));
        List<InboxItem> items = page.items().stream()
                .filter(e -> notices.containsKey(e.noticeId) && notices.get(e.noticeId).status() == NoticeStatus.PUBLISHED)
                .map(e -> {
                    Notice n = notices.get(e.noticeId);
                    return new InboxItem(e.noticeId, e.type, n.title().in(locale),
                            Texts.abbreviate(n.body().in(locale), SUMMARY_LENGTH), e.publishedAt, e.readAt,
                            e.respondBy, e.activityAt, e.responseId, e.responseStatus);
                })
                .toList();
        return new CursorPage<>(items, page.nextCursor());
    }

    /** Whether a notice reached this worker. */
    public boolean isDelivered(String noticeId, String workerId) {
        return mongo.exists(Query.query(where("_id").is(InboxEntryDocument.key(noticeId, workerId))), InboxEntryDocument.class);
    }

    /** Marks the notice read for this worker (idempotent); 404 if it never reached them. */
    public void markRead(String noticeId, String workerId) {
        String key = InboxEntryDocument.key(noticeId, workerId);
        var result = mongo.updateFirst(Query.query(where("_id").is(key).and("readAt").is(null)),
                new Update().set("readAt", clock.instant()), InboxEntryDocument.class);
        if (result.getMatchedCount() == 0 && !mongo.exists(Query.query(where("_id").is(key)), InboxEntryDocument.class)) {
            throw new NotFoundException("notice", noticeId);
        }
    }

    /**
     * Shows the latest state of the worker's response on their inbox entry; with {@code surface} the
     * entry becomes unread and moves to the top (a decision they should see).
     */
    public void recordResponse(String noticeId, String workerId, String responseId, String status, boolean surface) {
        Update update = new Update().set("responseId", responseId).set("responseStatus", status);
        if (surface) {
            update.set("activityAt", clock.instant()).set("readAt", null);
        }
        mongo.updateFirst(Query.query(where("_id").is(InboxEntryDocument.key(noticeId, workerId))), update,
                InboxEntryDocument.class);
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
        Query stale = Query.query(where("_id").is(InboxEntryDocument.key(noticeId, workerId))
                .orOperator(where("responseId").ne(responseId), where("responseStatus").ne(status)));
        Update update = new Update().set("responseId", responseId).set("responseStatus", status);
        if (decidedAt != null) {
            update.max("activityAt", decidedAt).set("readAt", null);
        }
        return mongo.updateFirst(stale, update, InboxEntryDocument.class).getModifiedCount() > 0;
    }

    /** Hides a recalled notice from every inbox. */
    void recall(String noticeId) {
        mongo.updateMulti(Query.query(where("noticeId").is(noticeId)), new Update().set("recalled", true),
                InboxEntryDocument.class);
    }

    /** Workers a notice reached, in id order after {@code afterWorkerId}: for follow-up pushes. */
    public List<String> recipientsAfter(String noticeId, String afterWorkerId, int limit) {
        Criteria criteria = where("noticeId").is(noticeId);
        if (afterWorkerId != null) {
            criteria = criteria.and("_id").gt(InboxEntryDocument.key(noticeId, afterWorkerId));
        }
        Query query = new Query(criteria).with(Sort.by("_id")).limit(limit);
        query.fields().include("workerId");
        return mongo.find(query, InboxEntryDocument.class).stream().map(e -> e.workerId).toList();
    }

    long targeted(String noticeId) {
        return mongo.count(Query.query(where("noticeId").is(noticeId)), InboxEntryDocument.class);
    }

    long read(String noticeId) {
        return mongo.count(Query.query(where("noticeId").is(noticeId).and("readAt").ne(null)), InboxEntryDocument.class);
    }

    /** Distinct workers reached by any of these notices (the briefing's "job seekers reached"). */
    public long distinctRecipients(List<String> noticeIds) {
        if (noticeIds.isEmpty()) {
            return 0;
        }
        return mongo.findDistinct(Query.query(where("noticeId").in(noticeIds)), "workerId", InboxEntryDocument.class,
                String.class).size();
    }
}
