package org.fugong.partner;

import org.bson.types.ObjectId;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.ConflictException;
import org.fugong.base.NotFoundException;
import org.fugong.base.Problems;
import org.fugong.base.Role;
import org.fugong.base.Texts;
import org.fugong.partner.internal.PartnerDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Partner platforms and their API keys, managed by ADMIN users: a key is 32 random bytes, shown once
 * when issued and kept only as its SHA-256 hash; revoking it stops the partner at its next pull.
 * Every pull is recorded on the partner (when, from when, how many postings), so the console shows
 * what each took.
 */
@Service
public class PartnerService {

    static final int PULLS_KEPT = 20;
    private static final String KEY_PREFIX = "fgp_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;
    private final AuditLog audit;
    private final Clock clock;

    PartnerService(MongoTemplate mongo, AuditLog audit, Clock clock) {
        this.mongo = mongo;
        this.audit = audit;
        this.clock = clock;
        mongo.indexOps(PartnerDocument.class).createIndex(new Index().on("keyHash", Sort.Direction.ASC).unique());
    }

    /** Registers a partner platform and issues its key, shown this once. */
    public IssuedKey create(String name, String contact, Actor actor) {
        actor.require(Role.ADMIN);
        Problems problems = new Problems();
        String cleanName = Texts.trimToNull(name);
        problems.check(cleanName != null, "name", "error.required");
        problems.check(cleanName == null || cleanName.length() <= 100, "name", "error.max-length", 100);
        String cleanContact = Texts.trimToNull(contact);
        problems.check(cleanContact == null || cleanContact.length() <= 200, "contact", "error.max-length", 200);
        problems.check(!Texts.hasControlCharacters(cleanName) && !Texts.hasControlCharacters(cleanContact), "name",
                "error.control-characters");
        problems.throwIfAny();
        String key = newKey();
        PartnerDocument doc = new PartnerDocument();
        doc.id = new ObjectId().toHexString();
        doc.name = cleanName;
        doc.contact = cleanContact;
        doc.keyHash = hash(key);
        doc.keyPrefix = key.substring(0, KEY_PREFIX.length() + 6);
        doc.createdAt = clock.instant();
        doc.createdBy = actor.username();
        doc.pulls = List.of();
        mongo.insert(doc);
        audit.record(actor, "partner.create", "partner", doc.id, Map.of("name", cleanName, "keyPrefix", doc.keyPrefix));
        return new IssuedKey(doc.toPartner(), key);
    }

    /** Every partner, the newest first (ADMIN). */
    public List<Partner> list(Actor actor) {
        actor.require(Role.ADMIN);
        return mongo.find(new Query().with(Sort.by(Sort.Order.desc("createdAt"))), PartnerDocument.class).stream()
                .map(PartnerDocument::toPartner).toList();
    }

    /** Revokes a partner's key: its next pull is refused (401). */
    public Partner revoke(String partnerId, Actor actor) {
        actor.require(Role.ADMIN);
        PartnerDocument saved = mongo.findAndModify(Query.query(where("_id").is(partnerId).and("revokedAt").is(null)),
                new Update().set("revokedAt", clock.instant()), FindAndModifyOptions.options().returnNew(true),
                PartnerDocument.class);
        if (saved == null) {
            if (partnerId == null || mongo.findById(partnerId, PartnerDocument.class) == null) {
                throw new NotFoundException("partner", partnerId);
            }
            throw new ConflictException("error.partner-revoked");
        }
        audit.record(actor, "partner.revoke", "partner", partnerId, Map.of("name", saved.name));
        return saved.toPartner();
    }

    /** The partner holding this key, if it is a key Fugong issued and did not revoke (one read by key). */
    Optional<PartnerDocument> authenticate(String key) {
        if (key == null || !key.startsWith(KEY_PREFIX) || key.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(where("keyHash").is(hash(key))), PartnerDocument.class))
                .filter(p -> p.revokedAt == null);
    }

    /** Records a page a partner pulled. */
    void recordPull(String partnerId, Partner.Pull pull) {
        mongo.updateFirst(Query.query(where("_id").is(partnerId)), new Update().set("lastPullAt", pull.at())
                .inc("itemsServed", pull.items()).push("pulls").slice(-PULLS_KEPT).each(pull), PartnerDocument.class);
    }

    private static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Instant now() {
        return clock.instant();
    }
}
