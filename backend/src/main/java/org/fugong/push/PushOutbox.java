package org.fugong.push;

import org.fugong.push.internal.PushOutboxDocument;
import org.fugong.worker.PushTarget;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The durable queue of pushes to particular workers, and of retries. It holds only what is still to
 * be sent (sent entries are deleted; the ledger keeps what happened), so claiming scans a small
 * collection.
 */
@Component
class PushOutbox {

    private final MongoTemplate mongo;
    private final Clock clock;

    PushOutbox(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(PushOutboxDocument.class).createIndex(new Index().on("leaseUntil", Sort.Direction.ASC));
    }

    /** Queues a telling; false when this event was queued already. */
    boolean tell(String key, String noticeId, PushKind kind, PushSender.Words words,
                 List<Recipient> recipients) {
        PushOutboxDocument doc = new PushOutboxDocument();
        doc.id = key;
        doc.noticeId = noticeId;
        doc.kind = kind;
        doc.title = words.title();
        doc.body = words.body();
        doc.recipients = recipients;
        doc.attempt = 1;
        doc.createdAt = clock.instant();
        doc.leaseUntil = doc.createdAt;
        return insert(doc);
    }

    /** Queues an alert to console users' own phones; false when this event was queued already. */
    boolean tellStaff(String key, PushSender.Words words, List<String> userIds, java.util.Map<String, String> data) {
        PushOutboxDocument doc = new PushOutboxDocument();
        doc.id = key;
        doc.kind = PushKind.ALERT;
        doc.title = words.title();
        doc.body = words.body();
        doc.staffUserIds = List.copyOf(userIds);
        doc.data = java.util.Map.copyOf(data);
        doc.inboxApplied = true;
        doc.attempt = 1;
        doc.createdAt = clock.instant();
        doc.leaseUntil = doc.createdAt;
        return insert(doc);
    }

    /** Queues devices that failed for a passing reason, to be tried again at {@code notBefore}. */
    void retry(String batchId, String noticeId, PushKind kind, PushSender.Words words, List<PushTarget> targets,
               int attempt, Instant notBefore) {
        int cut = batchId.indexOf("~r");
        PushOutboxDocument doc = new PushOutboxDocument();
        doc.id = (cut < 0 ? batchId : batchId.substring(0, cut)) + "~r" + attempt;
        doc.noticeId = noticeId;
        doc.kind = kind;
        doc.title = words.title();
        doc.body = words.body();
        doc.targets = targets;
        doc.attempt = attempt;
        doc.createdAt = clock.instant();
        doc.leaseUntil = notBefore;
        insert(doc);
    }

    private boolean insert(PushOutboxDocument doc) {
        try {
            mongo.insert(doc);
            return true;
        } catch (DuplicateKeyException queuedBefore) {
            return false;
        }
    }

    /** The next entry due, leased to this node. */
    PushOutboxDocument claim(String node, Duration lease) {
        Instant now = clock.instant();
        return mongo.findAndModify(Query.query(where("leaseUntil").lte(now)).with(Sort.by("leaseUntil")),
                new Update().set("leaseOwner", node).set("leaseUntil", now.plus(lease)),
                FindAndModifyOptions.options().returnNew(true), PushOutboxDocument.class);
    }

    void inboxApplied(String id) {
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("inboxApplied", true), PushOutboxDocument.class);
    }

    void done(String id) {
        mongo.remove(Query.query(where("_id").is(id)), PushOutboxDocument.class);
    }

    /** Gives an entry back (this node stops) so another node takes it at once. */
    void release(String id) {
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("leaseUntil", clock.instant()),
                PushOutboxDocument.class);
    }

    /** How many pushes wait (sent or retried later); for tests and the console. */
    long waiting() {
        return mongo.count(new Query(), PushOutboxDocument.class);
    }
}
