package org.fugong.worker;

import org.fugong.worker.internal.WorkerDocument;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.fugong.base.Place;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * Workers and devices of a batch as the documents the database stores, built directly: what the
 * object mapper would write for them (a test holds the two equal), without its reflective cost on
 * every one of thousands of rows.
 */
final class BatchDocuments {

    private BatchDocuments() {
    }

    static Document worker(WorkerDocument w) {
        Document doc = new Document("_id", new ObjectId(w.id));
        put(doc, "phoneHash", w.phoneHash);
        put(doc, "phoneEncrypted", w.phoneEncrypted);
        put(doc, "phoneMasked", w.phoneMasked);
        put(doc, "name", w.name);
        if (w.hometown != null) {
            doc.put("hometown", place(w.hometown));
        }
        put(doc, "district", w.district);
        put(doc, "industries", w.industries);
        put(doc, "skills", w.skills);
        put(doc, "employmentStatus", w.employmentStatus == null ? null : w.employmentStatus.name());
        put(doc, "enterpriseId", w.enterpriseId);
        put(doc, "school", w.school);
        put(doc, "graduationYear", w.graduationYear);
        put(doc, "locale", w.locale);
        if (w.subscriptions != null) {
            doc.put("subscriptions", w.subscriptions.stream().map(Enum::name).toList());
        }
        if (w.targets != null) {
            Document targets = new Document();
            for (Map.Entry<String, WorkerDocument.Target> entry : w.targets.entrySet()) {
                targets.put(entry.getKey(), target(entry.getValue()));
            }
            doc.put("targets", targets);
        }
        put(doc, "createdAt", date(w.createdAt));
        put(doc, "updatedAt", date(w.updatedAt));
        put(doc, "inboxSyncedVersion", w.inboxSyncedVersion);
        put(doc, "version", w.version);
        doc.put("_class", WorkerDocument.class.getName());
        return doc;
    }

    /** A device as an import's upsert by installation leaves it when it inserts. */
    static Document device(WorkerBatches.ImportedDevice d, String workerId, Instant now) {
        return new Document("_id", d.installationId())
                .append("workerId", workerId)
                .append("platform", d.platform().name())
                .append("fcmToken", d.token())
                .append("active", true)
                .append("updatedAt", date(now))
                .append("createdAt", date(now));
    }

    private static Document target(WorkerDocument.Target t) {
        Document doc = new Document();
        put(doc, "installationId", t.installationId());
        put(doc, "token", t.token());
        put(doc, "platform", t.platform() == null ? null : t.platform().name());
        put(doc, "locale", t.locale());
        return doc;
    }

    private static Document place(Place place) {
        Document doc = new Document();
        put(doc, "province", place.province());
        put(doc, "city", place.city());
        return doc;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static void put(Document doc, String key, Object value) {
        if (value != null) {
            doc.put(key, value);
        }
    }
}
