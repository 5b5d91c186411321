package org.fugong.response;

import org.fugong.response.internal.ResponseDocument;
import org.fugong.response.internal.CapacityDocument;
import org.fugong.base.ConflictException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The places of a bus or job fair and its waiting line, in one document per notice: every booking
 * joins the line in the same atomic step that numbers it, and a free place goes to the head of the
 * line in one atomic step too. No booking ever reads the responses collection to find who is next.
 */
@Component
class CapacityLedger {

    private final MongoTemplate mongo;

    CapacityLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Puts a response at the end of the line, creating the ledger with the capacity on first use.
     *
     * @return its booking number (1 for the first ever) and the places free right after it joined
     */
    Joined join(String noticeId, int capacity, String responseId) {
        Query ledger = Query.query(where("_id").is(noticeId));
        // the number and the free places only: the line grows with the rush, and every booking carrying
        // it back made each one cost more than the one before
        ledger.fields().include("nextSeq").include("free");
        CapacityDocument doc = mongo.findAndModify(ledger,
                new Update().inc("nextSeq", 1).push("queue", responseId).setOnInsert("capacity", capacity)
                        .setOnInsert("free", capacity).setOnInsert("taken", 0),
                FindAndModifyOptions.options().upsert(true).returnNew(true), CapacityDocument.class);
        return new Joined(doc.nextSeq, doc.free);
    }

    /**
     * A booking in the line: its number, and the places free the moment it joined. With none free
     * there is nothing to hand out now, and whoever frees a place later hands it to the head of the
     * line, which this booking had already joined.
     */
    record Joined(long seq, int free) {
    }

    /**
     * Takes a free place for whoever heads the line, if there is both: the place is taken and the head
     * leaves the line in one step.
     *
     * @return the response that heads the line, or null (no free place, or nobody waiting)
     */
    String takeForHead(String noticeId) {
        Query claim = Query.query(where("_id").is(noticeId).and("free").gt(0).and("queue.0").exists(true));
        claim.fields().slice("queue", 1);
        CapacityDocument before = mongo.findAndModify(claim,
                new Update().inc("free", -1).inc("taken", 1).pop("queue", Update.Position.FIRST),
                FindAndModifyOptions.options().returnNew(false), CapacityDocument.class);
        return before == null || before.queue == null || before.queue.isEmpty() ? null : before.queue.get(0);
    }

    /** A response leaves the line (cancelled, rejected, or promoted otherwise). */
    void leave(String noticeId, String responseId) {
        mongo.updateFirst(Query.query(where("_id").is(noticeId)), new Update().pull("queue", responseId),
                CapacityDocument.class);
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
    Places places(String noticeId) {
        CapacityDocument doc = mongo.findById(noticeId, CapacityDocument.class);
        return doc == null ? null : new Places(doc.taken, doc.capacity, doc.queue == null ? 0 : doc.queue.size());
    }

    /** Places of a bus or job fair: taken, in all, and how many wait. */
    record Places(int taken, int capacity, int waiting) {
    }

    /** Everyone's place in the line (1 = next), from one read of the ledger. */
    Map<String, Integer> line(String noticeId) {
        Query query = Query.query(where("_id").is(noticeId));
        query.fields().include("queue");
        CapacityDocument doc = mongo.findOne(query, CapacityDocument.class);
        Map<String, Integer> positions = new HashMap<>();
        if (doc != null && doc.queue != null) {
            for (int i = 0; i < doc.queue.size(); i++) {
                positions.putIfAbsent(doc.queue.get(i), i + 1);
            }
        }
        return positions;
    }

    /**
     * One response's place in the line (1 = next), or null if it is not in it: the line read as it is
     * stored and searched, without mapping every entry (a waiting booking asks this once).
     */
    Integer positionIn(String noticeId, String responseId) {
        Query query = Query.query(where("_id").is(noticeId));
        query.fields().include("queue");
        org.bson.Document doc = mongo.findOne(query, org.bson.Document.class, mongo.getCollectionName(CapacityDocument.class));
        List<?> queue = doc == null ? null : doc.get("queue", List.class);
        int index = queue == null ? -1 : queue.indexOf(responseId);
        return index < 0 ? null : index + 1;
    }

    /** Sets the line to these responses, in this order (a repair, or data from before the line existed). */
    void setLine(String noticeId, List<String> responseIds) {
        mongo.updateFirst(Query.query(where("_id").is(noticeId)), new Update().set("queue", responseIds),
                CapacityDocument.class);
    }

    /** Ledgers written before they held their line get it from the waiting responses, once. */
    @EventListener(ApplicationReadyEvent.class)
    void migrate() {
        for (CapacityDocument doc : mongo.find(Query.query(where("queue").exists(false)), CapacityDocument.class)) {
            Query waiting = Query.query(where("noticeId").is(doc.noticeId).and("status").is(ResponseStatus.WAITLISTED)
                    .and("workerId").ne(null).and("reviewedBy").is(null)).with(Sort.by("seq"));
            waiting.fields().include("_id");
            setLine(doc.noticeId, mongo.find(waiting, ResponseDocument.class).stream().map(r -> r.id).toList());
        }
    }
}
