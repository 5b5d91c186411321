package org.fugong.worker.internal;

import org.fugong.worker.Device;
import org.fugong.worker.Platform;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A device in the {@code devices} collection, keyed by the app's installation id; one FCM token is held by one installation. */
@Document("devices")
public class DeviceDocument {
    @Id
    public String installationId;
    public String workerId;
    public Platform platform;
    public String fcmToken;
    public String locale;
    public String appVersion;
    public boolean active;
    public String deactivatedReason;
    public Instant createdAt;
    public Instant updatedAt;

    public Device toDevice() {
        return new Device(installationId, workerId, platform, locale, appVersion, active, deactivatedReason, createdAt, updatedAt);
    }
}
