package org.fugong.security;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** What a worker gets on sign-in and refresh. */
public record WorkerTokens(@Schema(requiredMode = REQUIRED) String accessToken,
                           @Schema(requiredMode = REQUIRED) String refreshToken,
                           @Schema(requiredMode = REQUIRED) long expiresInSeconds,
                           @Schema(requiredMode = REQUIRED) String workerId) {
}
