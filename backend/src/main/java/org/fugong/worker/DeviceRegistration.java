package org.fugong.worker;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A device as the app registers it ({@code PUT /me/devices/{installationId}}). */
public record DeviceRegistration(@Schema(requiredMode = REQUIRED) Platform platform,
                                 @Schema(requiredMode = REQUIRED, description = "the FCM registration token of this installation")
                                 String fcmToken,
                                 @Schema(description = "the language of its pushes; zh-CN when not given",
                                         allowableValues = {"zh-CN", "en"}) String locale,
                                 @Schema(description = "at most 32 characters") String appVersion) {
}
