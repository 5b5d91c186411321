package org.fugong.base;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets Fugong signs tokens and protects phone numbers with. Operators set them
 * ({@code fugong.security.token-secret}, {@code fugong.security.data-key}: base64, 32 bytes or more),
 * and under the {@code prod} profile they must. Elsewhere a missing one is generated once into a file
 * of the data folder's {@code keys/} ({@code 600} in a {@code 700} folder), never into the database:
 * the embedded database listens on a loopback port without a password, so anyone with a shell on the
 * host could read a key from it. A key an older version kept in the {@code settings} collection is
 * moved to its file and deleted from the database.
 */
@Component
public class KeyRing {

    private static final Logger log = LoggerFactory.getLogger(KeyRing.class);
    private static final String COLLECTION = "settings";

    private final byte[] tokenSecret;
    private final byte[] dataKey;

    KeyRing(MongoTemplate mongo, Environment environment,
            @Value("${fugong.security.token-secret:}") String tokenSecret,
            @Value("${fugong.security.data-key:}") String dataKey,
            @Value("${fugong.mongo.embedded.path:./data}") Path dataFolder) {
        boolean prod = environment.acceptsProfiles(Profiles.of("prod"));
        Path keys = dataFolder.resolve("keys");
        this.tokenSecret = resolve(mongo, keys, "token-secret", tokenSecret, prod);
        this.dataKey = resolve(mongo, keys, "data-key", dataKey, prod);
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

    private static byte[] resolve(MongoTemplate mongo, Path keys, String name, String configured, boolean prod) {
        String setting = "fugong.security." + name;
        if (configured != null && !configured.isBlank()) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(configured.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(setting + " is not valid base64");
            }
            if (key.length < 32) {
                throw new IllegalStateException(setting + " must be at least 32 bytes (base64)");
            }
            return key;
        }
        if (prod) {
            throw new ProductionRefusal(setting + " is not set",
                    "Set " + setting + " (environment " + setting.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_')
                            + ") to a base64 key of 32 bytes or more, e.g. the output of `openssl rand -base64 32`;"
                            + " every node needs the same key.");
        }
        Path file = OwnerOnlyFiles.folder(keys).resolve(name);
        try {
            if (!Files.exists(file)) {
                byte[] fresh = fromDatabase(mongo, name);
                boolean migrated = fresh != null;
                if (fresh == null) {
                    fresh = new byte[32];
                    new SecureRandom().nextBytes(fresh);
                }
                try {
                    OwnerOnlyFiles.create(file, Base64.getEncoder().encode(fresh));
                    log.warn("{} {} into {}; set {} explicitly in production", migrated ? "Moved" : "Generated",
                            setting, file.toAbsolutePath(), setting);
                } catch (FileAlreadyExistsException anotherProcessWasFirst) {
                    // read theirs below
                }
            }
            mongo.getCollection(COLLECTION).deleteOne(new Document("_id", "key:" + name));
            OwnerOnlyFiles.file(file);
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep " + setting + " in " + file.toAbsolutePath(), e);
        }
    }

    /** A key an older version generated into the database, if there is one. */
    private static byte[] fromDatabase(MongoTemplate mongo, String name) {
        Document existing = mongo.getCollection(COLLECTION).find(new Document("_id", "key:" + name)).first();
        return existing == null || existing.getString("value") == null ? null
                : Base64.getDecoder().decode(existing.getString("value"));
    }
}
