package org.fugong.worker;

import java.time.Instant;

/** A registered device of a worker; inactive once FCM said its token is no longer valid. */
public record Device(String installationId, String workerId, Platform platform, String locale, String appVersion,
                     boolean active, String deactivatedReason, Instant createdAt, Instant updatedAt) {
}
