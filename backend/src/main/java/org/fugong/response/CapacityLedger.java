package org.fugong.response;

import org.fugong.base.ConflictException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Atomic counting of places: claim one only if one is free, give one back, number bookings. */
@Component
class CapacityLedger {

    private final MongoTemplate mongo;

    CapacityLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The next booking number of a notice, creating its ledger with the capacity on first use. */
    long nextSeq(String noticeId, int capacity) {
        CapacityDocument doc = mongo.findAndModify(Query.query(where("_id").is(noticeId)),
                new Update().inc("nextSeq", 1).setOnInsert("capacity", capacity).setOnInsert("free", capacity)
                        .setOnInsert("taken", 0),
                FindAndModifyOptions.options().upsert(true).returnNew(true), CapacityDocument.class);
        return doc.nextSeq;
    }

    /** Takes a place if one is free. */
    boolean claim(String noticeId) {
        return mongo.findAndModify(Query.query(where("_id").is(noticeId).and("free").gt(0)),
                new Update().inc("free", -1).inc("taken", 1), CapacityDocument.class) != null;
    }

    /** Gives a place back. */
    void release(String noticeId) {
        mongo.updateFirst(Query.query(where("_id").is(noticeId).and("taken").gt(0)),
                new Update().inc("free", 1).inc("taken", -1), CapacityDocument.class);
    }

    /** Changes the number of places; never below those taken. */
    void resize(String noticeId, int capacity) {
        for (int attempt = 0; attempt < 5; attempt++) {
            CapacityDocument current = mongo.findById(noticeId, CapacityDocument.class);
            if (current == null) {
                return;
            }
            if (capacity < current.taken) {
                throw new ConflictException("error.capacity-below-taken", current.taken);
            }
            int delta = capacity - current.capacity;
            CapacityDocument saved = mongo.findAndModify(
                    Query.query(where("_id").is(noticeId).and("capacity").is(current.capacity).and("taken").is(current.taken)),
                    new Update().set("capacity", capacity).inc("free", delta), CapacityDocument.class);
            if (saved != null) {
                return;
            }
        }
        throw new ConflictException("error.concurrent-change");
    }

    /** Places taken and in all, if the notice has a ledger yet. */
    int[] takenAndCapacity(String noticeId) {
        CapacityDocument doc = mongo.findById(noticeId, CapacityDocument.class);
        return doc == null ? null : new int[]{doc.taken, doc.capacity};
    }
}
