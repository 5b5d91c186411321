package org.fugong.push;

import org.fugong.base.BackgroundThreads;
import org.fugong.push.internal.DispatchJobDocument;
import org.fugong.push.internal.DispatchRangeDocument;
import org.fugong.base.Languages;
import org.fugong.base.LocalizedText;
import org.fugong.base.Messages;
import org.fugong.notice.InboxService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticePublished;
import org.fugong.notice.NoticeRecalled;
import org.fugong.notice.NoticeFinder;
import org.fugong.notice.NoticeService;
import org.fugong.notice.NoticeStatus;
import org.fugong.worker.AudienceSplit;
import org.fugong.worker.AudienceWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Delivers published notices. Publishing creates a dispatch job; a node plans it (cuts the audience
 * into ranges of worker ids) and any node claims ranges with a lease and runs them ({@link RangeRun}):
 * inbox entries for everyone in the audience, pushes to the devices of those who subscribe to the
 * notice's type. A node that stops gives its range back after the batches in flight are recorded; a
 * node that dies is taken over where its checkpoint stands once its lease ends.
 */
@Component
class PushDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PushDispatcher.class);

    private final MongoTemplate mongo;
    private final NoticeService notices;
    private final NoticeFinder finder;
    private final InboxService inbox;
    private final AudienceWalk workers;
    private final PushSender sender;
    private final PushLedger ledger;
    private final Ranges ranges;
    private final Messages messages;
    private final PushProperties properties;
    private final Clock clock;
    private ExecutorService sendPool;
    private ScheduledExecutorService heartbeat;
    /** Cuts pending jobs into ranges, on a thread of its own, so a range is run while the rest is cut. */
    private final Drain planning;
    /** Runs ranges, one after another. */
    private final Drain drain;

    PushDispatcher(MongoTemplate mongo, NoticeService notices, NoticeFinder finder, InboxService inbox, AudienceWalk workers,
                   PushSender sender, PushLedger ledger, Ranges ranges, Messages messages, PushProperties properties,
                   @Qualifier("pushExecutor") TaskExecutor executor, @Qualifier("pushPlanExecutor") TaskExecutor planner,
                   Clock clock) {
        this.mongo = mongo;
        this.notices = notices;
        this.finder = finder;
        this.inbox = inbox;
        this.workers = workers;
        this.sender = sender;
        this.ledger = ledger;
        this.ranges = ranges;
        this.messages = messages;
        this.properties = properties;
        this.planning = new Drain("Planning dispatches", planner, this::planNext);
        this.drain = new Drain("Dispatching", executor, this::runNext);
        this.clock = clock;
        mongo.indexOps(DispatchJobDocument.class).createIndex(
                new Index().on("status", Sort.Direction.ASC).on("leaseUntil", Sort.Direction.ASC));
    }

    @EventListener
    void published(NoticePublished event) {
        createJob(PushKind.NOTICE, event.noticeId());
        kick();
    }

    @EventListener
    void recalled(NoticeRecalled event) {
        String jobId = DispatchJobDocument.id(PushKind.NOTICE, event.noticeId());
        mongo.updateFirst(Query.query(where("_id").is(jobId)
                        .and("status").in(DispatchJobDocument.Status.PENDING, DispatchJobDocument.Status.RUNNING)),
                new Update().set("status", DispatchJobDocument.Status.CANCELLED).set("finishedAt", clock.instant()),
                DispatchJobDocument.class);
        ranges.cancel(jobId);
        if (event.push()) {
            createJob(PushKind.RECALL, event.noticeId());
            kick();
        }
    }

    /** Looks for work now, on other threads. */
    void kick() {
        planning.kick();
        drain.kick();
    }

    @Scheduled(fixedDelayString = "${fugong.push.poll-interval:1s}")
    void poll() {
        planning.poll();
        drain.poll();
    }

    /**
     * Makes sure every notice published in the last two days has its dispatch job, in case the node
     * that approved it stopped between publishing and creating the job.
     */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
    void reconcile() {
        List<String> published = finder.publishedSince(clock.instant().minus(Duration.ofDays(2)));
        if (published.isEmpty()) {
            return;
        }
        Query existing = Query.query(where("_id").in(published.stream()
                .map(id -> DispatchJobDocument.id(PushKind.NOTICE, id)).toList()));
        existing.fields().include("noticeId");
        Set<String> withJob = mongo.find(existing, DispatchJobDocument.class).stream()
                .map(job -> job.noticeId).collect(Collectors.toSet());
        published.stream().filter(id -> !withJob.contains(id)).forEach(id -> createJob(PushKind.NOTICE, id));
    }

    void createJob(PushKind kind, String noticeId) {
        DispatchJobDocument job = new DispatchJobDocument();
        job.id = DispatchJobDocument.id(kind, noticeId);
        job.noticeId = noticeId;
        job.kind = kind;
        job.status = DispatchJobDocument.Status.PENDING;
        job.leaseUntil = Instant.EPOCH;
        job.createdAt = clock.instant();
        try {
            mongo.insert(job);
        } catch (DuplicateKeyException exists) {
            // one job per notice and kind: it is already there
        }
    }

    /**
     * Plans one pending job, if any: true when it did. The audience is cut one range at a time, and
     * each range is free to claim as soon as it is cut (decision 71): the first pushes go out while the
     * rest of a big audience is still being cut, here or on another node. Each cut is recorded under
     * the job's lease before its range exists, so a node that takes over a plan cut short continues
     * it and cuts the same ranges again.
     */
    private boolean planNext() {
        Instant now = clock.instant();
        DispatchJobDocument job = mongo.findAndModify(
                Query.query(where("status").is(DispatchJobDocument.Status.PENDING).and("leaseUntil").lte(now))
                        .with(Sort.by("createdAt")),
                new Update().set("leaseOwner", ledger.node()).set("leaseUntil", now.plus(properties.lease())),
                FindAndModifyOptions.options().returnNew(true), DispatchJobDocument.class);
        if (job == null) {
            return false;
        }
        Notice notice = notices.find(job.noticeId).orElse(null);
        if (notice == null || !isLive(job.kind, notice) || job.kind == PushKind.NOTICE && !notice.reachesWorkers()) {
            // gone, recalled, or a policy only enterprises claim (their HR users see it in the console)
            finishJob(job.id, notice == null || !isLive(job.kind, notice)
                    ? DispatchJobDocument.Status.CANCELLED : DispatchJobDocument.Status.DONE);
            return true;
        }
        if (job.ends == null) {
            job = cut(job, notice);
            if (job == null) {
                // the lease was lost (another node plans it now) or the job was cancelled meanwhile
                return true;
            }
        }
        ranges.create(job);
        DispatchJobDocument started = mongo.findAndModify(
                Query.query(where("_id").is(job.id).and("status").is(DispatchJobDocument.Status.PENDING)),
                new Update().set("status", DispatchJobDocument.Status.RUNNING).set("startedAt", clock.instant())
                        .set("leaseUntil", Instant.EPOCH),
                FindAndModifyOptions.options().returnNew(true), DispatchJobDocument.class);
        log.info("Dispatch of {} planned: {} workers in {} ranges", job.id, job.audience, job.ranges);
        drain.kick();
        if (started != null) {
            // ranges finished while the rest was cut are counted when the plan is (see rangeDone)
            finishIfAllDone(started);
        }
        return true;
    }

    /**
     * Cuts a job's audience into ranges from where its plan stands, creating each range as it is cut
     * and recording the finished plan. Null when the lease is gone or the job was stopped meanwhile.
     */
    private DispatchJobDocument cut(DispatchJobDocument job, Notice notice) {
        List<String> cuts = job.cuts == null ? List.of() : job.cuts;
        // a node that stopped after recording a cut may not have created its range
        ranges.create(job, cuts);
        // a recall's last range stays open after the cuts, for whoever was given the notice since (decision 64)
        AudienceSplit split = workers.cut(notice.audience(), cuts, properties.rangeSize(), job.kind == PushKind.RECALL,
                (index, from, to) -> {
                    if (!planning.running()) {
                        // the node stops: the next node to claim the job goes on from the last cut, at once
                        mongo.updateFirst(Query.query(planning(job)), new Update().set("leaseUntil", Instant.EPOCH),
                                DispatchJobDocument.class);
                        return false;
                    }
                    boolean recorded = mongo.updateFirst(Query.query(planning(job).and("cuts." + index).exists(false)),
                            new Update().push("cuts", to).set("leaseUntil", clock.instant().plus(properties.lease())),
                            DispatchJobDocument.class).getModifiedCount() == 1;
                    if (recorded) {
                        ranges.create(job, index, from, to);
                        drain.kick();
                    }
                    return recorded;
                });
        if (split == null) {
            return null;
        }
        return mongo.findAndModify(Query.query(planning(job)),
                new Update().set("ends", split.ends()).set("audience", split.size()).set("ranges", split.ranges())
                        .set("last", split.last()),
                FindAndModifyOptions.options().returnNew(true), DispatchJobDocument.class);
    }

    /** The job while this node plans it: still pending, under this node's lease, with no plan yet. */
    private Criteria planning(DispatchJobDocument job) {
        return where("_id").is(job.id).and("status").is(DispatchJobDocument.Status.PENDING)
                .and("leaseOwner").is(ledger.node()).and("ends").exists(false);
    }

    /** Runs one range, if any is free: true when it ran one. */
    private boolean runNext() {
        DispatchRangeDocument range = ranges.claim(ledger.node());
        if (range == null) {
            return false;
        }
        Notice notice = notices.find(range.noticeId).orElse(null);
        if (notice == null || !isLive(range.kind, notice)) {
            ranges.cancel(range.jobId);
            return true;
        }
        ScheduledFuture<?> renewal = heartbeat.scheduleAtFixedRate(() -> ranges.renew(range),
                properties.lease().toMillis() / 3, properties.lease().toMillis() / 3, TimeUnit.MILLISECONDS);
        try {
            RangeRun run = new RangeRun(range, notice, words(range.kind, notice), ranges, workers, inbox, sender,
                    sendPool, properties.batchSize(), properties.inFlight(), drain::running);
            boolean done = run.run(notice.audience());
            renewal.cancel(false);
            if (done && ranges.finish(range)) {
                rangeDone(range);
            } else if (!done) {
                // stopping, or a batch failed: give it back, whoever takes it continues from the checkpoint
                ranges.release(range);
            }
        } catch (InterruptedException e) {
            ranges.release(range);
            Thread.currentThread().interrupt();
        } finally {
            renewal.cancel(false);
        }
        return true;
    }

    private void rangeDone(DispatchRangeDocument range) {
        DispatchJobDocument job = mongo.findAndModify(Query.query(where("_id").is(range.jobId)),
                new Update().addToSet("doneRanges", range.index), FindAndModifyOptions.options().returnNew(true),
                DispatchJobDocument.class);
        if (job != null) {
            finishIfAllDone(job);
        }
    }

    /**
     * Finishes a running job whose ranges are all done. Both the last range to finish and the end of
     * the plan ask, each after its own single-document update, so whichever comes second sees both.
     */
    private void finishIfAllDone(DispatchJobDocument job) {
        if (job.doneRanges != null && job.ranges > 0 && job.doneRanges.size() >= job.ranges
                && job.status == DispatchJobDocument.Status.RUNNING) {
            finishJob(job.id, DispatchJobDocument.Status.DONE);
            log.info("Dispatched {} of notice {}", job.kind, job.noticeId);
        }
    }

    private void finishJob(String jobId, DispatchJobDocument.Status status) {
        mongo.updateFirst(Query.query(where("_id").is(jobId)
                        .and("status").in(DispatchJobDocument.Status.PENDING, DispatchJobDocument.Status.RUNNING)),
                new Update().set("status", status).set("finishedAt", clock.instant()).set("leaseUntil", Instant.EPOCH),
                DispatchJobDocument.class);
    }

    private static boolean isLive(PushKind kind, Notice notice) {
        return kind == PushKind.RECALL ? notice.status() == NoticeStatus.RECALLED : notice.status() == NoticeStatus.PUBLISHED;
    }

    private PushSender.Words words(PushKind kind, Notice notice) {
        if (kind != PushKind.RECALL) {
            return new PushSender.Words(notice.title(), notice.body());
        }
        return new PushSender.Words(
                LocalizedText.of(messages.get("push.recall.title", Languages.CHINESE, notice.title().zh()),
                        messages.get("push.recall.title", Languages.ENGLISH, notice.title().in(Languages.ENGLISH))),
                LocalizedText.of(messages.get("push.recall.body", Languages.CHINESE),
                        messages.get("push.recall.body", Languages.ENGLISH)));
    }

    @Override
    public void start() {
        sendPool = Executors.newFixedThreadPool(properties.inFlight(), BackgroundThreads.factory("push-send-", properties.niceness()));
        heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "push-lease");
            thread.setDaemon(true);
            return thread;
        });
        planning.start();
        drain.start();
    }

    /**
     * Stops taking work: the range in hand stops after its batches in flight are sent and recorded,
     * and is given back so another node continues at once.
     */
    @Override
    public void stop() {
        planning.stop(Duration.ofSeconds(60));
        drain.stop(Duration.ofSeconds(60));
        sendPool.shutdown();
        heartbeat.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return drain.running();
    }
}
