package org.fugong.enterprise;

import org.bson.types.ObjectId;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.ConflictException;
import org.fugong.base.CreditCodes;
import org.fugong.base.Cursor;
import org.fugong.base.CursorPage;
import org.fugong.base.NotFoundException;
import org.fugong.base.Paging;
import org.fugong.base.Problems;
import org.fugong.base.Regions;
import org.fugong.base.Role;
import org.fugong.base.Texts;
import org.fugong.security.StaffUser;
import org.fugong.security.UserService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The enterprise registry. HR users only ever see their own enterprise. */
@Service
public class EnterpriseService {

    /** Industry and skill codes: lower-case, as the bureau chooses them. */
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    private final MongoTemplate mongo;
    private final UserService users;
    private final AuditLog audit;
    private final Clock clock;

    EnterpriseService(MongoTemplate mongo, UserService users, AuditLog audit, Clock clock) {
        this.mongo = mongo;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        var ops = mongo.indexOps(EnterpriseDocument.class);
        ops.createIndex(new Index().on("creditCode", Sort.Direction.ASC).unique());
        ops.createIndex(new Index().on("taskForceLeader", Sort.Direction.ASC));
        ops.createIndex(new Index().on("specialist", Sort.Direction.ASC));
        ops.createIndex(new Index().on("name", Sort.Direction.ASC));
    }

