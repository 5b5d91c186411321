package org.fugong.worker;

import org.fugong.worker.internal.WorkerDocument;
import org.fugong.worker.internal.DeviceDocument;
import org.bson.Document;
import org.fugong.base.InLists;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Keeps each worker's active devices on the worker document ({@code targets}), so that walking an
 * audience yields everything a push needs in one read. Every change is one update by {@code _id}
 * setting or removing one installation's entry, so repeats and races never duplicate one.
 */
@Component
class PushTargets {

    private static final Logger log = LoggerFactory.getLogger(PushTargets.class);
    private static final String MIGRATION = "worker-targets";

    private final MongoTemplate mongo;

    PushTargets(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void put(String workerId, String installationId, String token, Platform platform, String locale) {
        if (!ObjectId.isValid(workerId)) {
            return;
        }
        mongo.updateFirst(byId(workerId), new Update().set("targets." + WorkerDocument.targetKey(installationId),
                new WorkerDocument.Target(installationId, token, platform, locale)), WorkerDocument.class);
    }

    void drop(String workerId, String installationId) {
        if (workerId == null || !ObjectId.isValid(workerId)) {
            return;
        }
        mongo.updateFirst(byId(workerId), new Update().unset("targets." + WorkerDocument.targetKey(installationId)),
                WorkerDocument.class);
    }

    /**
     * Drops an installation whose token FCM refused, unless it registered a new token meanwhile (then
     * the entry holds that one and stays).
     */
    void retire(String workerId, String installationId, String deadToken) {
        if (workerId == null || !ObjectId.isValid(workerId)) {
            return;
        }
        String key = "targets." + WorkerDocument.targetKey(installationId);
        Query query = byId(workerId);
        query.fields().include(key);
        WorkerDocument worker = mongo.findOne(query, WorkerDocument.class);
        WorkerDocument.Target target = worker == null || worker.targets == null ? null
                : worker.targets.get(WorkerDocument.targetKey(installationId));
        if (target != null && deadToken.equals(target.token())) {
            mongo.updateFirst(byId(workerId), new Update().unset(key), WorkerDocument.class);
        }
    }

    /** The active devices of some workers (one read by key). */
    List<PushTarget> of(Collection<String> workerIds) {
        List<ObjectId> ids = workerIds.stream().filter(ObjectId::isValid).distinct().map(ObjectId::new).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<PushTarget> result = new ArrayList<>();
        for (List<ObjectId> slice : InLists.of(ids)) {
            Query query = Query.query(where("_id").in(slice));
            query.fields().include("targets");
            for (WorkerDocument worker : mongo.find(query, WorkerDocument.class)) {
                result.addAll(targetsOf(worker));
            }
        }
        return result;
    }

    static List<PushTarget> targetsOf(WorkerDocument worker) {
        if (worker.targets == null || worker.targets.isEmpty()) {
            return List.of();
        }
        List<PushTarget> result = new ArrayList<>(worker.targets.size());
        worker.targets.values().forEach(t -> result.add(new PushTarget(t.installationId(), worker.id, t.token(),
                t.platform(), t.locale())));
        return result;
    }

    /**
     * Writes the targets of workers whose data predates them, from the devices collection: once, at
     * start-up, recorded as done in {@code migrations}; repeating it changes nothing.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void migrate() {
        if (mongo.exists(Query.query(where("_id").is(MIGRATION)), "migrations")) {
            return;
        }
        Map<String, Map<String, WorkerDocument.Target>> byWorker = new HashMap<>();
        for (DeviceDocument device : mongo.find(Query.query(where("active").is(true)), DeviceDocument.class)) {
            if (device.workerId != null) {
                byWorker.computeIfAbsent(device.workerId, w -> new HashMap<>()).put(
                        WorkerDocument.targetKey(device.installationId),
                        new WorkerDocument.Target(device.installationId, device.fcmToken, device.platform, device.locale));
            }
        }
        if (!byWorker.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, WorkerDocument.class);
            byWorker.forEach((workerId, targets) -> {
                if (ObjectId.isValid(workerId)) {
                    bulk.updateOne(byId(workerId), new Update().set("targets", targets));
                }
            });
            bulk.execute();
            log.info("Wrote the push targets of {} workers from their devices", byWorker.size());
        }
        mongo.save(new Document("_id", MIGRATION).append("doneAt", java.util.Date.from(java.time.Instant.now())), "migrations");
    }

    private static Query byId(String workerId) {
        return Query.query(where("_id").is(new ObjectId(workerId)));
    }
}
