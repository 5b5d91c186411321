package org.fugong.worker;

import org.bson.types.ObjectId;
import org.fugong.base.InLists;
import org.fugong.base.NoticeType;
import org.fugong.base.PersonalData;
import org.fugong.base.PhoneNumbers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Writes many workers at once (an import, a seeding): existing ones found by their phone hashes in one
 * read of the unique key, new ones inserted and known ones updated in one bulk write each, their
 * devices in another, and one {@link WorkersChanged} for the batch, so the inbox backfill runs once
 * per batch too.
 */
@Component
class WorkerBatches {

    private final MongoTemplate mongo;
    private final PersonalData personalData;
    private final ApplicationEventPublisher events;
    private final Schools schools;
    private final Clock clock;

    WorkerBatches(MongoTemplate mongo, PersonalData personalData, ApplicationEventPublisher events, Schools schools,
                  Clock clock) {
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
        Instant now = clock.instant();
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
        int created = insert(fresh, updates, idOfPhone, now);
        if (updated + (fresh.size() - created) > 0) {
            updates.execute();
        }
        devices(lines, idOfPhone, fresh.stream().map(w -> w.id).collect(java.util.stream.Collectors.toSet()), now);
        events.publishEvent(new WorkersChanged(List.copyOf(idOfPhone.values())));
        return new Counts(created, lines.size() - created);
    }

    /** Inserts the new workers; one that appeared meanwhile (a sign-in racing) is updated instead. */
    private int insert(List<WorkerDocument> fresh, BulkOperations updates, Map<String, String> idOfPhone, Instant now) {
        if (fresh.isEmpty()) {
            return 0;
        }
        try {
            mongo.insertAll(fresh);
            return fresh.size();
        } catch (DuplicateKeyException raced) {
            int created = 0;
            for (WorkerDocument doc : fresh) {
                try {
                    mongo.insert(doc);
                    created++;
                } catch (DuplicateKeyException taken) {
                    WorkerDocument existing = mongo.findOne(Query.query(where("phoneHash").is(doc.phoneHash)), WorkerDocument.class);
                    if (existing == null) {
                        continue; // inserted by the bulk before it stopped
                    }
                    String phone = personalData.decrypt(doc.phoneEncrypted);
                    idOfPhone.put(phone, existing.id);
                    updates.updateOne(Query.query(where("_id").is(new ObjectId(existing.id))), changes(
                            new Line(phone, profileOf(doc), true, null), now));
                }
            }
            return created;
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

    /** Devices named by the lines: upserted by installation, each on its worker's push targets. */
    private void devices(List<Line> lines, Map<String, String> idOfPhone, java.util.Set<String> inserted, Instant now) {
        List<Line> withDevice = lines.stream().filter(l -> l.device() != null).toList();
        if (withDevice.isEmpty()) {
            return;
        }
        BulkOperations devices = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, DeviceDocument.class);
        BulkOperations targets = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, WorkerDocument.class);
        int targetChanges = 0;
        // a token moves to the installation that now presents it: whichever other one held it is gone
        Map<String, String> installationOfToken = new HashMap<>();
        withDevice.forEach(l -> installationOfToken.put(l.device().token(), l.device().installationId()));
        List<DeviceDocument> holders = new ArrayList<>();
        for (List<String> slice : InLists.of(List.copyOf(installationOfToken.keySet()))) {
            holders.addAll(mongo.find(Query.query(where("fcmToken").in(slice)), DeviceDocument.class));
        }
        for (DeviceDocument holder : holders) {
            if (!holder.installationId.equals(installationOfToken.get(holder.fcmToken))) {
                mongo.remove(Query.query(where("_id").is(holder.installationId)), DeviceDocument.class);
                if (holder.workerId != null && ObjectId.isValid(holder.workerId)) {
                    targetChanges++;
                    targets.updateOne(Query.query(where("_id").is(new ObjectId(holder.workerId))),
                            new Update().unset("targets." + WorkerDocument.targetKey(holder.installationId)));
                }
            }
        }
        for (Line line : withDevice) {
            ImportedDevice d = line.device();
            String workerId = idOfPhone.get(line.phone());
            devices.upsert(Query.query(where("_id").is(d.installationId())), new Update()
                    .set("workerId", workerId).set("platform", d.platform()).set("fcmToken", d.token())
                    .set("active", true).set("updatedAt", now).setOnInsert("createdAt", now));
            if (!inserted.contains(workerId)) {
                targetChanges++;
                targets.updateOne(Query.query(where("_id").is(new ObjectId(workerId))),
                        new Update().set("targets." + WorkerDocument.targetKey(d.installationId()),
                                new WorkerDocument.Target(d.installationId(), d.token(), d.platform(), null)));
            }
        }
        devices.execute();
        if (targetChanges > 0) {
            targets.execute();
        }
    }
}
