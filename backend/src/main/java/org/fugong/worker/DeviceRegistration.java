package org.fugong.worker;

/** A device as the app registers it ({@code PUT /me/devices/{installationId}}). */
public record DeviceRegistration(Platform platform, String fcmToken, String locale, String appVersion) {
}
