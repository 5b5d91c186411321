package org.fugong.worker;

/** An active device to push to: its installation, owner, FCM registration token, platform and language. */
public record PushTarget(String installationId, String workerId, String token, Platform platform, String locale) {
}
