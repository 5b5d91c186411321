package org.fugong.response;

import org.fugong.response.internal.ResponseDocument;
import org.bson.types.ObjectId;
import org.fugong.base.Messages;
import org.fugong.base.NoticeType;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.notice.ResponseKind;
import org.fugong.push.PushKind;
import org.fugong.push.Recipient;
import org.fugong.push.WorkerNotifier;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The places of a bus or job fair with a capacity and its waiting line: a booking joins the line,
 * free places go to its head, first booked first served, and a promoted worker who was told
 * "waitlisted" is pushed the news. Safe on any number of nodes at once, since each place is claimed
 * atomically from {@link CapacityLedger} and each promotion is one atomic change of a response.
 */
@Component
class Waitlist {

    private final MongoTemplate mongo;
    private final NoticeService notices;
    private final CapacityLedger places;
    private final WorkerNotifier notifier;
    private final Messages messages;
    private final Clock clock;

    Waitlist(MongoTemplate mongo, NoticeService notices, CapacityLedger places, WorkerNotifier notifier,
             Messages messages, Clock clock) {
        this.mongo = mongo;
        this.notices = notices;
        this.places = places;
        this.notifier = notifier;
        this.messages = messages;
        this.clock = clock;
    }

    /** The places of a return bus (its seats) or a job fair taking RSVPs (its capacity); null when unlimited. */
    static Integer capacityOf(Notice notice) {
        if (notice.type() == NoticeType.RETURN_BUS && notice.returnBus() != null) {
            return notice.returnBus().seats();
        }
        if (notice.type() == NoticeType.JOB_FAIR && notice.jobFair() != null && notice.responseKind() == ResponseKind.RSVP) {
            return notice.jobFair().capacity();
        }
        return null;
    }

    /**
     * A booking joins the notice's waiting line and gets its number; free places go to the head of the
     * line; the worker is told "waitlisted" only if still so at this instant (a promotion after that
     * is pushed to them).
     */
    ResponseDocument queueForPlace(Notice notice, ResponseDocument doc, int capacity) {
        CapacityLedger.Joined joined = places.join(notice.id(), capacity, doc.id);
        long seq = joined.seq();
        if (joined.free() > 0) {
            fill(notice, doc.id);
        }
        // the number is written with the answer: one write, whether still waiting or promoted meanwhile
        ResponseDocument told = mongo.findAndModify(
                Query.query(where("_id").is(new ObjectId(doc.id)).and("status").is(ResponseStatus.WAITLISTED)),
                new Update().set("seq", seq).set("toldWaitlisted", true), FindAndModifyOptions.options().returnNew(true),
                ResponseDocument.class);
        return told != null ? told : mongo.findAndModify(Query.query(where("_id").is(new ObjectId(doc.id))),
                new Update().set("seq", seq), FindAndModifyOptions.options().returnNew(true), ResponseDocument.class);
    }

    /**
     * Hands free places to the waitlist, first booked first served. Runs after every booking and
     * every freed place; safe on any number of nodes at once, since each place is claimed atomically
     * and each promotion is one atomic change of the first waitlisted response.
     *
     * @param bookerResponseId the response of the worker who is being answered right now (not pushed)
     */
    void fill(Notice notice, String bookerResponseId) {
        String head;
        while ((head = places.takeForHead(notice.id())) != null) {
            ResponseDocument promoted = ObjectId.isValid(head) ? mongo.findAndModify(
                    Query.query(where("_id").is(new ObjectId(head)).and("status").is(ResponseStatus.WAITLISTED)),
                    new Update().set("status", ResponseStatus.CONFIRMED).set("updatedAt", clock.instant()).inc("version", 1),
                    FindAndModifyOptions.options().returnNew(true), ResponseDocument.class) : null;
            if (promoted == null) {
                // it left the line meanwhile (cancelled, rejected): the place is free again
                places.release(notice.id());
                continue;
            }
            // only someone who was told "waitlisted" needs telling; others are still being answered
            if (promoted.toldWaitlisted && !promoted.id.equals(bookerResponseId) && promoted.workerId != null) {
                notifier.tell(notice, PushKind.DECISION, PushTexts.titled(messages, "push.promoted.title", notice.title()),
                        PushTexts.titled(messages, "push.promoted.body", null), promoted.id + ":promoted",
                        List.of(Recipient.response(promoted.workerId, promoted.id, promoted.status.name(), true)));
            }
        }
    }

    /** A booking that ends leaves the line, or gives its place to the head of the line. */
    void freePlaceOf(Notice notice, ResponseDocument before) {
        if (before.status == ResponseStatus.WAITLISTED) {
            places.leave(notice.id(), before.id);
        } else if (before.status == ResponseStatus.CONFIRMED) {
            places.release(notice.id());
            fill(notice, null);
        }
    }

    /** Hands places that became free outside a booking or cancellation (a recount) to the waitlist. */
    void refill(String noticeId) {
        notices.find(noticeId).ifPresent(notice -> fill(notice, null));
    }

    /** The response with its place in the line, if it waits for one. */
    Response withPosition(ResponseDocument doc) {
        return doc.toResponse().with(null, positionOf(doc));
    }

    /** 1 for the next in line; null unless waiting for a place. */
    Integer positionOf(ResponseDocument doc) {
        return waiting(doc) ? places.positionIn(doc.noticeId, doc.id) : null;
    }

    /** The positions of a page of one notice's responses, from one read of its line, not a count per row. */
    Function<ResponseDocument, Integer> positionsIn(String noticeId, List<ResponseDocument> rows) {
        if (rows.stream().noneMatch(Waitlist::waiting)) {
            return r -> null;
        }
        Map<String, Integer> line = places.line(noticeId);
        return r -> waiting(r) ? line.get(r.id) : null;
    }

    private static boolean waiting(ResponseDocument doc) {
        return doc.status == ResponseStatus.WAITLISTED && doc.workerId != null && doc.reviewedBy == null;
    }
}
