package org.fugong.notice;

import org.fugong.notice.internal.NoticeCountersDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A notice's delivery figures as counters kept up as things happen (inbox entries given, first reads,
 * push outcomes), so reading them is one document by key however large the audience. The push
 * feature adds its outcomes here. The increments a fan-out makes for every batch are upserts that read
 * nothing back (decision 70).
 */
@Component
public class NoticeCounters {

    private final MongoTemplate mongo;

    NoticeCounters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void addTargeted(String noticeId, long n) {
        if (n != 0) {
            increment(noticeId, new Update().inc("targeted", n));
        }
    }

    void addRead(String noticeId, long n) {
        if (n != 0) {
            increment(noticeId, new Update().inc("read", n));
        }
    }

    /** Push outcomes of a notice's own fan-out: sent (or simulated), failed, and dead tokens found. */
    public void addPushes(String noticeId, long sent, long failed, long invalidTokens) {
        if (sent == 0 && failed == 0 && invalidTokens == 0) {
            return;
        }
        increment(noticeId, new Update().inc("sent", sent).inc("failed", failed).inc("invalidTokens", invalidTokens));
    }

    /** Sets the inbox figures to a recount (after a migration). */
    void reset(String noticeId, long targeted, long read) {
        mongo.upsert(byId(noticeId), new Update().set("targeted", targeted).set("read", read),
                NoticeCountersDocument.class);
    }

    /** Sets the push figures to a recount (after a migration). */
    public void resetPushes(String noticeId, long sent, long failed, long invalidTokens) {
        mongo.upsert(byId(noticeId),
                new Update().set("sent", sent).set("failed", failed).set("invalidTokens", invalidTokens),
                NoticeCountersDocument.class);
    }

    NoticeCountersDocument of(String noticeId) {
        NoticeCountersDocument doc = mongo.findById(noticeId, NoticeCountersDocument.class);
        return doc != null ? doc : new NoticeCountersDocument();
    }

    /** Adds to the notice's counters, creating its document at the first count. */
    private void increment(String noticeId, Update amounts) {
        mongo.upsert(byId(noticeId), amounts, NoticeCountersDocument.class);
    }

    private static Query byId(String noticeId) {
        return Query.query(where("_id").is(noticeId));
    }
}
