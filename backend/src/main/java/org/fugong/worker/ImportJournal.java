package org.fugong.worker;

import org.fugong.worker.internal.WorkerDocument;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.fugong.base.InLists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.List;

/**
 * The batches whose new workers were inserted already marked "inbox in step" before their inbox
 * backfill ran: one small document per batch listing them, written before the insert and removed
 * once the backfill finished. A batch cut off by a crash is found at the next start: its workers
 * are marked behind (so any sign-in also catches them up), backfilled, and the entry removed; a
 * crash during that repeats it, which adds nothing twice (the inbox key).
 */
@Component
class ImportJournal {

    static final String COLLECTION = "workerImportBackfills";
    private static final Logger log = LoggerFactory.getLogger(ImportJournal.class);

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;

    ImportJournal(MongoTemplate mongo, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.events = events;
    }

    /** Notes that these workers are about to be inserted before their backfill; returns the entry's key. */
    ObjectId open(List<String> workerIds) {
        ObjectId id = new ObjectId();
        mongo.getCollection(COLLECTION).insertOne(new Document("_id", id).append("workerIds", workerIds)
                .append("createdAt", new Date()));
        return id;
    }

    void close(ObjectId entry) {
        mongo.getCollection(COLLECTION).deleteOne(new Document("_id", entry));
    }

    /**
     * Marks workers' inboxes as behind their profiles, so the next sign-in or token refresh catches
     * them up; at worst a worker already in step is backfilled once more, which adds nothing.
     */
    void markBehind(List<String> workerIds) {
        List<ObjectId> ids = workerIds.stream().filter(ObjectId::isValid).map(ObjectId::new).toList();
        for (List<ObjectId> slice : InLists.of(ids)) {
            mongo.getCollection(mongo.getCollectionName(WorkerDocument.class)).updateMany(new Document("_id", new Document("$in", slice)),
                    new Document("$unset", new Document("inboxSyncedVersion", "")));
        }
    }

    /** Finishes the batches a crash cut off between inserting their workers and backfilling them. */
    @EventListener(ApplicationReadyEvent.class)
    void replay() {
        for (Document entry : mongo.getCollection(COLLECTION).find()) {
            List<String> workerIds = entry.getList("workerIds", String.class);
            markBehind(workerIds);
            events.publishEvent(new WorkersChanged(workerIds));
            close(entry.getObjectId("_id"));
            log.info("Caught up the inboxes of {} imported workers whose backfill a stop had cut off", workerIds.size());
        }
    }
}
