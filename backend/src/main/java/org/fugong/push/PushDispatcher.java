package org.fugong.push;

import org.fugong.base.LocalizedText;
import org.fugong.base.Messages;
import org.fugong.base.Languages;
import org.fugong.notice.InboxService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticePublished;
import org.fugong.notice.NoticeRecalled;
import org.fugong.notice.NoticeService;
import org.fugong.notice.NoticeStatus;
import org.fugong.worker.AudienceMember;
import org.fugong.worker.DeviceService;
import org.fugong.worker.PushTarget;
import org.fugong.worker.WorkerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Delivers published notices: for each dispatch job it walks the audience by worker id in batches,
 * writes their inbox entries, pushes to the devices of those who subscribe to the notice's type, and
 * checkpoints. Any node may run a job; a lease (atomic find-and-modify on {@code leaseUntil}) makes
 * sure one does at a time, and a node that stops is taken over where it left off.
 */
@Component
class PushDispatcher {

    private static final Logger log = LoggerFactory.getLogger(PushDispatcher.class);

    private final MongoTemplate mongo;
    private final NoticeService notices;
    private final InboxService inbox;
    private final WorkerService workers;
    private final DeviceService devices;
    private final PushSender sender;
    private final Messages messages;
    private final PushProperties properties;
    private final TaskExecutor executor;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    PushDispatcher(MongoTemplate mongo, NoticeService notices, InboxService inbox, WorkerService workers,
                   DeviceService devices, PushSender sender, Messages messages, PushProperties properties,
                   @org.springframework.beans.factory.annotation.Qualifier("pushExecutor") TaskExecutor executor, Clock clock) {
        this.mongo = mongo;
        this.notices = notices;
        this.inbox = inbox;
        this.workers = workers;
        this.devices = devices;
        this.sender = sender;
        this.messages = messages;
        this.properties = properties;
        this.executor = executor;
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
        mongo.updateFirst(Query.query(where("_id").is(DispatchJobDocument.id(PushKind.NOTICE, event.noticeId()))
                        .and("status").in(DispatchJobDocument.Status.PENDING, DispatchJobDocument.Status.RUNNING)),
                new Update().set("status", DispatchJobDocument.Status.CANCELLED).set("finishedAt", clock.instant()),
                DispatchJobDocument.class);
        if (event.push()) {
            createJob(PushKind.RECALL, event.noticeId());
            kick();
        }
    }

    /** Looks for jobs now, on another thread. */
    void kick() {
        executor.execute(this::drain);
    }

    @Scheduled(fixedDelayString = "${fugong.push.poll-interval:1s}")
    void poll() {
        drain();
    }

    /**
     * Makes sure every notice published in the last two days has its dispatch job, in case the node
     * that approved it stopped between publishing and creating the job.
     */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
    void reconcile() {
        List<String> published = notices.publishedSince(clock.instant().minus(Duration.ofDays(2)));
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

    /** Runs jobs until none is left to claim; one drain per node at a time. */
    void drain() {
        if (!draining.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                DispatchJobDocument job;
                while ((job = claim()) != null) {
                    try {
                        run(job);
                    } catch (RuntimeException e) {
                        log.error("Dispatch job {} failed; another attempt follows when its lease ends", job.id, e);
                    }
                }
            } while (again.get());
        } finally {
            draining.set(false);
        }
    }

    private DispatchJobDocument claim() {
        Instant now = clock.instant();
        return mongo.findAndModify(
                Query.query(where("status").in(DispatchJobDocument.Status.PENDING, DispatchJobDocument.Status.RUNNING)
                        .and("leaseUntil").lte(now)).with(Sort.by("createdAt")),
                new Update().set("status", DispatchJobDocument.Status.RUNNING).set("leaseOwner", node)
                        .set("leaseUntil", now.plus(properties.lease())).min("startedAt", now),
                FindAndModifyOptions.options().returnNew(true), DispatchJobDocument.class);
    }

