package org.fugong.response;

import org.fugong.response.internal.ResponseDocument;
import org.bson.types.ObjectId;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.BureauTime;
import org.fugong.base.ConflictException;
import org.fugong.base.CsvExport;
import org.fugong.base.ListRequest;
import org.fugong.base.Sorting;
import org.fugong.base.Languages;
import org.fugong.base.LocalizedText;
import org.fugong.base.Messages;
import org.fugong.base.NotFoundException;
import org.fugong.base.NoticeType;
import org.fugong.base.Place;
import org.fugong.base.Problems;
import org.fugong.base.Role;
import org.fugong.base.Texts;
import org.fugong.notice.InboxService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeListing;
import org.fugong.notice.NoticeService;
import org.fugong.notice.NoticeSort;
import org.fugong.notice.ReturnBus;
import org.fugong.push.PushKind;
import org.fugong.push.Recipient;
import org.fugong.push.WorkerNotifier;
import org.fugong.worker.WorkerService;
import org.fugong.worker.WorkerSummary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Return buses (专车) for officials: the trips with their seats, the manifest, boarding and arrival
 * (the handover to the receiving enterprise, 送达有交接), and changes to a trip pushed at high
 * priority to its booked and waitlisted passengers only.
 */
@Service
public class BusService {

    private static final DateTimeFormatter TIME = BureauTime.MINUTES;

    private final MongoTemplate mongo;
    private final NoticeService notices;
    private final NoticeListing listing;
    private final BusBoarding boarding;
    private final Waitlist waitlist;
    private final CapacityLedger places;
    private final InboxService inbox;
    private final WorkerService workers;
    private final WorkerNotifier notifier;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;

