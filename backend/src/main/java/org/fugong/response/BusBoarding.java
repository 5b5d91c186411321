package org.fugong.response;

import org.fugong.response.internal.ResponseDocument;
import org.bson.types.ObjectId;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.BureauTime;
import org.fugong.base.ConflictException;
import org.fugong.base.InvalidInputException;
import org.fugong.base.NotFoundException;
import org.fugong.notice.ResponseKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Checking passengers off at the bus door: boarding, then arrival (the handover to the receiving
 * enterprise, 送达有交接). Arrival needs boarding first, so the count of workers returned only holds
 * people who were on the bus. A slip of the finger is undone the same day (in the bureau's time),
 * arrival before boarding; later the record stands. Every mark and every undo is audited, and each
 * is one atomic update guarded by what the official saw, so two officials at the door cannot cross.
 */
@Service
public class BusBoarding {

    private final MongoTemplate mongo;
    private final ResponseReview responses;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BusBoarding(MongoTemplate mongo, ResponseReview responses, AuditLog audit, ApplicationEventPublisher events,
                Clock clock) {
        this.mongo = mongo;
        this.responses = responses;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Marks a confirmed passenger as boarded, or a boarded one as arrived. Marking twice keeps the first time. */
    public Response mark(String responseId, BusService.BoardingEvent event, Actor actor) {
        ResponseDocument current = seat(responseId, event, actor);
        Instant now = clock.instant();
        String field = field(event);
        if (event == BusService.BoardingEvent.ARRIVED && current.boardedAt == null) {
            throw new ConflictException("error.not-boarded");
        }
        if (value(current, event) == null) {
            change(current, Query.query(where("_id").is(new ObjectId(responseId)).and("status").is(ResponseStatus.CONFIRMED)
                    .and(field).is(null)), new Update().set(field, now));
            audit.record(actor, "bus." + event.name().toLowerCase(Locale.ROOT), "response", responseId,
                    Map.of("noticeId", current.noticeId));
            if (event == BusService.BoardingEvent.ARRIVED && current.workerId != null) {
                // the handover starts the follow-up after arrival
                events.publishEvent(new PassengerArrived(responseId, current.noticeId, current.workerId, now));
            }
        }
        return responses.get(responseId, actor);
    }

    /**
     * Takes back a boarding or an arrival marked today (Asia/Shanghai): an arrival first, then the
     * boarding. Audited with the time that was undone.
     */
    public Response undo(String responseId, BusService.BoardingEvent event, Actor actor) {
        ResponseDocument current = seat(responseId, event, actor);
        Instant marked = value(current, event);
        if (marked == null) {
            throw new ConflictException("error.nothing-to-undo");
        }
        if (event == BusService.BoardingEvent.BOARDED && current.arrivedAt != null) {
            throw new ConflictException("error.undo-after-arrival");
        }
        if (!BureauTime.dayOf(marked).equals(BureauTime.today(clock))) {
            throw new ConflictException("error.undo-other-day");
        }
        String field = field(event);
        Criteria guard = where("_id").is(new ObjectId(responseId)).and(field).is(marked);
        if (event == BusService.BoardingEvent.BOARDED) {
            guard = guard.and("arrivedAt").is(null);
        }
        change(current, Query.query(guard), new Update().unset(field));
        audit.record(actor, "bus." + event.name().toLowerCase(Locale.ROOT) + ".undo", "response", responseId,
                Map.of("noticeId", current.noticeId, "undone", marked.toString()));
        if (event == BusService.BoardingEvent.ARRIVED && current.workerId != null) {
            events.publishEvent(new PassengerArrivalUndone(responseId, current.noticeId, current.workerId));
        }
        return responses.get(responseId, actor);
    }

    /**
     * What may be done for a passenger now: board once confirmed, arrive once boarded, and undo either
     * on the day it was marked (an arrival before its boarding).
     */
    public Set<BusService.BoardingAction> actionsFor(ResponseStatus status, Instant boardedAt, Instant arrivedAt) {
        if (status != ResponseStatus.CONFIRMED) {
            return Set.of();
        }
        Set<BusService.BoardingAction> actions = EnumSet.noneOf(BusService.BoardingAction.class);
        LocalDate today = BureauTime.today(clock);
        if (boardedAt == null) {
            actions.add(BusService.BoardingAction.BOARD);
        } else if (arrivedAt == null) {
            actions.add(BusService.BoardingAction.ARRIVE);
            if (BureauTime.dayOf(boardedAt).equals(today)) {
                actions.add(BusService.BoardingAction.UNDO_BOARDING);
            }
        } else if (BureauTime.dayOf(arrivedAt).equals(today)) {
            actions.add(BusService.BoardingAction.UNDO_ARRIVAL);
        }
        return Set.copyOf(actions);
    }

    private ResponseDocument seat(String responseId, BusService.BoardingEvent event, Actor actor) {
        actor.requireStaff();
        if (event == null) {
            throw InvalidInputException.of("event", "error.required");
        }
        ResponseDocument current = responseId == null || !ObjectId.isValid(responseId) ? null
                : mongo.findById(new ObjectId(responseId), ResponseDocument.class);
        if (current == null || current.kind != ResponseKind.SEAT_BOOKING) {
            throw new NotFoundException("response", responseId);
        }
        if (current.status != ResponseStatus.CONFIRMED) {
            throw new ConflictException("error.not-on-board", current.status.name());
        }
        return current;
    }

    private void change(ResponseDocument current, Query guarded, Update update) {
        ResponseDocument saved = mongo.findAndModify(guarded,
                update.set("updatedAt", clock.instant()).inc("version", 1),
                FindAndModifyOptions.options().returnNew(true), ResponseDocument.class);
        if (saved == null) {
            throw new ConflictException("error.concurrent-change");
        }
    }

    private static String field(BusService.BoardingEvent event) {
        return event == BusService.BoardingEvent.BOARDED ? "boardedAt" : "arrivedAt";
    }

    private static Instant value(ResponseDocument doc, BusService.BoardingEvent event) {
        return event == BusService.BoardingEvent.BOARDED ? doc.boardedAt : doc.arrivedAt;
    }
}
