package org.fugong.base;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets Fugong signs tokens and protects phone numbers with. Operators set them
 * ({@code fugong.security.token-secret}, {@code fugong.security.data-key}: base64, 32 bytes or more);
 * outside the {@code prod} profile a missing one is generated once and kept in the {@code settings}
 * collection, so every node and every restart agrees on it.
 */
@Component
public class KeyRing {

    private static final Logger log = LoggerFactory.getLogger(KeyRing.class);
    private static final String COLLECTION = "settings";

    private final byte[] tokenSecret;
    private final byte[] dataKey;

    KeyRing(MongoTemplate mongo, Environment environment,
            @Value("${fugong.security.token-secret:}") String tokenSecret,
            @Value("${fugong.security.data-key:}") String dataKey) {
        boolean prod = environment.acceptsProfiles(Profiles.of("prod"));
        this.tokenSecret = resolve(mongo, "token-secret", tokenSecret, prod);
        this.dataKey = resolve(mongo, "data-key", dataKey, prod);
    }

    /** The HMAC key of the API's access tokens. */
    public byte[] tokenSecret() {
        return tokenSecret.clone();
    }

    /** A key for one purpose, derived from the data key so purposes never share a key. */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(dataKey, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resolve(MongoTemplate mongo, String name, String configured, boolean prod) {
        if (configured != null && !configured.isBlank()) {
            byte[] key = Base64.getDecoder().decode(configured.strip());
            if (key.length < 32) {
                throw new IllegalStateException("fugong.security." + name + " must be at least 32 bytes (base64)");
            }
            return key;
        }
        if (prod) {
            throw new IllegalStateException("fugong.security." + name + " must be set under the prod profile");
        }
        String id = "key:" + name;
        Document existing = mongo.getCollection(COLLECTION).find(new Document("_id", id)).first();
        if (existing == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                mongo.getCollection(COLLECTION).insertOne(
                        new Document("_id", id).append("value", Base64.getEncoder().encodeToString(fresh)));
                log.warn("Generated fugong.security.{} and stored it in the database; set it explicitly in production", name);
                return fresh;
            } catch (com.mongodb.MongoWriteException | DuplicateKeyException e) {
                existing = mongo.getCollection(COLLECTION).find(new Document("_id", id)).first();
            }
        }
        return Base64.getDecoder().decode(existing.getString("value"));
    }
}
