package org.fugong.worker;

import org.fugong.worker.internal.DeviceDocument;
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
import java.util.regex.Pattern;

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

    /** The shapes an import line's device must have (the same as a registration's). */
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
        ops.createIndex(new Index().on("_id", Sort.Direction.ASC).on("workerId", Sort.Direction.ASC).unique());
    }

    /** Registers or updates a device of a worker (an upsert by installation id). */
    public Device register(String workerId, String installationId, DeviceRegistration registration) {
        String token = DeviceRegistrations.check(installationId, registration);
        String appVersion = Texts.trimToNull(registration.appVersion());

        requireHeldByCaller(workerId, installationId, token);
        // the token moves from the caller's other installation (the app was reinstalled)
        DeviceDocument holder = mongo.findOne(Query.query(where("fcmToken").is(token)), DeviceDocument.class);
        if (holder != null && !holder.installationId.equals(installationId) && workerId.equals(holder.workerId)) {
            mongo.remove(Query.query(where("_id").is(holder.installationId)), DeviceDocument.class);
            targets.drop(workerId, holder.installationId);
        }
        Instant now = clock.instant();
        Update update = new Update()
                .set("workerId", workerId)
                .set("platform", registration.platform())
                .set("fcmToken", token)
                .set("locale", registration.locale())
                .set("appVersion", appVersion)
                .set("active", true)
                .set("deactivatedReason", null)
                .set("updatedAt", now);
        // the caller's own installation, or one whose current token they present (each guard served by key)
        DeviceDocument before = mongo.findAndModify(Query.query(where("_id").is(installationId).and("workerId").is(workerId)),
                update, DeviceDocument.class);
        if (before == null) {
            before = mongo.findAndModify(Query.query(where("_id").is(installationId).and("fcmToken").is(token)),
                    update, DeviceDocument.class);
        }
        if (before == null) {
            DeviceDocument fresh = new DeviceDocument();
            fresh.installationId = installationId;
            fresh.workerId = workerId;
            fresh.platform = registration.platform();
            fresh.fcmToken = token;
            fresh.locale = registration.locale();
            fresh.appVersion = appVersion;
            fresh.active = true;
            fresh.createdAt = now;
            fresh.updatedAt = now;
            try {
                mongo.insert(fresh);
            } catch (DuplicateKeyException taken) {
                // another worker's installation without its token, or the token held elsewhere meanwhile
                throw new ConflictException("error.device-taken");
            }
        } else if (!workerId.equals(before.workerId)) {
            targets.drop(before.workerId, installationId);
        }
        targets.put(workerId, installationId, token, registration.platform(), registration.locale());
        return mongo.findById(installationId, DeviceDocument.class).toDevice();
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
        DeviceDocument holder = mongo.findOne(Query.query(where("fcmToken").is(token)), DeviceDocument.class);
        if (holder != null && !holder.installationId.equals(installationId) && !workerId.equals(holder.workerId)) {
            throw new ConflictException("error.device-taken");
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
