package org.fugong.notice;

import org.fugong.notice.internal.InboxBucketDocument;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Moves inboxes written before the monthly buckets (one {@code inbox} document per notice and worker)
 * into {@code inboxBuckets} at start-up, recounts the figures of the notices concerned, then drops the
 * old collection. Every write is idempotent, so a start that stops half-way simply runs it again.
 */
@Component
class InboxMigration {

    private static final Logger log = LoggerFactory.getLogger(InboxMigration.class);
    private static final String OLD = "inbox";
    private static final int CHUNK = 1000;

    private final MongoTemplate mongo;
    private final NoticeCounters counters;

    InboxMigration(MongoTemplate mongo, NoticeCounters counters) {
        this.mongo = mongo;
        this.counters = counters;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void migrate() {
        if (!mongo.collectionExists(OLD) || mongo.getCollection(OLD).estimatedDocumentCount() == 0) {
            return;
        }
        Map<String, long[]> tally = new HashMap<>();
        BulkOperations bulk = null;
        int pending = 0;
        long moved = 0;
        for (Document old : mongo.getCollection(OLD).find()) {
            String noticeId = old.getString("noticeId");
            String workerId = old.getString("workerId");
            Instant publishedAt = instant(old.get("publishedAt"));
            if (noticeId == null || workerId == null || publishedAt == null) {
                continue;
            }
            Instant activityAt = instant(old.get("activityAt"));
            Instant readAt = instant(old.get("readAt"));
            if (bulk == null) {
                bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, InboxBucketDocument.class);
            }
            bulk.upsert(Query.query(where("_id").is(InboxBucketDocument.id(workerId, publishedAt))),
                    InboxService.carry(noticeId, publishedAt, activityAt == null ? publishedAt : activityAt, readAt,
                            old.getString("responseId"), old.getString("responseStatus")));
            long[] counts = tally.computeIfAbsent(noticeId, n -> new long[2]);
            counts[0]++;
            if (readAt != null) {
                counts[1]++;
            }
            moved++;
            if (++pending == CHUNK) {
                bulk.execute();
                bulk = null;
                pending = 0;
            }
        }
        if (bulk != null) {
            bulk.execute();
        }
        tally.forEach((noticeId, counts) -> counters.reset(noticeId, counts[0], counts[1]));
        mongo.dropCollection(OLD);
        log.info("Moved {} inbox entries of {} notices into monthly inbox buckets", moved, tally.size());
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : null;
    }
}