    /** Registers an enterprise (OFFICIAL or ADMIN); the credit code must be valid and new. */
    public Enterprise create(NewEnterprise input, Actor actor) {
        actor.require(Role.OFFICIAL, Role.ADMIN);
        EnterpriseDocument doc = validated(input);
        Instant now = clock.instant();
        doc.createdAt = now;
        doc.updatedAt = now;
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("error.credit-code-taken", doc.creditCode);
        }
        audit.record(actor, "enterprise.create", "enterprise", doc.id, Map.of("name", doc.name, "creditCode", doc.creditCode));
        return doc.toEnterprise();
    }

    /**
     * Checks an enterprise without saving it: the document to insert, or every problem. Used by
     * single creation and by imports, which check every line before writing any.
     */
    EnterpriseDocument validated(NewEnterprise input) {
        Problems problems = new Problems();
        String name = Texts.trimToNull(input.name());
        problems.check(name != null, "name", "error.required");
        problems.check(name == null || name.length() <= 100, "name", "error.max-length", 100);
        String creditCode = CreditCodes.normalize(input.creditCode());
        problems.check(creditCode != null && !creditCode.isEmpty(), "creditCode", "error.required");
        problems.check(creditCode == null || creditCode.isEmpty() || CreditCodes.isValid(creditCode), "creditCode",
                "error.credit-code");
        String industry = input.industry() == null ? null : Texts.trimToNull(input.industry().toLowerCase(Locale.ROOT));
        problems.check(industry != null, "industry", "error.required");
        problems.check(industry == null || CODE.matcher(industry).matches(), "industry", "error.code");
        String district = Texts.trimToNull(input.district());
        problems.check(district == null || Regions.china().isDistrict(district), "district", "error.district");
        problems.check(input.headcount() == null || input.headcount() >= 0 && input.headcount() <= 1_000_000,
                "headcount", "error.range", 0, 1_000_000);
        String leader = checkOfficial(input.taskForceLeader(), "taskForceLeader", problems);
        String specialist = checkOfficial(input.specialist(), "specialist", problems);
        problems.throwIfAny();
        EnterpriseDocument doc = new EnterpriseDocument();
        doc.name = name;
        doc.creditCode = creditCode;
        doc.industry = industry;
        doc.district = district;
        doc.key = Boolean.TRUE.equals(input.key());
        doc.headcount = input.headcount();
        doc.taskForceLeader = leader;
        doc.specialist = specialist;
        return doc;
    }

    private String checkOfficial(String username, String field, Problems problems) {
        String name = Texts.trimToNull(username);
        if (name == null) {
            problems.add(field, "error.required");
            return null;
        }
        Optional<StaffUser> user = users.findByUsername(name);
        problems.check(user.isPresent() && user.get().enabled()
                && (user.get().roles().contains(Role.OFFICIAL) || user.get().roles().contains(Role.REVIEWER)
                || user.get().roles().contains(Role.ADMIN)), field, "error.not-an-official", name);
        return user.map(StaffUser::username).orElse(name);
    }

    /** One enterprise; HR users only their own. */
    public Enterprise get(String id, Actor actor) {
        if (actor.isEnterpriseOnly() && !id.equals(actor.enterpriseId())) {
            throw new NotFoundException("enterprise", id);
        }
        return find(id).orElseThrow(() -> new NotFoundException("enterprise", id));
    }

    public Optional<Enterprise> find(String id) {
        if (id == null || !ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(new ObjectId(id), EnterpriseDocument.class)).map(EnterpriseDocument::toEnterprise);
    }

    /** The enterprise registered under a credit code (any case, surrounding spaces ignored). */
    public Optional<Enterprise> findByCreditCode(String creditCode) {
        String code = CreditCodes.normalize(creditCode);
        if (code == null || code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(where("creditCode").is(code)), EnterpriseDocument.class))
                .map(EnterpriseDocument::toEnterprise);
    }

    public boolean exists(String id) {
        return id != null && ObjectId.isValid(id)
                && mongo.exists(Query.query(where("_id").is(new ObjectId(id))), EnterpriseDocument.class);
    }

    /** Enterprises by name, key enterprises first; HR users see only their own. */
    public CursorPage<Enterprise> list(Actor actor, Paging paging) {
        Criteria criteria = actor.isEnterpriseOnly()
                ? where("_id").is(actor.enterpriseId() == null || !ObjectId.isValid(actor.enterpriseId())
                        ? new ObjectId() : new ObjectId(actor.enterpriseId()))
                : new Criteria();
        if (paging.hasCursor()) {
            boolean key = "1".equals(paging.cursor().part(0));
            String name = paging.cursor().part(1);
            ObjectId id = paging.cursor().idPart(2);
            // key enterprises (1) come before the others (0); then by name and id
            Criteria after = key
                    ? new Criteria().orOperator(where("key").is(false),
                    new Criteria().andOperator(where("key").is(true), nameAfter(name, id)))
                    : new Criteria().andOperator(where("key").is(false), nameAfter(name, id));
            criteria = new Criteria().andOperator(criteria, after);
        }
        Query query = new Query(criteria)
                .with(Sort.by(Sort.Order.desc("key"), Sort.Order.asc("name"), Sort.Order.asc("_id")))
                .limit(paging.limit() + 1);
        List<Enterprise> rows = mongo.find(query, EnterpriseDocument.class).stream().map(EnterpriseDocument::toEnterprise).toList();
        return CursorPage.of(rows, paging.limit(), e -> Cursor.of(e.key() ? "1" : "0", e.name(), e.id()));
    }

    private static Criteria nameAfter(String name, ObjectId id) {
        return new Criteria().orOperator(where("name").gt(name),
                new Criteria().andOperator(where("name").is(name), where("_id").gt(id)));
    }

    /** Every enterprise, key enterprises first, for the console's pickers. */
    public List<Enterprise> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Order.desc("key"), Sort.Order.asc("name"))),
                EnterpriseDocument.class).stream().map(EnterpriseDocument::toEnterprise).toList();
    }

    /** Names of some enterprises, by id. */
    public Map<String, String> names(Collection<String> ids) {
        List<ObjectId> oids = ids.stream().filter(i -> i != null && ObjectId.isValid(i)).distinct().map(ObjectId::new).toList();
        Map<String, String> names = new LinkedHashMap<>();
        if (oids.isEmpty()) {
            return names;
        }
        Query query = Query.query(where("_id").in(oids));
        query.fields().include("name");
        mongo.find(query, EnterpriseDocument.class).forEach(e -> names.put(e.id, e.name));
        return names;
    }

    /** The enterprises an official leads or is specialist for. */
    public List<Enterprise> assignedTo(String username) {
        return mongo.find(new Query(new Criteria().orOperator(where("taskForceLeader").is(username),
                        where("specialist").is(username))).with(Sort.by(Sort.Order.desc("key"), Sort.Order.asc("name"))),
                EnterpriseDocument.class).stream().map(EnterpriseDocument::toEnterprise).toList();
    }

    public long count() {
        return mongo.estimatedCount(EnterpriseDocument.class);
    }

    /** Ids of key enterprises. */
    public List<String> keyEnterpriseIds() {
        Query query = Query.query(where("key").is(true));
        query.fields().include("_id");
        List<String> ids = new ArrayList<>();
        mongo.find(query, EnterpriseDocument.class).forEach(e -> ids.add(e.id));
        return ids;
    }
}
