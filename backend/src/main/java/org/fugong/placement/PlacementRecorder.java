package org.fugong.placement;

import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.placement.internal.PlacementDocument;
import org.fugong.response.ApplicationDecided;
import org.fugong.response.BusService;
import org.fugong.response.PassengerArrivalUndone;
import org.fugong.response.PassengerArrived;
import org.fugong.response.ResponseStatus;
import org.fugong.worker.AudienceCandidate;
import org.fugong.worker.WorkerProfile;
import org.fugong.worker.WorkerService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Records placements as they happen: a bus passenger handed over (with their follow-up checks), a
 * student accepted for an internship (withdrawn again if the acceptance is taken back before the
 * start was reported). At start-up, arrivals of the last weeks without a placement get one, should a
 * node have stopped between an arrival and its follow-ups.
 */
@Component
class PlacementRecorder {

    private final MongoTemplate mongo;
    private final NoticeService notices;
    private final WorkerService workers;
    private final EnterpriseService enterprises;
    private final BusService buses;
    private final FollowUps followUps;
    private final FollowUpProperties properties;
    private final Clock clock;

    PlacementRecorder(MongoTemplate mongo, NoticeService notices, WorkerService workers, EnterpriseService enterprises,
                      BusService buses, FollowUps followUps, FollowUpProperties properties, Clock clock) {
        this.mongo = mongo;
        this.notices = notices;
        this.workers = workers;
        this.enterprises = enterprises;
        this.buses = buses;
        this.followUps = followUps;
        this.properties = properties;
        this.clock = clock;
        var ops = mongo.indexOps(PlacementDocument.class);
        // for real MongoDB: an enterprise's placements, the briefing's starts and checks due in a period
        ops.createIndex(new Index().on("enterpriseId", Sort.Direction.ASC).on("since", Sort.Direction.DESC));
        ops.createIndex(new Index().on("source", Sort.Direction.ASC).on("startReportedAt", Sort.Direction.ASC));
        properties.days().forEach(d -> ops.createIndex(new Index().on(PlacementDocument.path(d, "dueAt"), Sort.Direction.ASC)));
    }

    @EventListener
    void on(PassengerArrived arrived) {
        Notice trip = notices.find(arrived.noticeId()).orElse(null);
        if (trip == null || trip.returnBus() == null) {
            return;
        }
        WorkerProfile worker = profile(arrived.workerId());
        String enterpriseId = trip.returnBus().receivingEnterpriseId() != null ? trip.returnBus().receivingEnterpriseId()
                : worker == null ? null : worker.enterpriseId();
        PlacementDocument doc = placement(trip, arrived.workerId(), arrived.responseId(), enterpriseId, worker);
        doc.source = PlacementSource.BUS_ARRIVAL;
        doc.since = arrived.arrivedAt();
        doc.checks = followUps.plan(arrived.arrivedAt());
        if (mongo.exists(Query.query(where("_id").is(doc.id)), PlacementDocument.class)) {
            return;
        }
        // on the agenda first: a check of a placement never stored is found to be nothing
        followUps.schedule(doc);
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException recordedMeanwhile) {
            // another node recorded the same arrival
        }
    }

    /** An arrival taken back the same day: the placement goes, unless HR already reported the start. */
    @EventListener
    void on(PassengerArrivalUndone undone) {
        // its checks stay on the agenda and find nothing to ask
        mongo.remove(Query.query(where("_id").is(PlacementDocument.idOf(undone.noticeId(), undone.workerId()))
                .and("started").is(null)), PlacementDocument.class);
    }

    @EventListener
    void on(ApplicationDecided decided) {
        Notice posting = notices.find(decided.noticeId()).orElse(null);
        if (posting == null || posting.jobPosting() == null || !posting.jobPosting().isInternship()) {
            return;
        }
        String id = PlacementDocument.idOf(decided.noticeId(), decided.workerId());
        if (decided.status() != ResponseStatus.ACCEPTED) {
            mongo.updateFirst(Query.query(where("_id").is(id).and("started").is(null)), new Update().set("withdrawn", true),
                    PlacementDocument.class);
            return;
        }
        PlacementDocument doc = placement(posting, decided.workerId(), decided.responseId(),
                posting.jobPosting().enterpriseId(), profile(decided.workerId()));
        mongo.upsert(Query.query(where("_id").is(id)), new Update().setOnInsert("source", PlacementSource.INTERNSHIP)
                .setOnInsert("noticeId", doc.noticeId).setOnInsert("responseId", doc.responseId)
                .setOnInsert("workerId", doc.workerId).setOnInsert("enterpriseId", doc.enterpriseId)
                .setOnInsert("enterpriseName", doc.enterpriseName).setOnInsert("school", doc.school)
                .setOnInsert("graduationYear", doc.graduationYear).setOnInsert("createdAt", doc.createdAt)
                .set("since", decided.decidedAt()).set("withdrawn", false), PlacementDocument.class);
    }

    /** Arrivals of the last weeks get their placement and checks if a stop lost them. */
    @EventListener(ApplicationReadyEvent.class)
    void mend() {
        int longest = properties.days().isEmpty() ? 0 : properties.days().get(properties.days().size() - 1);
        Instant since = clock.instant().minus(Duration.ofDays(longest + 1L));
        List<PassengerArrived> arrivals = buses.arrivalsSince(since);
        arrivals.forEach(this::on);
    }

    private PlacementDocument placement(Notice notice, String workerId, String responseId, String enterpriseId,
                                        WorkerProfile worker) {
        PlacementDocument doc = new PlacementDocument();
        doc.id = PlacementDocument.idOf(notice.id(), workerId);
        doc.noticeId = notice.id();
        doc.responseId = responseId;
        doc.workerId = workerId;
        doc.enterpriseId = enterpriseId;
        doc.enterpriseName = enterpriseId == null ? null : enterprises.names(List.of(enterpriseId)).get(enterpriseId);
        doc.school = worker == null ? null : worker.school();
        doc.graduationYear = worker == null ? null : worker.graduationYear();
        doc.createdAt = clock.instant();
        return doc;
    }

    private WorkerProfile profile(String workerId) {
        return workers.candidates(List.of(workerId)).stream().findFirst().map(AudienceCandidate::profile).orElse(null);
    }
}
