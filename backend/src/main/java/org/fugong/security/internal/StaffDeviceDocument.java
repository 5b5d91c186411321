package org.fugong.security.internal;

import org.fugong.security.StaffDevice;
import org.fugong.worker.Platform;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A staff member's device in {@code staffDevices}, by installation id. Kept apart from workers'
 * devices: no audience ever reaches it, and it counts in no notice's figures.
 */
@Document("staffDevices")
public class StaffDeviceDocument {
    @Id
    public String id;
    public String userId;
    public Platform platform;
    public String fcmToken;
    public String locale;
    public String appVersion;
    public Instant createdAt;
    public Instant updatedAt;

    public StaffDevice toDevice() {
        return new StaffDevice(id, userId, platform, fcmToken, locale, appVersion, updatedAt);
    }
}
