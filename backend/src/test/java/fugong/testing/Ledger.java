package fugong.testing;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.List;

/** Reads the push ledger ({@code pushBatches}) as tests need it: one outcome per device and try. */
public final class Ledger {

    private final MongoTemplate mongo;

    public Ledger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One message's outcome: installation, worker, SENT/SIMULATED/FAILED, FCM's error code, which try. */
    public record Outcome(String installationId, String workerId, String outcome, String errorCode, int attempt,
                          String kind, String node) {
    }

    /** Every outcome recorded for a notice, of every kind, in no particular order. */
    public List<Outcome> outcomes(String noticeId) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Document batch : mongo.getCollection("pushBatches").find(new Document("noticeId", noticeId))) {
            List<String> devices = batch.getList("devices", String.class);
            if (devices == null) {
                continue;
            }
            // stored as columns: one value per message, errors only when something failed
            List<String> workers = batch.getList("workers", String.class);
            List<String> errors = batch.getList("errors", String.class);
            boolean simulated = batch.getBoolean("simulated", false);
            for (int i = 0; i < devices.size(); i++) {
                String error = errors == null ? null : errors.get(i);
                String outcome = error != null ? "FAILED" : simulated ? "SIMULATED" : "SENT";
                outcomes.add(new Outcome(devices.get(i), workers.get(i), outcome, error, batch.getInteger("attempt", 1),
                        batch.getString("kind"), batch.getString("node")));
            }
        }
        return outcomes;
    }

    /** The outcomes of one installation for a notice, in the order of their tries. */
    public List<Outcome> of(String noticeId, String installationId) {
        return outcomes(noticeId).stream().filter(o -> installationId.equals(o.installationId()))
                .sorted(java.util.Comparator.comparingInt(Outcome::attempt)).toList();
    }

    /** Pushes still queued (tellings and retries not yet sent). */
    public long queued() {
        return mongo.getCollection("pushOutbox").countDocuments();
    }
}
