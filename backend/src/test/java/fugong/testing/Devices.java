package fugong.testing;

import org.bson.Document;
import org.fugong.worker.Device;
import org.fugong.worker.Platform;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** A worker's registered devices, active or not, as stored: what a test checks registration and pushes by. */
public final class Devices {

    private Devices() {
    }

    public static List<Device> of(MongoTemplate mongo, String workerId) {
        return mongo.getCollection("devices").find(new Document("workerId", workerId)).into(new java.util.ArrayList<>())
                .stream().map(Devices::device).toList();
    }

    private static Device device(Document d) {
        return new Device(d.getString("_id"), d.getString("workerId"),
                d.getString("platform") == null ? null : Platform.valueOf(d.getString("platform")),
                d.getString("locale"), d.getString("appVersion"), Boolean.TRUE.equals(d.getBoolean("active")),
                d.getString("deactivatedReason"), instant(d.getDate("createdAt")), instant(d.getDate("updatedAt")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
