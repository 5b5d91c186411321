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
    private final Drain drain;

    PushDispatcher(MongoTemplate mongo, NoticeService notices, NoticeFinder finder, InboxService inbox, AudienceWalk workers,
                   PushSender sender, PushLedger ledger, Ranges ranges, Messages messages, PushProperties properties,
                   @Qualifier("pushExecutor") TaskExecutor executor, Clock clock) {
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
        this.drain = new Drain("Dispatching", executor, () -> planNext() || runNext());
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

    /** Looks for work now, on another thread. */
    void kick() {
        drain.kick();
    }

    @Scheduled(fixedDelayString = "${fugong.push.poll-interval:1s}")
    void poll() {
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

    /** Plans jobs and runs ranges until none is left to claim; one drain per node at a time. */
    void drain() {
        drain.run();
    }

    /** Plans one pending job, if any: true when it did. */
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
        List<String> ends = job.ends;
        long size = job.audience;
        if (ends == null) {
            AudienceSplit split = workers.split(notice.audience(), properties.rangeSize());
            ends = split.ends();
            size = split.size();
            DispatchJobDocument planned = mongo.findAndModify(Query.query(where("_id").is(job.id).and("ends").exists(false)),
                    new Update().set("ends", ends).set("audience", size).set("ranges", ends.size() + 1)
                            .set("last", split.last()),
                    FindAndModifyOptions.options().returnNew(true), DispatchJobDocument.class);
            job = planned != null ? planned : mongo.findById(job.id, DispatchJobDocument.class);
        }
        ranges.create(job);
        mongo.updateFirst(Query.query(where("_id").is(job.id).and("status").is(DispatchJobDocument.Status.PENDING)),
                new Update().set("status", DispatchJobDocument.Status.RUNNING).set("startedAt", clock.instant())
                        .set("leaseUntil", Instant.EPOCH), DispatchJobDocument.class);
        log.info("Dispatch of {} planned: {} workers in {} ranges", job.id, job.audience, job.ranges);
        return true;
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
        if (job != null && job.doneRanges != null && job.doneRanges.size() >= job.ranges
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
        drain.start();
    }

    /**
     * Stops taking work: the range in hand stops after its batches in flight are sent and recorded,
     * and is given back so another node continues at once.
     */
    @Override
    public void stop() {
        drain.stop(Duration.ofSeconds(60));
        sendPool.shutdown();
        heartbeat.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return drain.running();
    }
}
