package org.fugong.security;

import org.fugong.base.Actor;
import org.fugong.base.Plumbing;
import org.fugong.base.Texts;
import org.fugong.security.internal.StaffDeviceDocument;
import org.fugong.worker.DeviceRegistration;
import org.fugong.worker.DeviceRegistrations;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Console users' own phones, registered through the integration API by the Fugong app signed in
 * with a staff account ({@code PUT /api/v1/admin/me/devices/{installationId}}), so an official can
 * send a notice's push to themself before it goes out. An installation belongs to one user: signing
 * in as someone else moves it.
 */
@Service
public class StaffDevices {

    private static final int MAX_PER_USER = 10;

    private final MongoTemplate mongo;
    private final Clock clock;

    StaffDevices(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(StaffDeviceDocument.class).createIndex(new Index().on("userId", Sort.Direction.ASC));
    }

    /** Registers or updates one of the actor's devices (an upsert by installation id). */
    public StaffDevice register(String installationId, DeviceRegistration registration, Actor actor) {
        String token = DeviceRegistrations.check(installationId, registration);
        Instant now = clock.instant();
        Update upsert = new Update().set("userId", actor.id()).set("platform", registration.platform())
                .set("fcmToken", token).set("locale", registration.locale())
                .set("appVersion", Texts.trimToNull(registration.appVersion())).set("updatedAt", now)
                .setOnInsert("createdAt", now);
        return mongo.findAndModify(Query.query(where("_id").is(installationId)), upsert,
                FindAndModifyOptions.options().upsert(true).returnNew(true), StaffDeviceDocument.class).toDevice();
    }

    /** Forgets one of the actor's devices; nothing happens when it is not theirs. */
    public void remove(String installationId, Actor actor) {
        mongo.remove(Query.query(where("_id").is(installationId).and("userId").is(actor.id())), StaffDeviceDocument.class);
    }

    /** The actor's devices, the most recently registered first. */
    public List<StaffDevice> of(Actor actor) {
        return mongo.find(Query.query(where("userId").is(actor.id())).with(Sort.by(Sort.Direction.DESC, "updatedAt"))
                .limit(MAX_PER_USER), StaffDeviceDocument.class).stream().map(StaffDeviceDocument::toDevice).toList();
    }

    /** A user's devices, for the alerts they are to receive (the dispatch clock's warnings). */
    @Plumbing
    public List<StaffDevice> ofUser(String userId) {
        return mongo.find(Query.query(where("userId").is(userId)).with(Sort.by(Sort.Direction.DESC, "updatedAt"))
                .limit(MAX_PER_USER), StaffDeviceDocument.class).stream().map(StaffDeviceDocument::toDevice).toList();
    }

    /** Forgets a device whose token FCM refused as dead (uninstalled, expired). */
    @Plumbing
    public void forget(String installationId, String fcmToken) {
        mongo.remove(Query.query(where("_id").is(installationId).and("fcmToken").is(fcmToken)), StaffDeviceDocument.class);
    }
}
