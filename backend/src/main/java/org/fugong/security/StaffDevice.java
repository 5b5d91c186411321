package org.fugong.security;

import org.fugong.worker.Platform;

import java.time.Instant;

/** A phone a console user registered to receive test pushes of the notices they write. */
public record StaffDevice(String installationId, String userId, Platform platform, String fcmToken, String locale,
                          String appVersion, Instant updatedAt) {
}
