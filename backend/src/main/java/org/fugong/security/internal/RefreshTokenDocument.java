package org.fugong.security.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A worker's refresh token, kept as a SHA-256 hash. Tokens of one sign-in form a family: each use
 * rotates to a new token, and presenting a used one again revokes the whole family.
 */
@Document("refreshTokens")
public class RefreshTokenDocument {
    @Id
    public String tokenHash;
    public String workerId;
    public String family;
    public Instant createdAt;
    public Instant expiresAt;
    public Instant usedAt;
}
