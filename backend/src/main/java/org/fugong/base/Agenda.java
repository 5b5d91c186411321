package org.fugong.base;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Things due at a time (a request's deadline, a follow-up check, the end of an objection period),
 * kept where a periodic sweep finds them by key: one document per queue and hour of due time
 * ({@code _id} = queue:yyyy-MM-ddTHH), and per queue a cursor at the earliest hour that may still
 * hold something. A sweep reads the hours from the cursor to now by {@code _id}, so it never scans,
 * on the embedded server or a sharded cluster, however many things wait further ahead.
 * <p>
 * The agenda only says what may be due: the owner's document decides, with an atomic change, whether
 * there is still something to do, so a sweep on several nodes at once, or again after a crash, does
 * each thing once. An entry is removed ({@link #done}) after it was handled; one whose handling
 * failed stays and is offered again.
 */
@Component
public class Agenda {

    /** An hour is left behind only this long after it ended, so a late write to it is still read. */
    private static final Duration SETTLE = Duration.ofMinutes(5);
    /** Hours read per sweep: a node that was down for weeks catches up over a few sweeps. */
    private static final int MAX_HOURS = 24 * 7;

    private final MongoTemplate mongo;
    private final Clock clock;

    Agenda(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The entries of one queue and hour. */
    @Document("agenda")
    static class HourDocument {
        @Id
        String id;
        List<Entry> items;
    }

    /** Where a queue's sweep starts. */
    @Document("agendaCursors")
    static class CursorDocument {
        @Id
        String id;
        Instant hour;
    }

    record Entry(String k, Instant d) {
    }

    /** Something due: the owner's key, when it is due, and the hour document it waits in. */
    public record Due(String key, Instant dueAt, String hourId) {
    }

    /**
     * Puts something on a queue's agenda (idempotent: the same key and time again is one entry).
     * Something already due goes into the current hour and is offered at the next sweep.
     */
    public void schedule(String queue, String key, Instant dueAt) {
        Instant hour = max(hourOf(dueAt), hourOf(clock.instant()));
        mongo.upsert(Query.query(where("_id").is(hourId(queue, hour))),
                new Update().addToSet("items", new Entry(key, dueAt)), HourDocument.class);
        mongo.upsert(Query.query(where("_id").is(queue)), new Update().min("hour", hour), CursorDocument.class);
    }

    /** What on a queue is due now, the earliest first; moves the queue's cursor past empty hours. */
    public List<Due> due(String queue) {
        Instant now = clock.instant();
        CursorDocument cursor = mongo.findById(queue, CursorDocument.class);
        if (cursor == null || cursor.hour == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Instant last = min(hourOf(now), cursor.hour.plus(MAX_HOURS - 1, ChronoUnit.HOURS));
        for (Instant h = cursor.hour; !h.isAfter(last); h = h.plus(1, ChronoUnit.HOURS)) {
            ids.add(hourId(queue, h));
        }
        Map<String, HourDocument> hours = new HashMap<>();
        mongo.find(Query.query(where("_id").in(ids)), HourDocument.class).forEach(h -> hours.put(h.id, h));
        List<Due> due = new ArrayList<>();
        Instant firstBusy = null;
        for (int i = 0; i < ids.size(); i++) {
            HourDocument hour = hours.get(ids.get(i));
            if (hour == null || hour.items == null || hour.items.isEmpty()) {
                continue;
            }
            if (firstBusy == null) {
                firstBusy = cursor.hour.plus(i, ChronoUnit.HOURS);
            }
            hour.items.stream().filter(e -> e.d() != null && !e.d().isAfter(now))
                    .forEach(e -> due.add(new Due(e.k(), e.d(), hour.id)));
        }
        advance(queue, cursor.hour, firstBusy, last, now);
        due.sort(Comparator.comparing(Due::dueAt));
        return due;
    }

    /** Takes a handled entry off the agenda. */
    public void done(Due due) {
        mongo.updateFirst(Query.query(where("_id").is(due.hourId())),
                new Update().pull("items", new Entry(due.key(), due.dueAt())), HourDocument.class);
    }

    /** The cursor moves to the first hour still holding something, never past an hour not yet settled. */
    private void advance(String queue, Instant from, Instant firstBusy, Instant lastRead, Instant now) {
        Instant settled = hourOf(now.minus(SETTLE));
        Instant to = firstBusy != null ? firstBusy : lastRead.plus(1, ChronoUnit.HOURS);
        to = min(to, settled);
        if (to.isAfter(from)) {
            mongo.updateFirst(Query.query(where("_id").is(queue)), new Update().max("hour", to), CursorDocument.class);
            List<String> passed = new ArrayList<>();
            for (Instant h = from; h.isBefore(to); h = h.plus(1, ChronoUnit.HOURS)) {
                passed.add(hourId(queue, h));
            }
            mongo.remove(Query.query(where("_id").in(passed)), HourDocument.class);
        }
    }

    private static String hourId(String queue, Instant hour) {
        return queue + ":" + hour.toString().substring(0, 13);
    }

    private static Instant hourOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.HOURS);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
