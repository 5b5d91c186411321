package org.fugong.push;

import org.fugong.push.internal.DispatchJobDocument;
import org.fugong.push.internal.DispatchRangeDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The ranges of dispatch jobs in MongoDB: created from a job's plan, claimed by nodes with a lease,
 * batches claimed and checkpointed on them, finished. Every change a node makes is guarded by its
 * lease, so a node that lost a range (it stalled and another took over) changes nothing.
 */
@Component
class Ranges {

    private final MongoTemplate mongo;
    private final PushProperties properties;
    private final Clock clock;

    Ranges(MongoTemplate mongo, PushProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
        mongo.indexOps(DispatchRangeDocument.class).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("leaseUntil", Sort.Direction.ASC));
        mongo.indexOps(DispatchRangeDocument.class).createIndex(new Index().on("jobId", Sort.Direction.ASC));
        // every change a node makes is guarded by its lease: served by key on the embedded server too
        mongo.indexOps(DispatchRangeDocument.class).createIndex(new Index().on("_id", Sort.Direction.ASC)
                .on("leaseOwner", Sort.Direction.ASC).on("status", Sort.Direction.ASC).unique());
    }

    /** Creates the ranges of a planned job (idempotent: a re-plan writes the same ones). */
    void create(DispatchJobDocument job) {
        // a notice's last range ends at the audience's last worker when it was cut: later sign-ups are
        // the inbox backfill's (decision 64). A recall's stays open, so it reaches whoever was given
        // the notice until it was recalled, and so do jobs planned before.
        List<String> to = new ArrayList<>(job.ends);
        to.add(job.kind == PushKind.NOTICE ? job.last : null);
        create(job, to);
    }

    /**
     * Creates ranges {@code 0..to.size() - 1} of a job, range {@code i} ending at {@code to[i]} (null:
     * open) and starting after the one before (idempotent). A plan cut short has its cuts created so.
     */
    void create(DispatchJobDocument job, List<String> to) {
        for (int i = 0; i < to.size(); i++) {
            create(job, i, i == 0 ? null : to.get(i - 1), to.get(i));
        }
    }

    /**
     * Creates one range of a job, workers in {@code (from, to]}, free to claim at once (idempotent: a
     * range that exists keeps what it has).
     */
    void create(DispatchJobDocument job, int index, String from, String to) {
        Instant now = clock.instant();
        mongo.upsert(Query.query(where("_id").is(DispatchRangeDocument.id(job.id, index))), new Update()
                .setOnInsert("jobId", job.id).setOnInsert("noticeId", job.noticeId)
                .setOnInsert("kind", job.kind).setOnInsert("index", index)
                .setOnInsert("from", from).setOnInsert("to", to)
                .setOnInsert("status", DispatchRangeDocument.Status.PENDING)
                .setOnInsert("leaseUntil", Instant.EPOCH).setOnInsert("createdAt", now)
                .setOnInsert("batches", 0L), DispatchRangeDocument.class);
    }

    /** The next range free to work on (new, or left by a node whose lease ended), leased to this node. */
    DispatchRangeDocument claim(String node) {
        Instant now = clock.instant();
        return mongo.findAndModify(
                Query.query(where("status").in(DispatchRangeDocument.Status.PENDING, DispatchRangeDocument.Status.RUNNING)
                        .and("leaseUntil").lte(now)).with(Sort.by("createdAt", "index")),
                new Update().set("status", DispatchRangeDocument.Status.RUNNING).set("leaseOwner", node)
                        .set("leaseUntil", now.plus(properties.lease())),
                FindAndModifyOptions.options().returnNew(true), DispatchRangeDocument.class);
    }

    /** Records a batch as possibly sent before it is; false when this node no longer owns the range. */
    boolean claimBatch(DispatchRangeDocument range, DispatchRangeDocument.Span span) {
        return mongo.updateFirst(owned(range), new Update().push("inFlight", span)
                .set("leaseUntil", clock.instant().plus(properties.lease())), DispatchRangeDocument.class)
                .getModifiedCount() == 1;
    }

    /** A claimed batch that never went out (the node stopped while it waited for the quota). */
    void unclaimBatch(DispatchRangeDocument range, DispatchRangeDocument.Span span) {
        mongo.updateFirst(owned(range), new Update().pull("inFlight", span), DispatchRangeDocument.class);
    }

    /** Moves the checkpoint to the end of {@code last} and renews the lease; false when the lease is gone. */
    boolean checkpoint(DispatchRangeDocument range, DispatchRangeDocument.Span last, long workers, long entries,
                       long pushes, long failures) {
        Update update = new Update().set("checkpoint", last.last()).set("batches", last.seq())
                .set("leaseUntil", clock.instant().plus(properties.lease()))
                .inc("workers", workers).inc("inboxEntries", entries).inc("pushes", pushes).inc("failures", failures);
        update.pull("inFlight", Query.query(where("seq").lte(last.seq())).getQueryObject());
        return mongo.updateFirst(owned(range), update, DispatchRangeDocument.class).getModifiedCount() == 1;
    }

    /** Keeps the lease while a long wait (a quota pause) holds the range. */
    boolean renew(DispatchRangeDocument range) {
        return mongo.updateFirst(owned(range), new Update().set("leaseUntil", clock.instant().plus(properties.lease())),
                DispatchRangeDocument.class).getModifiedCount() == 1;
    }

    /** Marks the range done; true only for the node that did it (so the job counts it once). */
    boolean finish(DispatchRangeDocument range) {
        return mongo.findAndModify(owned(range), new Update().set("status", DispatchRangeDocument.Status.DONE)
                        .set("finishedAt", clock.instant()).set("leaseUntil", Instant.EPOCH).unset("inFlight"),
                DispatchRangeDocument.class) != null;
    }

    /** Gives the range back at once (this node stops). */
    void release(DispatchRangeDocument range) {
        mongo.updateFirst(owned(range), new Update().set("leaseUntil", Instant.EPOCH), DispatchRangeDocument.class);
    }

    /** Stops every range of a job (its notice was recalled). */
    void cancel(String jobId) {
        mongo.updateMulti(Query.query(where("jobId").is(jobId).and("status")
                        .in(DispatchRangeDocument.Status.PENDING, DispatchRangeDocument.Status.RUNNING)),
                new Update().set("status", DispatchRangeDocument.Status.CANCELLED).set("finishedAt", clock.instant()),
                DispatchRangeDocument.class);
    }

    private static Query owned(DispatchRangeDocument range) {
        return Query.query(where("_id").is(range.id).and("leaseOwner").is(range.leaseOwner)
                .and("status").is(DispatchRangeDocument.Status.RUNNING));
    }
}
