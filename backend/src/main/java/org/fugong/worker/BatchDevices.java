package org.fugong.worker;

import org.fugong.worker.internal.WorkerDocument;
import org.fugong.worker.internal.DeviceDocument;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import jakarta.annotation.PreDestroy;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.fugong.base.InLists;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The devices named by a batch of import lines, each registered by installation and on its worker's
 * push targets. A token moves to the installation that now presents it. Devices of workers the batch
 * inserts (whose targets are written with them) are inserted in one unordered bulk, alongside the
 * workers' insert; one whose installation exists already (or appeared meanwhile), and one whose
 * worker turned out to exist, takes the upsert by installation that every other device takes, so the
 * result is the same as if all had been upserted.
 */
@Component
class BatchDevices {

    private final MongoTemplate mongo;
    private final ExecutorService inserter = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "import-devices");
        thread.setDaemon(true);
        return thread;
    });

    BatchDevices(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A line's device and the worker it now belongs to. */
    record Placed(String phone, WorkerBatches.ImportedDevice device, String workerId, boolean workerInserted) {

        Placed atKnownWorker(String knownId) {
            return new Placed(phone, device, knownId, false);
        }
    }

    /** A batch's devices under way: the tokens moved, the new workers' devices being inserted. */
    final class Pending {
        private final BulkOperations targets = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, WorkerDocument.class);
        private final List<Placed> placed;
        private final Future<List<Placed>> inserting;
        private int targetChanges;

        private Pending(List<Placed> placed, Instant now) {
            this.placed = placed;
            targetChanges = moveTokens(placed, targets);
            List<Placed> fresh = placed.stream().filter(Placed::workerInserted).toList();
            inserting = fresh.isEmpty() ? CompletableFuture.completedFuture(List.of()) : inserter.submit(() -> insert(fresh, now));
        }

        /**
         * Waits for the insert, then upserts the rest: known workers' devices, installations that
         * existed, and devices of workers whose insert was refused because they appeared meanwhile
         * ({@code racedIdOfPhone}: their phone and the existing worker's id).
         */
        void finish(Map<String, String> racedIdOfPhone, Instant now) {
            List<Placed> toUpsert = new ArrayList<>();
            for (Placed p : placed) {
                String raced = p.workerInserted() ? racedIdOfPhone.get(p.phone()) : null;
                if (raced != null) {
                    toUpsert.add(p.atKnownWorker(raced));
                } else if (!p.workerInserted()) {
                    toUpsert.add(p);
                }
            }
            for (Placed taken : joined()) {
                if (!racedIdOfPhone.containsKey(taken.phone())) {
                    toUpsert.add(taken);
                }
            }
            upsert(toUpsert, targets, now);
            if (targetChanges > 0) {
                targets.execute();
            }
        }

        private List<Placed> joined() {
            try {
                return inserting.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing devices", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        private void upsert(List<Placed> toUpsert, BulkOperations targets, Instant now) {
            if (toUpsert.isEmpty()) {
                return;
            }
            BulkOperations devices = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, DeviceDocument.class);
            for (Placed p : toUpsert) {
                WorkerBatches.ImportedDevice d = p.device();
                devices.upsert(Query.query(where("_id").is(d.installationId())), new Update()
                        .set("workerId", p.workerId()).set("platform", d.platform()).set("fcmToken", d.token())
                        .set("active", true).set("updatedAt", now).setOnInsert("createdAt", now));
                if (!p.workerInserted()) {
                    targetChanges++;
                    targets.updateOne(Query.query(where("_id").is(new ObjectId(p.workerId()))),
                            new Update().set("targets." + WorkerDocument.targetKey(d.installationId()),
                                    new WorkerDocument.Target(d.installationId(), d.token(), d.platform(), null)));
                }
            }
            devices.execute();
        }
    }

    /**
     * Starts writing a batch's devices: moves the tokens, then inserts the devices of the batch's new
     * workers on another thread while the caller inserts the workers (two collections, two locks).
     */
    Pending begin(List<Placed> placed, Instant now) {
        return new Pending(placed, now);
    }

    @PreDestroy
    void stop() {
        inserter.shutdown();
    }

    /** Removes the other installations holding the lines' tokens, and their workers' targets; returns how many targets change. */
    private int moveTokens(List<Placed> placed, BulkOperations targets) {
        Map<String, String> installationOfToken = new HashMap<>();
        placed.forEach(p -> installationOfToken.put(p.device().token(), p.device().installationId()));
        List<DeviceDocument> holders = new ArrayList<>();
        for (List<String> slice : InLists.of(List.copyOf(installationOfToken.keySet()))) {
            Query query = Query.query(where("fcmToken").in(slice));
            query.fields().include("fcmToken", "workerId");
            holders.addAll(mongo.find(query, DeviceDocument.class));
        }
        int changes = 0;
        for (DeviceDocument holder : holders) {
            if (!holder.installationId.equals(installationOfToken.get(holder.fcmToken))) {
                mongo.remove(Query.query(where("_id").is(holder.installationId)), DeviceDocument.class);
                if (holder.workerId != null && ObjectId.isValid(holder.workerId)) {
                    changes++;
                    targets.updateOne(Query.query(where("_id").is(new ObjectId(holder.workerId))),
                            new Update().unset("targets." + WorkerDocument.targetKey(holder.installationId)));
                }
            }
        }
        return changes;
    }

    /** Inserts the devices of new workers; returns those refused as taken, to be upserted instead. */
    private List<Placed> insert(List<Placed> placed, Instant now) {
        if (placed.isEmpty()) {
            return List.of();
        }
        List<Document> docs = placed.stream().map(p -> BatchDocuments.device(p.device(), p.workerId(), now)).toList();
        try {
            mongo.getCollection(mongo.getCollectionName(DeviceDocument.class))
                    .insertMany(docs, new InsertManyOptions().ordered(false));
            return List.of();
        } catch (MongoBulkWriteException refused) {
            List<Placed> taken = new ArrayList<>();
            for (BulkWriteError error : refused.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw refused;
                }
                taken.add(placed.get(error.getIndex()));
            }
            return taken;
        }
    }
}