    private void run(DispatchJobDocument job) {
        Notice notice = notices.find(job.noticeId).orElse(null);
        boolean live = notice != null && (job.kind == PushKind.RECALL ? notice.status() == NoticeStatus.RECALLED
                : notice.status() == NoticeStatus.PUBLISHED);
        if (!live) {
            finish(job, DispatchJobDocument.Status.CANCELLED);
            return;
        }
        if (!notice.reachesWorkers()) {
            // a policy only enterprises claim: their HR users see it in the console, workers get nothing
            finish(job, DispatchJobDocument.Status.DONE);
            return;
        }
        LocalizedText title = job.kind == PushKind.RECALL ? recallTitle(notice) : notice.title();
        LocalizedText body = job.kind == PushKind.RECALL ? recallBody() : notice.body();
        String checkpoint = job.checkpoint;
        while (true) {
            List<AudienceMember> batch;
            List<String> ids;
            if (job.kind == PushKind.RECALL) {
                ids = inbox.recipientsAfter(notice.id(), checkpoint, properties.batchSize());
                batch = workers.members(ids);
            } else {
                batch = workers.audienceAfter(notice.audience(), checkpoint, properties.batchSize());
                ids = batch.stream().map(AudienceMember::id).toList();
            }
            if (ids.isEmpty()) {
                finish(job, DispatchJobDocument.Status.DONE);
                log.info("Dispatched {} of notice {}", job.kind, notice.id());
                return;
            }
            int entries = job.kind == PushKind.NOTICE ? inbox.deliver(notice, ids) : 0;
            List<String> subscribers = batch.stream().filter(m -> m.subscribesTo(notice.type())).map(AudienceMember::id).toList();
            List<PushTarget> targets = devices.activeDevicesOf(subscribers);
            Map<String, String> locales = new HashMap<>();
            batch.forEach(m -> locales.put(m.id(), m.locale()));
            PushReport report = sender.send(notice, job.kind, title, body, targets, job.id, locales);
            checkpoint = ids.get(ids.size() - 1);
            if (!advance(job, checkpoint, ids.size(), entries, report)) {
                log.warn("Lost the lease of dispatch job {}; another node continues", job.id);
                return;
            }
            if (!stillLive(job)) {
                return;
            }
        }
    }

    /** Saves the checkpoint and renews the lease, only while this node still owns the job. */
    private boolean advance(DispatchJobDocument job, String checkpoint, int workersDone, int entries, PushReport report) {
        Instant now = clock.instant();
        DispatchJobDocument saved = mongo.findAndModify(
                Query.query(where("_id").is(job.id).and("leaseOwner").is(node)
                        .and("status").is(DispatchJobDocument.Status.RUNNING)),
                new Update().set("checkpoint", checkpoint).set("leaseUntil", now.plus(properties.lease()))
                        .inc("workers", workersDone).inc("inboxEntries", entries).inc("pushes", report.sent())
                        .inc("failures", report.failed()),
                DispatchJobDocument.class);
        return saved != null;
    }

    private boolean stillLive(DispatchJobDocument job) {
        return mongo.exists(Query.query(where("_id").is(job.id).and("status").is(DispatchJobDocument.Status.RUNNING)),
                DispatchJobDocument.class);
    }

    private void finish(DispatchJobDocument job, DispatchJobDocument.Status status) {
        mongo.updateFirst(Query.query(where("_id").is(job.id).and("leaseOwner").is(node)),
                new Update().set("status", status).set("finishedAt", clock.instant()).set("leaseUntil", Instant.EPOCH),
                DispatchJobDocument.class);
    }

    private LocalizedText recallTitle(Notice notice) {
        return LocalizedText.of(messages.get("push.recall.title", Languages.CHINESE, notice.title().zh()),
                messages.get("push.recall.title", Languages.ENGLISH, notice.title().in(Languages.ENGLISH)));
    }

    private LocalizedText recallBody() {
        return LocalizedText.of(messages.get("push.recall.body", Languages.CHINESE),
                messages.get("push.recall.body", Languages.ENGLISH));
    }
}