    BusService(MongoTemplate mongo, NoticeService notices, NoticeListing listing, Waitlist waitlist,
               BusBoarding boarding, CapacityLedger places, InboxService inbox, WorkerService workers,
               WorkerNotifier notifier, AuditLog audit, Messages messages, Clock clock) {
        this.mongo = mongo;
        this.listing = listing;
        this.boarding = boarding;
        this.notices = notices;
        this.waitlist = waitlist;
        this.places = places;
        this.inbox = inbox;
        this.workers = workers;
        this.notifier = notifier;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** A trip at a glance: seats, confirmed, waiting, boarded, arrived. */
    public record BusSummary(Notice notice, int seats, long confirmed, long waitlisted, long boarded, long arrived) {
    }

    /** One passenger (or waiting passenger) of a trip; {@code response} is the booking's id, as the contract names it. */
    public record ManifestEntry(String responseId, String workerId, String name, String phoneMasked, Place hometown,
                                String pickupPoint, Boolean healthDeclared, ResponseStatus status,
                                Integer waitlistPosition, Instant bookedAt, Instant boardedAt, Instant arrivedAt,
                                Set<BoardingAction> actions) {

        @com.fasterxml.jackson.annotation.JsonProperty("response")
        public String response() {
            return responseId;
        }
    }

    /** What happened at the bus door. */
    public enum BoardingEvent { BOARDED, ARRIVED }

    /** What an official may do at the bus door for a passenger now (see {@link BusBoarding#actionsFor}). */
    public enum BoardingAction { BOARD, ARRIVE, UNDO_BOARDING, UNDO_ARRIVAL }

    /** What changed about a trip. */
    public enum ChangeKind { DELAY, PICKUP, SEATS, CANCEL }

    /**
     * A change to a trip and the message for its passengers.
     *
     * @param departsAt    the new departure (DELAY)
     * @param pickupPoints the new pickup points (PICKUP)
     * @param seats        the new number of seats (SEATS); never below those confirmed
     * @param message      what the passengers are told; a standard text when empty
     */
    public record BusChange(ChangeKind kind, Instant departsAt, List<String> pickupPoints, Integer seats,
                            LocalizedText message) {
    }

    /** Trips that are published, the next departures first. */
    public List<BusSummary> buses(Actor actor) {
        return trips(ListRequest.first(ListRequest.MAX_LIMIT, Sorting.asc(NoticeSort.DEPARTS)), actor);
    }

    /** A slice of the published trips with their figures, searched in titles, places and pickup points. */
    public List<BusSummary> trips(ListRequest<NoticeSort> request, Actor actor) {
        return summaries(listing.buses(request, actor));
    }

    public long tripCount(String search, Actor actor) {
        return listing.busCount(search, actor);
    }

    /** One trip's figures. */
    public BusSummary summary(Notice bus) {
        return summaries(List.of(bus)).get(0);
    }

    /** The figures of several trips from one read of their bookings, not four counts per trip. */
    private List<BusSummary> summaries(List<Notice> trips) {
        if (trips.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(where("noticeId").in(trips.stream().map(Notice::id).toList())
                .and("status").in(ResponseStatus.CONFIRMED, ResponseStatus.WAITLISTED));
        query.fields().include("noticeId").include("status").include("boardedAt").include("arrivedAt");
        Map<String, long[]> figures = new java.util.HashMap<>();
        for (ResponseDocument r : mongo.find(query, ResponseDocument.class)) {
            long[] f = figures.computeIfAbsent(r.noticeId, id -> new long[4]);
            boolean seated = r.status == ResponseStatus.CONFIRMED;
            f[seated ? 0 : 1]++;
            f[2] += seated && r.boardedAt != null ? 1 : 0;
            f[3] += seated && r.arrivedAt != null ? 1 : 0;
        }
        return trips.stream().map(bus -> {
            long[] f = figures.getOrDefault(bus.id(), new long[4]);
            return new BusSummary(bus, bus.returnBus().seats() == null ? 0 : bus.returnBus().seats(), f[0], f[1], f[2], f[3]);
        }).toList();
    }

    /** The passengers: confirmed seats in booking order, then the waitlist in its order, then the rest. */
    public List<ManifestEntry> manifest(String noticeId, Actor actor) {
        actor.requireStaff();
        Notice bus = bus(noticeId);
        List<ResponseDocument> bookings = mongo.find(Query.query(where("noticeId").is(bus.id())).with(Sort.by("seq", "createdAt")),
                ResponseDocument.class);
        Map<String, WorkerSummary> people = workers.summaries(bookings.stream().map(r -> r.workerId)
                .filter(Objects::nonNull).toList());
        List<ManifestEntry> entries = new ArrayList<>();
        int waiting = 0;
        for (ResponseStatus status : List.of(ResponseStatus.CONFIRMED, ResponseStatus.WAITLISTED)) {
            for (ResponseDocument r : bookings) {
                if (r.status == status) {
                    entries.add(entry(r, people.get(r.workerId), status == ResponseStatus.WAITLISTED ? ++waiting : null));
                }
            }
        }
        bookings.stream().filter(r -> r.status != ResponseStatus.CONFIRMED && r.status != ResponseStatus.WAITLISTED)
                .forEach(r -> entries.add(entry(r, people.get(r.workerId), null)));
        return entries;
    }

    private ManifestEntry entry(ResponseDocument r, WorkerSummary who, Integer position) {
        Object pickup = r.fields == null ? null : r.fields.get("pickupPoint");
        Object health = r.fields == null ? null : r.fields.get("healthDeclared");
        return new ManifestEntry(r.id, r.workerId, who == null ? null : who.name(), who == null ? null : who.phoneMasked(),
                who == null ? null : who.hometown(), pickup == null ? null : pickup.toString(),
                health instanceof Boolean b ? b : null, r.status, position, r.createdAt, r.boardedAt, r.arrivedAt,
                boarding.actionsFor(r.status, r.boardedAt, r.arrivedAt));
    }

    /** The manifest as a CSV file for Excel (UTF-8 with BOM), in the official's language. */
    public byte[] manifestCsv(String noticeId, Actor actor, java.util.Locale locale) {
        List<ManifestEntry> entries = manifest(noticeId, actor);
        List<String> header = List.of("csv.manifest.seq", "csv.manifest.name", "csv.manifest.phone", "csv.manifest.hometown",
                "csv.manifest.pickup", "csv.manifest.health", "csv.manifest.status", "csv.manifest.booked",
                "csv.manifest.boarded", "csv.manifest.arrived").stream().map(k -> messages.get(k, locale)).toList();
        List<List<?>> rows = new ArrayList<>();
        int n = 0;
        for (ManifestEntry e : entries) {
            rows.add(java.util.Arrays.asList(++n, e.name(), e.phoneMasked(), e.hometown() == null ? "" : e.hometown().toString(),
                    e.pickupPoint(), e.healthDeclared() == null ? "" : messages.get(e.healthDeclared() ? "csv.yes" : "csv.no", locale),
                    messages.get("csv.status." + e.status().name(), locale)
                            + (e.waitlistPosition() == null ? "" : " #" + e.waitlistPosition()),
                    time(e.bookedAt()), time(e.boardedAt()), time(e.arrivedAt())));
        }
        audit.record(actor, "bus.manifest.export", "notice", noticeId, Map.of("rows", rows.size()));
        return CsvExport.write(header, rows);
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** Marks a confirmed passenger as boarded, or a boarded one as arrived (see {@link BusBoarding}). */
    public Response board(String responseId, BoardingEvent event, Actor actor) {
        return boarding.mark(responseId, event, actor);
    }

    /** Takes back today's boarding or arrival (see {@link BusBoarding}). */
    public Response undoBoarding(String responseId, BoardingEvent event, Actor actor) {
        return boarding.undo(responseId, event, actor);
    }

    /** Who a change of the trip would tell: passengers with a seat and those waiting for one. */
    public record ChangeImpact(long booked, long waitlisted) {

        public long total() {
            return booked + waitlisted;
        }
    }

    public ChangeImpact changeImpact(String noticeId, Actor actor) {
        actor.requireStaff();
        Notice bus = bus(noticeId);
        Query query = Query.query(where("noticeId").is(bus.id()).and("status").in(ResponseStatus.CONFIRMED,
                ResponseStatus.WAITLISTED).and("workerId").ne(null));
        query.fields().include("status");
        long booked = 0;
        long waiting = 0;
        for (ResponseDocument r : mongo.find(query, ResponseDocument.class)) {
            if (r.status == ResponseStatus.CONFIRMED) {
                booked++;
            } else {
                waiting++;
            }
        }
        return new ChangeImpact(booked, waiting);
    }

    /**
     * Changes a trip and tells its booked and waitlisted passengers at high priority. A cancelled trip
     * cancels every booking and is withdrawn from the inboxes.
     */
    public Notice change(String noticeId, BusChange change, Actor actor) {
        actor.require(Role.OFFICIAL, Role.REVIEWER, Role.ADMIN);
        Notice bus = bus(noticeId);
        Problems problems = new Problems();
        problems.check(change != null && change.kind() != null, "kind", "error.required");
        problems.throwIfAny();
        LocalizedText message = change.message() == null || change.message().isEmpty() ? null : change.message();
        problems.check(message == null || message.zh() == null || message.zh().length() <= 500, "message.zh-CN",
                "error.max-length", 500);
        problems.check(message == null || message.en() == null || message.en().length() <= 1000, "message.en",
                "error.max-length", 1000);
        ReturnBus current = bus.returnBus();
        ReturnBus changed = switch (change.kind()) {
            case DELAY -> {
                problems.check(change.departsAt() != null, "departsAt", "error.required");
                problems.check(change.departsAt() == null || !change.departsAt().equals(current.departsAt()), "departsAt",
                        "error.no-change");
                yield new ReturnBus(current.origin(), current.destination(), change.departsAt(), current.seats(),
                        current.pickupPoints(), current.healthRequirement(), current.receivingEnterpriseId());
            }
            case PICKUP -> {
                List<String> points = Texts.distinct(change.pickupPoints());
                problems.check(!points.isEmpty(), "pickupPoints", "error.required");
                yield new ReturnBus(current.origin(), current.destination(), current.departsAt(), current.seats(), points,
                        current.healthRequirement(), current.receivingEnterpriseId());
            }
            case SEATS -> {
                problems.check(change.seats() != null, "seats", "error.required");
                yield new ReturnBus(current.origin(), current.destination(), current.departsAt(), change.seats(),
                        current.pickupPoints(), current.healthRequirement(), current.receivingEnterpriseId());
            }
            case CANCEL -> current;
        };
        problems.throwIfAny();
        List<String> passengers = passengers(noticeId);
        Map<String, Recipient> cancelled = Map.of();
        Notice after;
        if (change.kind() == ChangeKind.CANCEL) {
            cancelled = cancelBookings(bus, actor);
            after = notices.recall(noticeId, false, actor);
        } else {
            if (change.kind() == ChangeKind.SEATS) {
                places.resize(noticeId, changed.seats());
            }
            after = notices.changeReturnBus(noticeId, changed, actor);
            if (change.kind() == ChangeKind.SEATS) {
                waitlist.fill(after, null);
            }
        }
        LocalizedText title = LocalizedText.of(messages.get("push.change.title", Languages.CHINESE, bus.title().zh()),
                messages.get("push.change.title", Languages.ENGLISH, bus.title().in(Languages.ENGLISH)));
        LocalizedText body = message != null ? message : standardMessage(change.kind(), after.returnBus());
        Map<String, Recipient> told = cancelled;
        notifier.tell(after, PushKind.CHANGE, title, body, noticeId + ":" + clock.instant().toEpochMilli(),
                passengers.stream().map(w -> told.getOrDefault(w, Recipient.worker(w))).toList());
        audit.record(actor, "bus.change", "notice", noticeId, Map.of("kind", change.kind().name(),
                "passengers", passengers.size(), "message", body.zh() == null ? "" : body.zh()));
        return after;
    }

    /**
     * Passengers handed over since a time (a report-sized read, at start-up): the follow-ups make sure
     * each has its checks, should a node have stopped between an arrival and its follow-ups.
     */
    public List<PassengerArrived> arrivalsSince(Instant since) {
        Query query = Query.query(where("kind").is(org.fugong.notice.ResponseKind.SEAT_BOOKING)
                .and("arrivedAt").gte(since).and("workerId").ne(null));
        query.fields().include("noticeId", "workerId", "arrivedAt");
        return mongo.find(query, ResponseDocument.class).stream()
                .map(r -> new PassengerArrived(r.id, r.noticeId, r.workerId, r.arrivedAt)).toList();
    }

    /** Booked and waitlisted passengers: the only ones a change concerns. */
    private List<String> passengers(String noticeId) {
        Query query = Query.query(where("noticeId").is(noticeId).and("status").in(ResponseStatus.CONFIRMED, ResponseStatus.WAITLISTED)
                .and("workerId").ne(null));
        query.fields().include("workerId");
        return mongo.find(query, ResponseDocument.class).stream().map(r -> r.workerId).distinct().toList();
    }

    /** Cancels every active booking; returns the passengers whose inbox is to show it, by worker. */
    private Map<String, Recipient> cancelBookings(Notice bus, Actor actor) {
        Map<String, Recipient> told = new java.util.LinkedHashMap<>();
        Instant now = clock.instant();
        String note = messages.get("bus.cancelled.note", Languages.CHINESE);
        for (ResponseDocument r : mongo.find(Query.query(where("noticeId").is(bus.id()).and("status").in(ResponseStatus.ACTIVE)),
                ResponseDocument.class)) {
            ResponseDocument cancelled = mongo.findAndModify(Query.query(where("_id").is(new ObjectId(r.id))
                            .and("version").is(r.version)),
                    new Update().set("status", ResponseStatus.CANCELLED).set("activeKey", ActiveKey.cancelled(r.id).value())
                            .set("note", note).set("reviewedBy", actor.id()).set("reviewedAt", now).set("updatedAt", now)
                            .inc("version", 1),
                    ResponseDocument.class);
            if (cancelled != null && cancelled.workerId != null) {
                told.put(cancelled.workerId, Recipient.response(cancelled.workerId, cancelled.id,
                        ResponseStatus.CANCELLED.name(), true));
            }
        }
        return told;
    }

    private LocalizedText standardMessage(ChangeKind kind, ReturnBus bus) {
        String key = "push.change.body." + kind.name();
        Object detail = switch (kind) {
            case DELAY -> TIME.format(bus.departsAt());
            case PICKUP -> String.join("、", bus.pickupPoints());
            case SEATS -> bus.seats();
            case CANCEL -> "";
        };
        return LocalizedText.of(messages.get(key, Languages.CHINESE, detail), messages.get(key, Languages.ENGLISH, detail));
    }

    private Notice bus(String noticeId) {
        Notice notice = notices.find(noticeId).orElseThrow(() -> new NotFoundException("notice", noticeId));
        if (notice.type() != NoticeType.RETURN_BUS) {
            throw new NotFoundException("notice", noticeId);
        }
        return notice;
    }
}
