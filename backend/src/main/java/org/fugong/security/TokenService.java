package org.fugong.security;

import org.fugong.base.Actor;
import org.fugong.base.InvalidInputException;
import org.fugong.base.Plumbing;
import org.fugong.base.Role;
import org.fugong.base.UnauthenticatedException;
import org.fugong.security.internal.RefreshTokenDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Issues Fugong's own tokens: short-lived HS256 JWT access tokens for workers and console users,
 * and opaque, rotating refresh tokens for workers.
 */
@Service
public class TokenService {

    static final String ISSUER = "fugong";
    static final String TYPE = "typ";
    static final String WORKER = "worker";
    static final String STAFF = "staff";

    private final JwtEncoder encoder;
    private final MongoTemplate mongo;
    private final AuthProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TokenService(JwtEncoder encoder, MongoTemplate mongo, AuthProperties properties, Clock clock) {
        this.encoder = encoder;
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
        var ops = mongo.indexOps(RefreshTokenDocument.class);
        ops.createIndex(new Index().on("family", Sort.Direction.ASC));
        ops.createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(0, TimeUnit.SECONDS));
    }

    /** A fresh sign-in: an access token and the first refresh token of a new family. */
    @Plumbing
    public WorkerTokens issueForWorker(String workerId) {
        return issue(workerId, UUID.randomUUID().toString());
    }

    /**
     * Rotates a refresh token. A token used twice means it leaked: the whole family is revoked and
     * the worker has to sign in again.
     */
    public WorkerTokens refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            // a request without the token is malformed (400), not a session that ended (401)
            throw InvalidInputException.of("refreshToken", "error.required");
        }
        if (refreshToken.length() > 200) {
            throw new UnauthenticatedException("error.refresh-invalid");
        }
        Instant now = clock.instant();
        String hash = sha256(refreshToken.strip());
        RefreshTokenDocument current = mongo.findAndModify(
                Query.query(where("_id").is(hash).and("usedAt").is(null).and("expiresAt").gt(now)),
                new Update().set("usedAt", now),
                FindAndModifyOptions.options().returnNew(false), RefreshTokenDocument.class);
        if (current == null) {
            RefreshTokenDocument reused = mongo.findById(hash, RefreshTokenDocument.class);
            if (reused != null && reused.usedAt != null) {
                mongo.remove(Query.query(where("family").is(reused.family)), RefreshTokenDocument.class);
            }
            throw new UnauthenticatedException("error.refresh-invalid");
        }
        return issue(current.workerId, current.family);
    }

    /** An integration API token for a console user. */
    @Plumbing
    public StaffToken issueForStaff(Actor actor) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(actor.id())
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenTtl()))
                .id(UUID.randomUUID().toString())
                .claim(TYPE, STAFF)
                .claim("name", actor.username())
                .claim("displayName", actor.displayName())
                .claim("roles", actor.roles().stream().map(Role::name).sorted().toList())
                .claims(c -> {
                    if (actor.enterpriseId() != null) {
                        c.put("enterpriseId", actor.enterpriseId());
                    }
                })
                .build();
        return new StaffToken(encode(claims), properties.accessTokenTtl().toSeconds());
    }

    /** The console user a staff token speaks for. */
    public static Actor actorOf(Jwt jwt) {
        if (!STAFF.equals(jwt.getClaimAsString(TYPE))) {
            throw new UnauthenticatedException("error.unauthenticated");
        }
        List<String> roleNames = jwt.getClaimAsStringList("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (roleNames != null) {
            roleNames.forEach(r -> roles.add(Role.valueOf(r)));
        }
        return new Actor(jwt.getSubject(), jwt.getClaimAsString("name"), jwt.getClaimAsString("displayName"), roles,
                jwt.getClaimAsString("enterpriseId"));
    }

    private WorkerTokens issue(String workerId, String family) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(workerId)
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenTtl()))
                .id(UUID.randomUUID().toString())
                .claim(TYPE, WORKER)
                .build();
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        RefreshTokenDocument doc = new RefreshTokenDocument();
        doc.tokenHash = sha256(refreshToken);
        doc.workerId = workerId;
        doc.family = family;
        doc.createdAt = now;
        doc.expiresAt = now.plus(properties.refreshTokenTtl());
        mongo.insert(doc);
        return new WorkerTokens(encode(claims), refreshToken, properties.accessTokenTtl().toSeconds(), workerId);
    }

    private String encode(JwtClaimsSet claims) {
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
