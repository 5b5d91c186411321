package org.fugong.publicity;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import org.bson.types.ObjectId;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.ConflictException;
import org.fugong.base.MongoBuckets;
import org.fugong.base.NotFoundException;
import org.fugong.base.PhoneNumbers;
import org.fugong.base.Problems;
import org.fugong.base.Role;
import org.fugong.base.Texts;
import org.fugong.base.TooManyRequestsException;
import org.fugong.publicity.internal.ObjectionDocument;
import org.fugong.publicity.internal.PublicityDocument;
import org.fugong.publicity.internal.PublicityPeriods;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Objections to a publicity: filed by anyone on the public page within the period (a way to reach
 * them required, a name optional), a few an hour per address on every node together (Bucket4j in
 * MongoDB; the address is kept only as a hash there), and answered once by an official in the console.
 */
@Service
public class Objections {

    public static final int MAX_TEXT = 1000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,}");
    private static final Pattern LANDLINE = Pattern.compile("[0-9][0-9 -]{6,18}[0-9]");

    private final MongoTemplate mongo;
    private final PublicityService publicities;
    private final PublicityPeriods periods;
    private final AuditLog audit;
    private final MongoBuckets buckets;
    private final BucketConfiguration perAddress;
    private final Clock clock;

    Objections(MongoTemplate mongo, PublicityService publicities, PublicityPeriods periods, AuditLog audit,
               PublicityProperties properties, Clock clock) {
        this.mongo = mongo;
        this.publicities = publicities;
        this.periods = periods;
        this.audit = audit;
        this.clock = clock;
        this.buckets = new MongoBuckets(mongo);
        int perHour = properties.objectionsPerHour();
        this.perAddress = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perHour).refillIntervally(perHour, Duration.ofHours(1))).build();
        mongo.indexOps(ObjectionDocument.class).createIndex(new org.springframework.data.mongodb.core.index.Index()
                .on("publicityId", org.springframework.data.domain.Sort.Direction.ASC));
    }

    /**
     * Files an objection from the public page. Refused after the period (409, saying when it ended),
     * for bad input (400 on the fields), and past the hourly limit of the address (429).
     */
    public void file(String publicityId, NewObjection input, String clientAddress) {
        PublicityDocument publicity = publicities.find(publicityId)
                .filter(p -> p.status == PublicityStatus.RUNNING || p.status == PublicityStatus.CLOSED)
                .orElseThrow(() -> new NotFoundException("publicity", publicityId));
        Instant now = clock.instant();
        if (!publicity.acceptsObjectionsAt(now)) {
            LocalDate last = publicity.lastDay;
            throw new ConflictException("error.objection-period-over", last == null ? "" : last.toString());
        }
        ObjectionDocument doc = checked(input, publicity);
        limit(clientAddress);
        doc.id = new ObjectId().toHexString();
        doc.publicityId = publicity.id;
        doc.at = now;
        mongo.insert(doc);
        // who objected stays with the objection; the log says only that one was filed
        audit.record(Actor.system(), "publicity.objection", "publicity", publicity.id,
                Map.of("objectionId", doc.id, "line", doc.lineNo == null ? "" : doc.lineNo));
    }

    /** An official answers an objection, once: the answer, and whether it is upheld (its claim stays on hold). */
    public Objection answer(String objectionId, String text, Boolean upheld, Actor actor) {
        actor.require(Role.OFFICIAL, Role.REVIEWER, Role.ADMIN);
        ObjectionDocument current = objectionId == null ? null : mongo.findById(objectionId, ObjectionDocument.class);
        if (current == null) {
            throw new NotFoundException("objection", objectionId);
        }
        Problems problems = new Problems();
        String answer = Texts.trimToNull(text);
        problems.check(answer != null, "answer", "error.required");
        problems.check(answer == null || answer.length() <= MAX_TEXT, "answer", "error.max-length", MAX_TEXT);
        problems.check(!Texts.hasControlCharacters(answer), "answer", "error.control-characters");
        problems.check(upheld != null, "upheld", "error.required");
        problems.throwIfAny();
        ObjectionDocument saved = mongo.findAndModify(Query.query(where("_id").is(objectionId).and("answeredAt").is(null)),
                new Update().set("answer", answer).set("upheld", upheld).set("answeredAt", clock.instant())
                        .set("answeredBy", actor.displayName() == null ? actor.username() : actor.displayName()),
                FindAndModifyOptions.options().returnNew(true), ObjectionDocument.class);
        if (saved == null) {
            throw new ConflictException("error.objection-answered");
        }
        audit.record(actor, "publicity.objection.answer", "publicity", saved.publicityId,
                Map.of("objectionId", objectionId, "upheld", upheld));
        periods.reconsider(saved.publicityId);
        return publicities.get(saved.publicityId, actor).objections().stream().filter(o -> o.id().equals(objectionId))
                .findFirst().orElseThrow();
    }

    private static ObjectionDocument checked(NewObjection input, PublicityDocument publicity) {
        Problems problems = new Problems();
        NewObjection in = input == null ? new NewObjection(null, null, null, null) : input;
        String name = Texts.trimToNull(in.name());
        problems.check(name == null || name.length() <= 50, "name", "error.max-length", 50);
        String contact = Texts.trimToNull(in.contact());
        problems.check(contact != null, "contact", "error.required");
        problems.check(contact == null || PhoneNumbers.normalize(contact) != null || EMAIL.matcher(contact).matches()
                || LANDLINE.matcher(contact).matches(), "contact", "error.contact");
        String text = Texts.trimToNull(in.text());
        problems.check(text != null, "text", "error.required");
        problems.check(text == null || text.length() <= MAX_TEXT, "text", "error.max-length", MAX_TEXT);
        problems.check(!Texts.hasControlCharacters(name) && !Texts.hasControlCharacters(text)
                && !Texts.hasControlCharacters(contact), "text", "error.control-characters");
        problems.check(in.lineNo() == null || in.lineNo() >= 1 && in.lineNo() <= publicity.lines.size(), "lineNo",
                "error.range", 1, publicity.lines.size());
        problems.throwIfAny();
        ObjectionDocument doc = new ObjectionDocument();
        doc.name = name;
        doc.contact = contact;
        doc.text = text;
        doc.lineNo = in.lineNo();
        return doc;
    }

    /** A few objections an hour per address, counted on every node together. */
    private void limit(String clientAddress) {
        String key = "objection:" + hash(clientAddress == null ? "unknown" : clientAddress);
        ConsumptionProbe probe = buckets.builder().build(key, () -> perAddress).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException("error.objection-rate-limited", Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private static String hash(String address) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
