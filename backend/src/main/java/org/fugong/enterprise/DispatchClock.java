package org.fugong.enterprise;

import org.bson.types.ObjectId;
import org.fugong.base.Agenda;
import org.fugong.base.BureauTime;
import org.fugong.base.Languages;
import org.fugong.base.Messages;
import org.fugong.base.Paging;
import org.fugong.base.Role;
import org.fugong.enterprise.internal.EnterpriseRequestDocument;
import org.fugong.security.StaffUser;
import org.fugong.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The dispatch clock of key enterprises' requests (24 小时重点企业用工调度保障机制): each request of a
 * key enterprise gets, when it is raised, a time to be taken up and a time to be resolved
 * ({@link DispatchProperties}); they are kept through reopenings. When 75 % of a deadline's time has
 * gone, the enterprise's task-force leader and specialist are told; when it passes, the ADMIN users
 * are; both are written into the request's thread. Whether the request was handled in time is decided
 * once: at its first resolution in time, or at the first deadline it missed.
 * <p>
 * Deadlines wait on the {@link Agenda}, so the sweep reads a few documents by key each minute. The
 * request's own status decides whether a deadline was met, so a node that stopped between changing a
 * request and telling the clock never makes the clock escalate a request that was handled.
 */
@Service
public class DispatchClock {

    static final String QUEUE = "dispatch";
    private static final Logger log = LoggerFactory.getLogger(DispatchClock.class);
    private static final DateTimeFormatter TIME = BureauTime.MINUTES;

    private final MongoTemplate mongo;
    private final Agenda agenda;
    private final EnterpriseService enterprises;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final DispatchProperties properties;
    private final Clock clock;

    DispatchClock(MongoTemplate mongo, Agenda agenda, EnterpriseService enterprises, UserService users,
                  ApplicationEventPublisher events, Messages messages, DispatchProperties properties, Clock clock) {
        this.mongo = mongo;
        this.agenda = agenda;
        this.enterprises = enterprises;
        this.users = users;
        this.events = events;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
        // for real MongoDB: the briefing's requests settled in a period
        mongo.indexOps(EnterpriseRequestDocument.class).createIndex(new Index().on("deadlines.settledAt", Sort.Direction.ASC));
    }

    /** Requests whose outcome was decided in a period: how many, and how many were handled in time. */
    public record Figures(long settled, long inTime) {

        public long late() {
            return settled - inTime;
        }

        /** The share handled in time, in per cent with one decimal; null when none was settled. */
        public Double share() {
            return settled == 0 ? null : Math.round(inTime * 1000.0 / settled) / 10.0;
        }
    }

    /** Key enterprises' requests settled in {@code [from, to)}: a report, read once per briefing. */
    public Figures figures(Instant from, Instant to) {
        Query query = Query.query(where("urgent").is(true).and("deadlines.settledAt").gte(from).lt(to));
        query.fields().include("deadlines");
        List<EnterpriseRequestDocument> settled = mongo.find(query, EnterpriseRequestDocument.class);
        long inTime = settled.stream().filter(r -> Boolean.TRUE.equals(r.deadlines.onTime())).count();
        return new Figures(settled.size(), inTime);
    }

    /** Where a request without a running deadline sorts by time left: after every one with a deadline. */
    static final Instant NOTHING_DUE = Instant.parse("9999-12-31T00:00:00Z");

    /** A request's place in the order by time left. */
    static Instant dueOrder(RequestDeadlines d) {
        return d == null || d.nextDueAt() == null ? NOTHING_DUE : d.nextDueAt();
    }

    /** The deadlines of a request raised now; a key enterprise's requests only, null for others. */
    RequestDeadlines start(boolean key, RequestCategory category, Instant now) {
        if (!key) {
            return null;
        }
        Instant takeUp = now.plus(properties.takeUp());
        return new RequestDeadlines(now, takeUp, now.plus(properties.resolutionOf(category)), null, null, null, null,
                null, null, null, takeUp);
    }

    /** Puts a request's warnings and deadlines on the agenda; points already passed are offered at once. */
    void schedule(String requestId, RequestDeadlines d) {
        if (d == null) {
            return;
        }
        for (DispatchStage stage : DispatchStage.values()) {
            Instant due = dueOf(d, stage);
            Duration span = Duration.between(d.startedAt(), due);
            agenda.schedule(QUEUE, key(requestId, stage, "WARN"),
                    d.startedAt().plus(span.multipliedBy(properties.warnAtPercent()).dividedBy(100)));
            agenda.schedule(QUEUE, key(requestId, stage, "DUE"), due);
        }
    }

