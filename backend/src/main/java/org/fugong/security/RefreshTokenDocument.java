package org.fugong.security;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A worker's refresh token, kept as a SHA-256 hash. Tokens of one sign-in form a family: each use
 * rotates to a new token, and presenting a used one again revokes the whole family.
 */
@Document("refreshTokens")
class RefreshTokenDocument {
    @Id
    String tokenHash;
    String workerId;
    String family;
    Instant createdAt;
    Instant expiresAt;
    Instant usedAt;
}
