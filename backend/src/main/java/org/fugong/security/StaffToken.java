package org.fugong.security;

/** An integration API token for a console user. */
public record StaffToken(String accessToken, long expiresInSeconds) {
}