    /** An official took the request up: the first time counts, and a late one decides its outcome. */
    void takenUp(String requestId, Instant at) {
        EnterpriseRequestDocument doc = find(requestId);
        if (doc == null || doc.deadlines == null || doc.deadlines.takenUpAt() != null) {
            return;
        }
        RequestDeadlines d = doc.deadlines;
        Update update = new Update().set("deadlines.takenUpAt", at);
        if (doc.status != RequestStatus.RESOLVED) {
            update.set("deadlines.nextDueAt", d.resolveDueAt()).set("dueOrder", d.resolveDueAt());
        }
        if (at.isAfter(d.takeUpDueAt())) {
            late(update, d, d.takeUpDueAt());
        }
        mongo.updateFirst(Query.query(where("_id").is(new ObjectId(requestId)).and("deadlines.takenUpAt").is(null)),
                update, EnterpriseRequestDocument.class);
    }

    /** The request was resolved: nothing is due any more, and its outcome is decided if it was not yet. */
    void resolved(String requestId, Instant at) {
        EnterpriseRequestDocument doc = find(requestId);
        if (doc == null || doc.deadlines == null) {
            return;
        }
        RequestDeadlines d = doc.deadlines;
        Update update = new Update().set("deadlines.nextDueAt", null).set("dueOrder", NOTHING_DUE);
        Instant takenUp = d.takenUpAt() != null ? d.takenUpAt() : at;
        if (d.takenUpAt() == null) {
            update.set("deadlines.takenUpAt", at);
        }
        if (takenUp.isAfter(d.takeUpDueAt())) {
            late(update, d, d.takeUpDueAt());
        } else if (at.isAfter(d.resolveDueAt())) {
            late(update, d, d.resolveDueAt());
        } else if (d.settledAt() == null) {
            update.set("deadlines.settledAt", at).set("deadlines.onTime", true);
        }
        mongo.updateFirst(Query.query(where("_id").is(new ObjectId(requestId))), update, EnterpriseRequestDocument.class);
    }

    /**
     * The request was reopened: it runs against the deadlines it had (a reopening restarts no clock),
     * and a deadline already passed is escalated at the next sweep.
     */
    void reopened(String requestId) {
        EnterpriseRequestDocument doc = find(requestId);
        if (doc == null || doc.deadlines == null) {
            return;
        }
        RequestDeadlines d = doc.deadlines;
        Instant next = d.takenUpAt() == null ? d.takeUpDueAt() : d.resolveDueAt();
        mongo.updateFirst(Query.query(where("_id").is(new ObjectId(requestId))),
                new Update().set("deadlines.nextDueAt", next).set("dueOrder", next), EnterpriseRequestDocument.class);
        schedule(requestId, d);
    }

    /** Looks for warnings and deadlines reached, on every node; each is acted on once. */
    @Scheduled(fixedDelayString = "${fugong.dispatch.check-interval:1m}")
    void sweep() {
        for (Agenda.Due due : agenda.due(QUEUE)) {
            try {
                String[] parts = due.key().split(":");
                EnterpriseRequestDocument doc = find(parts[0]);
                if (doc != null && doc.deadlines != null) {
                    DispatchStage stage = DispatchStage.valueOf(parts[1]);
                    if (parts[2].equals("WARN")) {
                        warn(doc, stage);
                    } else {
                        escalate(doc, stage);
                    }
                }
                agenda.done(due);
            } catch (RuntimeException e) {
                log.warn("The dispatch clock could not act on {}; it tries again at the next sweep: {}", due.key(), e.toString());
            }
        }
    }

    /** 75 % of a deadline's time has gone and it is not met: the task force is told, and the thread says so. */
    private void warn(EnterpriseRequestDocument doc, DispatchStage stage) {
        RequestDeadlines d = doc.deadlines;
        Instant due = dueOf(d, stage);
        Instant warned = stage == DispatchStage.TAKE_UP ? d.takeUpWarnedAt() : d.resolveWarnedAt();
        Instant now = clock.instant();
        if (isMet(doc, stage) || warned != null || !now.isBefore(due)) {
            return;
        }
        List<StaffUser> taskForce = enterprises.find(doc.enterpriseId)
                .map(e -> Stream.of(e.taskForceLeader(), e.specialist()).filter(Objects::nonNull).distinct()
                        .flatMap(name -> users.findByUsername(name).stream()).filter(StaffUser::enabled).toList())
                .orElse(List.of());
        events.publishEvent(new DispatchAlert(doc.id, doc.enterpriseId, doc.enterpriseName, doc.category, stage,
                DispatchAlert.Kind.WARNING, due, taskForce.stream().map(StaffUser::id).toList(), key(doc.id, stage, "WARN")));
        String field = stage == DispatchStage.TAKE_UP ? "deadlines.takeUpWarnedAt" : "deadlines.resolveWarnedAt";
        note(doc.id, field, new Update().set(field, now), "CLOCK_WARNED", stage, due, names(taskForce), now);
    }

