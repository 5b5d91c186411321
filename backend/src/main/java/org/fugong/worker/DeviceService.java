package org.fugong.worker;

import org.fugong.base.ConflictException;
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

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The devices workers receive pushes on. One FCM registration token belongs to one installation, and
 * a device belongs to whoever holds its token: a worker's token moves to their own new installation
 * (the app was reinstalled); another worker's installation or token is theirs until the caller proves
 * they hold the phone by presenting the installation's current token (a phone handed on and signed in
 * again), otherwise 409.
 */
@Service
public class DeviceService {


    private final MongoTemplate mongo;
    private final Clock clock;

    DeviceService(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        var ops = mongo.indexOps(DeviceDocument.class);
        ops.createIndex(new Index().on("fcmToken", Sort.Direction.ASC).unique());
        ops.createIndex(new Index().on("workerId", Sort.Direction.ASC).on("active", Sort.Direction.ASC));
    }

    /** Registers or updates a device of a worker (an upsert by installation id). */
    public Device register(String workerId, String installationId, DeviceRegistration registration) {
        String token = DeviceRegistrations.check(installationId, registration);
        String appVersion = Texts.trimToNull(registration.appVersion());
        for (int attempt = 0; ; attempt++) {
            requireHeldByCaller(workerId, installationId, token);
            // the token moves from the caller's other installation (the app was reinstalled)
            mongo.remove(Query.query(where("fcmToken").is(token).and("_id").ne(installationId).and("workerId").is(workerId)),
                    DeviceDocument.class);
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
            // matches the caller's own installation, or one whose current token they present; an
            // installation of someone else without that proof makes the upsert's insert collide: a 409
            Query mine = Query.query(where("_id").is(installationId)
                    .orOperator(where("workerId").is(workerId), where("fcmToken").is(token)));
            try {
                return mongo.findAndModify(mine, upsert, FindAndModifyOptions.options().upsert(true).returnNew(true),
                        DeviceDocument.class).toDevice();
            } catch (DuplicateKeyException raced) {
                if (attempt >= 2) {
                    throw new ConflictException("error.device-taken");
                }
            }
        }
    }

    /**
     * A device belongs to whoever holds its token: another worker's installation moves to the caller
     * only when the caller presents the token that installation has now (the phone was handed on and
     * signed in again), and a token another worker's installation holds is not taken away from it.
     */
    private void requireHeldByCaller(String workerId, String installationId, String token) {
        DeviceDocument installation = mongo.findById(installationId, DeviceDocument.class);
        if (installation != null && !workerId.equals(installation.workerId) && !token.equals(installation.fcmToken)) {
            throw new ConflictException("error.device-taken");
        }
        boolean tokenElsewhere = mongo.exists(Query.query(where("fcmToken").is(token).and("_id").ne(installationId)
                .and("workerId").ne(workerId)), DeviceDocument.class);
        if (tokenElsewhere) {
            throw new ConflictException("error.device-taken");
        }
    }

    /** Forgets a device of this worker (sign-out); nothing happens when it is not theirs. */
    public void remove(String workerId, String installationId) {
        mongo.remove(Query.query(where("_id").is(installationId).and("workerId").is(workerId)), DeviceDocument.class);
    }

    /** The worker's devices, active or not. */
    public List<Device> devicesOf(String workerId) {
        return mongo.find(Query.query(where("workerId").is(workerId)), DeviceDocument.class).stream()
                .map(DeviceDocument::toDevice).toList();
    }

    /** The active devices of some workers, to push to. */
    public List<PushTarget> activeDevicesOf(Collection<String> workerIds) {
        if (workerIds.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(where("workerId").in(workerIds).and("active").is(true)), DeviceDocument.class)
                .stream()
                .map(d -> new PushTarget(d.installationId, d.workerId, d.fcmToken, d.platform, d.locale))
                .toList();
    }

    /**
     * Stops pushing to a device whose token FCM rejected as unregistered or invalid. Only if it still
     * holds that token: a fresh registration in the meantime wins.
     */
    public void deactivate(String installationId, String token, String reason) {
        mongo.updateFirst(Query.query(where("_id").is(installationId).and("fcmToken").is(token)),
                new Update().set("active", false).set("deactivatedReason", reason).set("updatedAt", clock.instant()),
                DeviceDocument.class);
    }
}
