package org.fugong.response;

import org.fugong.response.internal.ResponseDocument;
import org.fugong.response.internal.CapacityDocument;
import org.fugong.response.internal.SubsidyLedgerDocument;
import org.bson.Document;
import org.fugong.notice.InboxService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Mends what a crash between two writes of one operation leaves behind, without transactions
 * (decision 2): a response whose inbox entry does not show it, a subsidy ledger reserving more (or
 * less) than its claims, a bus or job fair counting a place that no confirmed booking holds. Runs at
 * start-up and every {@code fugong.repair.interval} (10 minutes) on every node; every step is
 * idempotent, so nodes running it at once do no harm.
 * <ul>
 *   <li>Inbox links: the responses changed since the last pass (minus a margin), each pair of notice
 *       and worker's latest response written to its entry when the entry shows something else.</li>
 *   <li>Ledgers and places are recounted from the responses, and only where nothing changed for
 *       {@link #SETTLED} (an operation in flight is not a cut), with a compare-and-set, so a claim or
 *       booking racing the recount wins and the next pass looks again.</li>
 * </ul>
 */
@Component
class ResponseRepair {

    private static final Logger log = LoggerFactory.getLogger(ResponseRepair.class);
    static final Duration SETTLED = Duration.ofMinutes(1);
    private static final Duration MARGIN = Duration.ofMinutes(5);
    private static final String CHECKPOINT = "response-repair";

    private final MongoTemplate mongo;
    private final InboxService inbox;
    private final Waitlist waitlist;
    private final Clock clock;

    ResponseRepair(MongoTemplate mongo, InboxService inbox, Waitlist waitlist, Clock clock) {
        this.mongo = mongo;
        this.inbox = inbox;
        this.waitlist = waitlist;
        this.clock = clock;
    }

    /** What one pass mended. */
    record Report(int inboxLinks, int ledgers, int places) {
        boolean mendedAnything() {
            return inboxLinks + ledgers + places > 0;
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        runLogged();
    }

    @Scheduled(fixedDelayString = "${fugong.repair.interval:10m}", initialDelayString = "${fugong.repair.interval:10m}")
    void periodically() {
        runLogged();
    }

    private void runLogged() {
        try {
            Report report = run();
            if (report.mendedAnything()) {
                log.warn("Repair pass mended {} inbox links, {} subsidy ledgers and {} place counts left by an interrupted operation",
                        report.inboxLinks(), report.ledgers(), report.places());
            }
        } catch (RuntimeException e) {
            log.warn("Repair pass failed, will try again: {}", e.toString());
        }
    }

    /** One pass over everything; safe to run any time, on any number of nodes. */
    Report run() {
        Instant started = clock.instant();
        Document checkpoint = mongo.getCollection("maintenance").find(new Document("_id", CHECKPOINT)).first();
        Instant since = checkpoint == null ? Instant.EPOCH : checkpoint.getDate("checkedUntil").toInstant().minus(MARGIN);
        int links = mendInboxLinks(since);
        int ledgers = recountLedgers(started.minus(SETTLED));
        int places = recountPlaces(started.minus(SETTLED));
        mongo.getCollection("maintenance").updateOne(new Document("_id", CHECKPOINT),
                new Document("$set", new Document("checkedUntil", java.util.Date.from(started))),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
        return new Report(links, ledgers, places);
    }

    private int mendInboxLinks(Instant since) {
        Query changed = Query.query(where("updatedAt").gte(since).and("workerId").ne(null))
                .with(Sort.by("createdAt", "_id"));
        changed.fields().include("noticeId", "workerId", "status", "createdAt", "reviewedAt");
        Map<String, ResponseDocument> latest = new HashMap<>();
        for (ResponseDocument r : mongo.find(changed, ResponseDocument.class)) {
            latest.put(r.noticeId + ":" + r.workerId, r); // in creation order: the last one wins
        }
        int mended = 0;
        for (ResponseDocument r : latest.values()) {
            if (inbox.mendResponse(r.noticeId, r.workerId, r.id, r.status.name(), r.reviewedAt)) {
                mended++;
            }
        }
        return mended;
    }

    /** Reserved = every claim not rejected or withdrawn; granted = the accepted ones (in fen). */
    private int recountLedgers(Instant settledBefore) {
        int mended = 0;
        for (SubsidyLedgerDocument ledger : mongo.findAll(SubsidyLedgerDocument.class)) {
            List<ResponseDocument> claims = mongo.find(Query.query(where("noticeId").is(ledger.noticeId)
                    .and("enterpriseId").is(ledger.enterpriseId).and("kind").is("SUBSIDY_APPLICATION")), ResponseDocument.class);
            if (ledger.updatedAt != null && ledger.updatedAt.isAfter(settledBefore)
                    || claims.stream().anyMatch(c -> c.updatedAt != null && c.updatedAt.isAfter(settledBefore))) {
                continue;
            }
            long reserved = 0;
            long granted = 0;
            for (ResponseDocument claim : claims) {
                long fen = claim.amount == null ? 0 : SubsidyLedger.fen(claim.amount);
                if (claim.status.isActive()) {
                    reserved += fen;
                }
                if (claim.status == ResponseStatus.ACCEPTED) {
                    granted += fen;
                }
            }
            if (reserved != ledger.reserved || granted != ledger.granted) {
                boolean set = mongo.updateFirst(Query.query(where("_id").is(ledger.id).and("reserved").is(ledger.reserved)
                                .and("granted").is(ledger.granted)),
                        new Update().set("reserved", reserved).set("granted", granted).set("updatedAt", clock.instant()),
                        SubsidyLedgerDocument.class).getModifiedCount() > 0;
                mended += set ? 1 : 0;
            }
        }
        return mended;
    }

    /** Taken = the workers' confirmed bookings; a place freed this way goes to the waitlist. */
    private int recountPlaces(Instant settledBefore) {
        int mended = 0;
        for (CapacityDocument places : mongo.findAll(CapacityDocument.class)) {
            if (mongo.exists(Query.query(where("noticeId").is(places.noticeId).and("updatedAt").gt(settledBefore)),
                    ResponseDocument.class)) {
                continue;
            }
            int taken = (int) mongo.count(Query.query(where("noticeId").is(places.noticeId)
                    .and("status").is(ResponseStatus.CONFIRMED).and("workerId").ne(null)), ResponseDocument.class);
            if (taken == places.taken) {
                continue;
            }
            boolean set = mongo.updateFirst(Query.query(where("_id").is(places.noticeId).and("capacity").is(places.capacity)
                            .and("taken").is(places.taken).and("free").is(places.free)),
                    new Update().set("taken", taken).set("free", places.capacity - taken), CapacityDocument.class)
                    .getModifiedCount() > 0;
            if (set) {
                mended++;
                waitlist.refill(places.noticeId);
            }
        }
        return mended;
    }
}
