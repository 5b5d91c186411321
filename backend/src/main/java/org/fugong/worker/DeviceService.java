package org.fugong.worker;

import org.fugong.base.Texts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The devices workers receive pushes on. One FCM registration token belongs to one installation:
 * when a token shows up on another installation (the app was reinstalled, the phone changed hands),
 * it moves there.
 */
@Service
public class DeviceService {

    static final Pattern INSTALLATION_ID = DeviceRegistrations.INSTALLATION_ID;
    static final int MAX_TOKEN_LENGTH = DeviceRegistrations.MAX_TOKEN_LENGTH;

    private final MongoTemplate mongo;
    private final PushTargets targets;
    private final Clock clock;

    DeviceService(MongoTemplate mongo, PushTargets targets, Clock clock) {
        this.mongo = mongo;
        this.targets = targets;
        this.clock = clock;
        var ops = mongo.indexOps(DeviceDocument.class);
        ops.createIndex(new Index().on("fcmToken", Sort.Direction.ASC).unique());
        ops.createIndex(new Index().on("workerId", Sort.Direction.ASC).on("active", Sort.Direction.ASC));
        // the guard of a retirement (installation and the token FCM refused) served by key on every server
        ops.createIndex(new Index().on("_id", Sort.Direction.ASC).on("fcmToken", Sort.Direction.ASC).unique());
    }

    /** Registers or updates a device of a worker (an upsert by installation id). */
    public Device register(String workerId, String installationId, DeviceRegistration registration) {
        String token = DeviceRegistrations.check(installationId, registration);
        String appVersion = Texts.trimToNull(registration.appVersion());

        for (int attempt = 0; ; attempt++) {
            // the token moves: whichever other installation held it is gone (found by the unique token)
            DeviceDocument holder = mongo.findOne(Query.query(where("fcmToken").is(token)), DeviceDocument.class);
            if (holder != null && !holder.installationId.equals(installationId)) {
                mongo.remove(Query.query(where("_id").is(holder.installationId)), DeviceDocument.class);
                targets.drop(holder.workerId, holder.installationId);
            }
            Instant now = clock.instant();
            Update upsert = new Update()
                    .set("workerId", workerId)
                    .set("platform", registration.platform())
                    .set("fcmToken", token)
                    .set("locale", registration.locale())
                    .set("appVersion", appVersion)
                    .set("active", true)
                    .set("deactivatedReason", null)
                    .set("updatedAt", now)
                    .setOnInsert("createdAt", now);
            try {
                DeviceDocument before = mongo.findAndModify(Query.query(where("_id").is(installationId)), upsert,
                        FindAndModifyOptions.options().upsert(true).returnNew(false), DeviceDocument.class);
                if (before != null && before.workerId != null && !before.workerId.equals(workerId)) {
                    targets.drop(before.workerId, installationId);
                }
                targets.put(workerId, installationId, token, registration.platform(), registration.locale());
                DeviceDocument saved = mongo.findById(installationId, DeviceDocument.class);
                return saved.toDevice();
            } catch (DuplicateKeyException raced) {
                if (attempt >= 2) {
                    throw raced;
                }
            }
        }
    }

    /** Forgets a device of this worker (sign-out); nothing happens when it is not theirs. */
    public void remove(String workerId, String installationId) {
        DeviceDocument device = mongo.findById(installationId, DeviceDocument.class);
        if (device == null || !workerId.equals(device.workerId)) {
            return;
        }
        mongo.remove(Query.query(where("_id").is(installationId)), DeviceDocument.class);
        targets.drop(workerId, installationId);
    }

    /** The worker's devices, active or not. */
    public List<Device> devicesOf(String workerId) {
        return mongo.find(Query.query(where("workerId").is(workerId)), DeviceDocument.class).stream()
                .map(DeviceDocument::toDevice).toList();
    }

    /** The active devices of some workers, to push to: read from the workers themselves, by key. */
    public List<PushTarget> activeDevicesOf(Collection<String> workerIds) {
        return targets.of(workerIds);
    }

    /**
     * Stops pushing to a device whose token FCM rejected as unregistered or invalid. Only if it still
     * holds that token: a fresh registration in the meantime wins.
     */
    public void deactivate(String installationId, String token, String reason) {
        DeviceDocument device = mongo.findAndModify(Query.query(where("_id").is(installationId).and("fcmToken").is(token)),
                new Update().set("active", false).set("deactivatedReason", reason).set("updatedAt", clock.instant()),
                DeviceDocument.class);
        if (device != null) {
            targets.retire(device.workerId, installationId, token);
        }
    }
}
