package org.fugong.security;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** An integration API token for a console user. */
public record StaffToken(@Schema(requiredMode = REQUIRED) String accessToken,
                         @Schema(requiredMode = REQUIRED) long expiresInSeconds) {
}