    /** A deadline passed without being met: the ADMIN users are told, and the request is late. */
    private void escalate(EnterpriseRequestDocument doc, DispatchStage stage) {
        RequestDeadlines d = doc.deadlines;
        Instant due = dueOf(d, stage);
        Instant missed = stage == DispatchStage.TAKE_UP ? d.takeUpMissedAt() : d.resolveMissedAt();
        if (isMet(doc, stage)) {
            if (stage == DispatchStage.RESOLUTION && d.settledAt() == null && doc.resolution != null) {
                resolved(doc.id, doc.resolution.resolvedAt());
            }
            return;
        }
        if (missed != null) {
            return;
        }
        Instant now = clock.instant();
        List<StaffUser> admins = users.list(Role.ADMIN, Paging.first(Paging.MAX_LIMIT)).items().stream()
                .filter(StaffUser::enabled).toList();
        events.publishEvent(new DispatchAlert(doc.id, doc.enterpriseId, doc.enterpriseName, doc.category, stage,
                DispatchAlert.Kind.ESCALATION, due, admins.stream().map(StaffUser::id).toList(), key(doc.id, stage, "DUE")));
        String field = stage == DispatchStage.TAKE_UP ? "deadlines.takeUpMissedAt" : "deadlines.resolveMissedAt";
        Update update = new Update().set(field, now);
        late(update, d, due);
        note(doc.id, field, update, "CLOCK_ESCALATED", stage, due, names(admins), now);
    }

    /** Records the event once (guarded by its field) with a note of Fugong's in the thread. */
    private void note(String requestId, String field, Update update, String event, DispatchStage stage, Instant due,
                      String who, Instant now) {
        String dueText = TIME.format(due);
        String text = messages.get("request.event." + event + "." + stage.name(), Languages.CHINESE, dueText, who);
        RequestMessage message = new RequestMessage(new ObjectId().toHexString(), "system", "system", null,
                RequestRole.SYSTEM, text, now, event, List.of(stage.name(), dueText, who));
        // notes of Fugong's own are few (two per deadline) and never refused for a full thread
        mongo.updateFirst(Query.query(where("_id").is(new ObjectId(requestId)).and(field).is(null)),
                update.push("messages", message).inc("messageCount", 1).set("updatedAt", now).inc("version", 1),
                EnterpriseRequestDocument.class);
    }

    /** A missed deadline decides the outcome (late), unless an earlier one did already. */
    private static void late(Update update, RequestDeadlines d, Instant missedDue) {
        if (!Boolean.FALSE.equals(d.onTime())) {
            update.set("deadlines.settledAt", missedDue).set("deadlines.onTime", false);
        }
    }

    /** The request's own status says whether a deadline was met. */
    private static boolean isMet(EnterpriseRequestDocument doc, DispatchStage stage) {
        if (stage == DispatchStage.TAKE_UP) {
            return doc.deadlines.takenUpAt() != null || doc.status != RequestStatus.OPEN
                    || doc.resolutions != null && !doc.resolutions.isEmpty();
        }
        return doc.status == RequestStatus.RESOLVED;
    }

    private static Instant dueOf(RequestDeadlines d, DispatchStage stage) {
        return stage == DispatchStage.TAKE_UP ? d.takeUpDueAt() : d.resolveDueAt();
    }

    private static String names(List<StaffUser> people) {
        List<String> names = new ArrayList<>();
        people.forEach(p -> names.add(p.displayName() == null ? p.username() : p.displayName()));
        return names.isEmpty() ? "—" : String.join("、", names);
    }

    private static String key(String requestId, DispatchStage stage, String point) {
        return requestId + ":" + stage.name() + ":" + point;
    }

    private EnterpriseRequestDocument find(String requestId) {
        return ObjectId.isValid(requestId) ? mongo.findById(new ObjectId(requestId), EnterpriseRequestDocument.class) : null;
    }
}
