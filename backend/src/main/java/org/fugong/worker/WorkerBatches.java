package org.fugong.worker;

import org.fugong.worker.internal.WorkerDocument;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.types.ObjectId;
import org.fugong.base.InLists;
import org.fugong.base.NoticeType;
import org.fugong.base.PersonalData;
import org.fugong.base.PhoneNumbers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Writes many workers at once (an import, a seeding): existing ones found by their phone hashes in one
 * read of the unique key, new ones inserted (as documents built directly, already marked "inbox in
 * step" under an {@link ImportJournal} entry) and known ones updated in one bulk write each, their
 * devices in another ({@link BatchDevices}), and one {@link WorkersChanged} for the batch, so the
 * inbox backfill runs once per batch too and takes the new workers' profiles from memory.
 */
@Component
class WorkerBatches {

    private final MongoTemplate mongo;
    private final PersonalData personalData;
    private final ApplicationEventPublisher events;
    private final Schools schools;
    private final Clock clock;
    private final BatchDevices devices;
    private final ImportJournal journal;

    WorkerBatches(MongoTemplate mongo, PersonalData personalData, ApplicationEventPublisher events, Schools schools,
                  Clock clock, BatchDevices devices, ImportJournal journal) {
        this.devices = devices;
        this.journal = journal;
        this.mongo = mongo;
        this.personalData = personalData;
        this.events = events;
        this.schools = schools;
        this.clock = clock;
    }

    /** A checked line: the phone, the profile fields it gives (nulls and empty lists are kept as they are), a device. */
    record Line(String phone, WorkerService.CheckedProfile profile, boolean localeGiven, ImportedDevice device) {
    }

    /** A device named by an import line: the installation and its FCM token. */
    record ImportedDevice(String installationId, String token, Platform platform) {
    }

    /** How many of a batch were new and how many known. */
    record Counts(int created, int updated) {
    }

    Counts write(List<Line> lines) {
        if (lines.isEmpty()) {
            return new Counts(0, 0);
        }
        lines.stream().map(l -> l.profile().school()).filter(java.util.Objects::nonNull).distinct().forEach(schools::record);
        Map<String, Line> byHash = new HashMap<>();
        lines.forEach(l -> byHash.put(personalData.lookupHash(l.phone()), l));
        Map<String, String> known = idsByHash(List.copyOf(byHash.keySet()));
        // millisecond precision, as stored: the profiles served to the backfill equal those read back
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<WorkerDocument> fresh = new ArrayList<>();
        BulkOperations updates = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, WorkerDocument.class);
        Map<String, String> idOfPhone = new HashMap<>();
        int updated = 0;
        for (Map.Entry<String, Line> entry : byHash.entrySet()) {
            String id = known.get(entry.getKey());
            if (id == null) {
                WorkerDocument doc = newWorker(entry.getKey(), entry.getValue(), now);
                fresh.add(doc);
                idOfPhone.put(entry.getValue().phone(), doc.id);
            } else {
                updates.updateOne(Query.query(where("_id").is(new ObjectId(id))), changes(entry.getValue(), now));
                idOfPhone.put(entry.getValue().phone(), id);
                updated++;
            }
        }
        ObjectId entry = fresh.isEmpty() ? null : journal.open(fresh.stream().map(w -> w.id).toList());
        Set<String> freshIds = fresh.stream().map(w -> w.id).collect(Collectors.toSet());
        BatchDevices.Pending pending = devices.begin(lines.stream().filter(l -> l.device() != null)
                .map(l -> new BatchDevices.Placed(l.phone(), l.device(), idOfPhone.get(l.phone()),
                        freshIds.contains(idOfPhone.get(l.phone())))).toList(), now);
        Map<String, String> raced = new HashMap<>();
        List<WorkerDocument> inserted = insert(fresh, updates, raced, now);
        idOfPhone.putAll(raced);
        if (updated + raced.size() > 0) {
            updates.execute();
        }
        pending.finish(raced, now);
        backfill(List.copyOf(idOfPhone.values()), inserted, entry);
        return new Counts(inserted.size(), lines.size() - inserted.size());
    }

    /**
     * Runs the inbox backfill of the batch's workers (synchronously, on this thread): the new ones
     * travel in the event, are served from memory and were inserted marked in step; if their backfill did not finish, they are marked behind so that their
     * next sign-in catches up. The journal entry goes once that is settled.
     */
    private void backfill(List<String> workerIds, List<WorkerDocument> inserted, ObjectId entry) {
        Map<String, AudienceCandidate> candidates = new HashMap<>();
        inserted.forEach(w -> candidates.put(w.id, new AudienceCandidate(WorkerService.toProfile(w, null), w.version)));
        boolean done = false;
        try {
            FreshWorkers fresh = FreshWorkers.of(candidates);
            events.publishEvent(new WorkersChanged(workerIds, fresh));
            done = fresh.allConfirmed();
        } finally {
            if (entry != null) {
                if (!done) {
                    journal.markBehind(List.copyOf(candidates.keySet()));
                }
                journal.close(entry);
            }
        }
    }

    /**
     * Inserts the new workers (one unordered bulk); one that appeared meanwhile (a sign-in racing) is
     * updated instead and noted in {@code raced} (phone → the existing worker). Returns those inserted.
     */
    private List<WorkerDocument> insert(List<WorkerDocument> fresh, BulkOperations updates, Map<String, String> raced,
                                        Instant now) {
        if (fresh.isEmpty()) {
            return List.of();
        }
        try {
            mongo.getCollection(mongo.getCollectionName(WorkerDocument.class))
                    .insertMany(fresh.stream().map(BatchDocuments::worker).toList(), new InsertManyOptions().ordered(false));
            return fresh;
        } catch (MongoBulkWriteException refusedSome) {
            Set<Integer> refused = new HashSet<>();
            for (BulkWriteError error : refusedSome.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw refusedSome;
                }
                refused.add(error.getIndex());
            }
            List<WorkerDocument> inserted = new ArrayList<>();
            for (int i = 0; i < fresh.size(); i++) {
                WorkerDocument doc = fresh.get(i);
                if (!refused.contains(i)) {
                    inserted.add(doc);
                    continue;
                }
                WorkerDocument existing = mongo.findOne(Query.query(where("phoneHash").is(doc.phoneHash)), WorkerDocument.class);
                if (existing == null) {
                    throw refusedSome; // refused for a key other than the phone: nothing to update instead
                }
                String phone = personalData.decrypt(doc.phoneEncrypted);
                raced.put(phone, existing.id);
                updates.updateOne(Query.query(where("_id").is(new ObjectId(existing.id))), changes(
                        new Line(phone, profileOf(doc), true, null), now));
            }
            return inserted;
        }
    }

    private Map<String, String> idsByHash(List<String> hashes) {
        Map<String, String> ids = new HashMap<>();
        for (List<String> slice : InLists.of(hashes)) {
            Query query = Query.query(where("phoneHash").in(slice));
            query.fields().include("phoneHash");
            mongo.find(query, WorkerDocument.class).forEach(w -> ids.put(w.phoneHash, w.id));
        }
        return ids;
    }

    private WorkerDocument newWorker(String hash, Line line, Instant now) {
        WorkerService.CheckedProfile p = line.profile();
        WorkerDocument doc = new WorkerDocument();
        doc.id = new ObjectId().toHexString();
        doc.phoneHash = hash;
        doc.phoneEncrypted = personalData.encrypt(line.phone());
        doc.phoneMasked = PhoneNumbers.mask(line.phone());
        doc.name = p.name();
        doc.hometown = p.hometown();
        doc.district = p.district();
        doc.industries = p.industries();
        doc.skills = p.skills();
        doc.employmentStatus = p.employmentStatus();
        doc.enterpriseId = p.enterpriseId();
        doc.school = p.school();
        doc.graduationYear = p.graduationYear();
        doc.locale = line.localeGiven() ? p.locale() : "zh-CN";
        doc.subscriptions = java.util.EnumSet.allOf(NoticeType.class);
        doc.createdAt = now;
        doc.updatedAt = now;
        doc.version = 0L;
        doc.inboxSyncedVersion = 0L; // in step from the start: the journal and the backfill make it so
        if (line.device() != null) {
            ImportedDevice d = line.device();
            doc.targets = new java.util.HashMap<>(Map.of(WorkerDocument.targetKey(d.installationId()),
                    new WorkerDocument.Target(d.installationId(), d.token(), d.platform(), null)));
        }
        return doc;
    }

    private static WorkerService.CheckedProfile profileOf(WorkerDocument doc) {
        return new WorkerService.CheckedProfile(doc.name, doc.hometown, doc.district, doc.industries, doc.skills,
                doc.employmentStatus, doc.enterpriseId, doc.locale, doc.subscriptions, doc.school, doc.graduationYear);
    }

    /** The line's given fields; what it leaves empty stays as it is. */
    private static Update changes(Line line, Instant now) {
        WorkerService.CheckedProfile p = line.profile();
        Update set = new Update();
        if (p.name() != null) {
            set.set("name", p.name());
        }
        if (p.hometown() != null) {
            set.set("hometown", p.hometown());
        }
        if (p.district() != null) {
            set.set("district", p.district());
        }
        if (!p.industries().isEmpty()) {
            set.set("industries", p.industries());
        }
        if (!p.skills().isEmpty()) {
            set.set("skills", p.skills());
        }
        if (p.employmentStatus() != null) {
            set.set("employmentStatus", p.employmentStatus());
        }
        if (p.enterpriseId() != null) {
            set.set("enterpriseId", p.enterpriseId());
        }
        if (p.school() != null) {
            set.set("school", p.school());
        }
        if (p.graduationYear() != null) {
            set.set("graduationYear", p.graduationYear());
        }
        if (line.localeGiven()) {
            set.set("locale", p.locale());
        }
        return set.set("updatedAt", now).inc("version", 1);
    }
}
