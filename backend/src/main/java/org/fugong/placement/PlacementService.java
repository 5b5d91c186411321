package org.fugong.placement;

import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.ConflictException;
import org.fugong.base.InvalidInputException;
import org.fugong.base.NotFoundException;
import org.fugong.base.Role;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.placement.internal.PlacementDocument;
import org.fugong.response.BusService;
import org.fugong.worker.WorkerService;
import org.fugong.worker.WorkerSummary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Placements for the console and the integration API: an enterprise's new arrivals and interns, whose
 * start its HR users report (started, or did not come); the passengers of a trip with their start
 * and their follow-up checks, for officials. HR users see only their own enterprise's.
 */
@Service
public class PlacementService {

    /** Most placements one list shows: an enterprise's arrivals and interns of the last months. */
    public static final int MAX_LIST = 500;

    private final MongoTemplate mongo;
    private final NoticeService notices;
    private final BusService buses;
    private final WorkerService workers;
    private final AuditLog audit;
    private final Clock clock;

    PlacementService(MongoTemplate mongo, NoticeService notices, BusService buses, WorkerService workers,
                     AuditLog audit, Clock clock) {
        this.mongo = mongo;
        this.notices = notices;
        this.buses = buses;
        this.workers = workers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * An enterprise's placements, the latest first: HR users their own enterprise's only (404
     * otherwise), staff any.
     *
     * @param awaitingStart only those whose start is not reported yet
     */
    public List<Placement> ofEnterprise(String enterpriseId, boolean awaitingStart, Actor actor) {
        requireReader(enterpriseId, actor);
        Criteria criteria = where("enterpriseId").is(enterpriseId).and("withdrawn").ne(true);
        if (awaitingStart) {
            criteria = criteria.and("started").is(null);
        }
        List<PlacementDocument> rows = mongo.find(new Query(criteria).with(Sort.by(Sort.Order.desc("since")))
                .limit(MAX_LIST), PlacementDocument.class);
        return view(rows, actor);
    }

    /** The passengers a trip handed over, with their start and follow-up checks (staff). */
    public List<Placement> ofTrip(String noticeId, Actor actor) {
        actor.requireStaff();
        List<String> ids = buses.manifest(noticeId, actor).stream().filter(e -> e.arrivedAt() != null)
                .map(e -> PlacementDocument.idOf(noticeId, e.workerId())).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<PlacementDocument> rows = mongo.find(Query.query(where("_id").in(ids)), PlacementDocument.class);
        return view(rows, actor).stream().sorted(Comparator.comparing(Placement::since)).toList();
    }

    /**
     * The enterprise's HR (or staff) reports whether a placed worker started. Reported once: a second
     * report is a 409 (the bureau corrects a wrong one).
     */
    public Placement reportStart(String placementId, Boolean started, Actor actor) {
        PlacementDocument current = placementId == null ? null : mongo.findById(placementId, PlacementDocument.class);
        if (current == null || current.withdrawn) {
            throw new NotFoundException("placement", placementId);
        }
        requireReader(current.enterpriseId, actor);
        actor.require(Role.HR, Role.OFFICIAL, Role.ADMIN);
        if (started == null) {
            throw InvalidInputException.of("started", "error.required");
        }
        Instant now = clock.instant();
        PlacementDocument saved = mongo.findAndModify(Query.query(where("_id").is(placementId).and("started").is(null)),
                new Update().set("started", started).set("startReportedAt", now)
                        .set("startReportedBy", actor.displayName() == null ? actor.username() : actor.displayName()),
                FindAndModifyOptions.options().returnNew(true), PlacementDocument.class);
        if (saved == null) {
            throw new ConflictException("error.start-reported");
        }
        audit.record(actor, "placement.start", "placement", placementId, Map.of("started", started,
                "enterpriseId", Objects.toString(saved.enterpriseId, ""), "noticeId", saved.noticeId));
        return view(List.of(saved), actor).get(0);
    }

    private List<Placement> view(List<PlacementDocument> rows, Actor actor) {
        Map<String, WorkerSummary> people = workers.summaries(rows.stream().map(r -> r.workerId).toList());
        Map<String, Notice> trips = notices.findAll(rows.stream().map(r -> r.noticeId).distinct().toList());
        return rows.stream().map(r -> new Placement(r.id, r.source, r.noticeId,
                trips.containsKey(r.noticeId) ? trips.get(r.noticeId).title() : null, r.responseId,
                people.get(r.workerId), r.enterpriseId, r.enterpriseName, r.since, r.school, r.graduationYear, r.started,
                // the follow-ups (and a call for help in them) are the task force's, never the enterprise's
                r.startReportedAt, r.startReportedBy, actor.isStaff() ? r.followUps() : List.of(),
                r.started == null && r.enterpriseId != null && mayReport(r.enterpriseId, actor))).toList();
    }

    private static boolean mayReport(String enterpriseId, Actor actor) {
        return actor.hasAny(Role.OFFICIAL, Role.ADMIN) || actor.has(Role.HR) && enterpriseId.equals(actor.enterpriseId());
    }

    private static void requireReader(String enterpriseId, Actor actor) {
        actor.require(Role.ADMIN, Role.OFFICIAL, Role.REVIEWER, Role.HR);
        if (!actor.isStaff() && (enterpriseId == null || !enterpriseId.equals(actor.enterpriseId()))) {
            throw new NotFoundException("placement", enterpriseId);
        }
    }
}
