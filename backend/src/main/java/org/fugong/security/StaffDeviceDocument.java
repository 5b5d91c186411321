package org.fugong.security;

import org.fugong.worker.Platform;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A staff member's device in {@code staffDevices}, by installation id. Kept apart from workers'
 * devices: no audience ever reaches it, and it counts in no notice's figures.
 */
@Document("staffDevices")
class StaffDeviceDocument {
    @Id
    String id;
    String userId;
    Platform platform;
    String fcmToken;
    String locale;
    String appVersion;
    Instant createdAt;
    Instant updatedAt;

    StaffDevice toDevice() {
        return new StaffDevice(id, userId, platform, fcmToken, locale, appVersion, updatedAt);
    }
}
