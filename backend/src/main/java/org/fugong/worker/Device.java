package org.fugong.worker;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A registered device of a worker; inactive once FCM said its token is no longer valid. */
public record Device(@Schema(requiredMode = REQUIRED) String installationId,
                     @Schema(requiredMode = REQUIRED) String workerId,
                     @Schema(requiredMode = REQUIRED) Platform platform,
                     @Schema(allowableValues = {"zh-CN", "en"}) String locale,
                     String appVersion,
                     @Schema(requiredMode = REQUIRED) boolean active,
                     @Schema(description = "why FCM refused its token, once inactive") String deactivatedReason,
                     @Schema(requiredMode = REQUIRED) Instant createdAt,
                     @Schema(requiredMode = REQUIRED) Instant updatedAt) {
}
