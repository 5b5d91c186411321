package org.fugong.worker;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A device in the {@code devices} collection, keyed by the app's installation id; one FCM token is held by one installation. */
@Document("devices")
class DeviceDocument {
    @Id
    String installationId;
    String workerId;
    Platform platform;
    String fcmToken;
    String locale;
    String appVersion;
    boolean active;
    String deactivatedReason;
    Instant createdAt;
    Instant updatedAt;

    Device toDevice() {
        return new Device(installationId, workerId, platform, locale, appVersion, active, deactivatedReason, createdAt, updatedAt);
    }
}
