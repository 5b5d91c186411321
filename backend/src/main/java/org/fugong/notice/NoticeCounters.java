package org.fugong.notice;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.fugong.notice.internal.NoticeCountersDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A notice's delivery figures as counters kept up as things happen (inbox entries given, first reads,
 * push outcomes), so reading them is one document by key however large the audience. The push
 * feature adds its outcomes here. The increments a fan-out makes for every batch are plain
 * {@code $inc} updates (decision 70): nothing is read back and nothing is mapped per write.
 */
@Component
public class NoticeCounters {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoTemplate mongo;

    NoticeCounters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void addTargeted(String noticeId, long n) {
        if (n != 0) {
            increment(noticeId, new Document("targeted", n));
        }
    }

    void addRead(String noticeId, long n) {
        if (n != 0) {
            increment(noticeId, new Document("read", n));
        }
    }

    /** Push outcomes of a notice's own fan-out: sent (or simulated), failed, and dead tokens found. */
    public void addPushes(String noticeId, long sent, long failed, long invalidTokens) {
        if (sent == 0 && failed == 0 && invalidTokens == 0) {
            return;
        }
        increment(noticeId, new Document("sent", sent).append("failed", failed).append("invalidTokens", invalidTokens));
    }

    /** Sets the inbox figures to a recount (after a migration). */
    void reset(String noticeId, long targeted, long read) {
        mongo.upsert(Query.query(where("_id").is(noticeId)), new Update().set("targeted", targeted).set("read", read),
                NoticeCountersDocument.class);
    }

    /** Sets the push figures to a recount (after a migration). */
    public void resetPushes(String noticeId, long sent, long failed, long invalidTokens) {
        mongo.upsert(Query.query(where("_id").is(noticeId)),
                new Update().set("sent", sent).set("failed", failed).set("invalidTokens", invalidTokens),
                NoticeCountersDocument.class);
    }

    NoticeCountersDocument of(String noticeId) {
        NoticeCountersDocument doc = mongo.findById(noticeId, NoticeCountersDocument.class);
        return doc != null ? doc : new NoticeCountersDocument();
    }

    /** Adds to the notice's counters, creating its document at the first count. */
    private void increment(String noticeId, Document amounts) {
        counters().updateOne(new Document("_id", storedId(noticeId)), new Document("$inc", amounts), UPSERT);
    }

    /** The id as Spring Data stores it (and {@link #of} finds it): an object id when it reads as one. */
    static Object storedId(String noticeId) {
        return ObjectId.isValid(noticeId) ? new ObjectId(noticeId) : noticeId;
    }

    private MongoCollection<Document> counters() {
        return mongo.getCollection(mongo.getCollectionName(NoticeCountersDocument.class));
    }
}
