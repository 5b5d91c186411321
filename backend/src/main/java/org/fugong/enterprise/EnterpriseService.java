package org.fugong.enterprise;

import org.bson.types.ObjectId;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.ConflictException;
import org.fugong.base.CreditCodes;
import org.fugong.base.CsvImport;
import org.fugong.base.Cursor;
import org.fugong.base.CursorPage;
import org.fugong.base.FieldProblem;
import org.fugong.base.InvalidInputException;
import org.fugong.base.Languages;
import org.fugong.base.Messages;
import org.fugong.base.NotFoundException;
import org.fugong.base.Paging;
import org.fugong.base.Problems;
import org.fugong.base.Regions;
import org.fugong.base.RejectedLine;
import org.fugong.base.Role;
import org.fugong.base.Texts;
import org.fugong.enterprise.internal.EnterpriseDocument;
import org.fugong.reference.Taxonomy;
import org.fugong.security.StaffUser;
import org.fugong.security.UserService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The enterprise registry. HR users only ever see their own enterprise. */
@Service
public class EnterpriseService {

    private final MongoTemplate mongo;
    private final UserService users;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;

    EnterpriseService(MongoTemplate mongo, UserService users, AuditLog audit, Messages messages, Clock clock) {
        this.mongo = mongo;
        this.users = users;
        this.audit = audit;
        this.messages = messages;
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
        problems.check(!Texts.hasControlCharacters(name), "name", "error.control-characters");
        String creditCode = CreditCodes.normalize(input.creditCode());
        problems.check(creditCode != null && !creditCode.isEmpty(), "creditCode", "error.required");
        problems.check(creditCode == null || creditCode.isEmpty() || CreditCodes.isValid(creditCode), "creditCode",
                "error.credit-code");
        String industry = input.industry() == null ? null : Texts.trimToNull(input.industry().toLowerCase(Locale.ROOT));
        problems.check(industry != null, "industry", "error.required");
        Taxonomy.standard().checkIndustry(industry, "industry", problems);
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
        problems.check(user.isPresent() && EnterpriseActions.mayServeOnTaskForce(user.get()), field,
                "error.not-an-official", name);
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
        if (oids.isEmpty()) {
            return new LinkedHashMap<>();
        }
        return namesOf(Query.query(where("_id").in(oids)));
    }

    /** Every enterprise's name, by id, in one projected read: labels for whole lists. */
    public Map<String, String> allNames() {
        return namesOf(new Query());
    }

    private Map<String, String> namesOf(Query query) {
        query.fields().include("name");
        Map<String, String> names = new LinkedHashMap<>();
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

    /** The columns of an enterprise import, as {@link NewEnterprise} names its fields. */
    public static final List<String> IMPORT_COLUMNS = List.of("name", "creditCode", "industry", "district", "key",
            "headcount", "taskForceLeader", "specialist");
    private static final List<String> IMPORT_REQUIRED = List.of("name", "creditCode", "industry", "taskForceLeader",
            "specialist");

    /**
     * What an enterprise import did: every enterprise of the file registered, or none and why.
     *
     * @param created  enterprises registered; 0 whenever a line was refused
     * @param rejected the refused lines in file order, each with every reason, in the importer's language
     */
    public record ImportResult(int created, List<RejectedLine> rejected, String encoding) {

        public ImportResult(int created, List<RejectedLine> rejected) {
            this(created, rejected, null);
        }

        public boolean accepted() {
            return rejected.isEmpty();
        }
    }

    /** {@link #importCsv(InputStream, Actor, Locale)} with the reasons in Chinese. */
    public ImportResult importCsv(InputStream csv, Actor actor) {
        return importCsv(csv, actor, Languages.CHINESE);
    }

    /**
     * Registers the enterprises of a CSV file (OFFICIAL or ADMIN) whose header names the
     * {@link #IMPORT_COLUMNS}, the industry by its code, Chinese name or English name: all of them or none. Every line is checked first, as for a single
     * registration, and against the others and the registry (credit codes are unique); only a clean
     * file is written. Should someone register one of its credit codes in the moment between the check
     * and the insert, the enterprises this import already inserted are removed again and that line is
     * reported: without transactions, undoing our own inserts is how the file stays all-or-nothing.
     */
    public ImportResult importCsv(InputStream csv, Actor actor, Locale locale) {
        return importCsv(csv, null, actor, locale);
    }

    /** The same for a file that declares its charset ({@code text/csv; charset=GBK}); the result names the encoding read. */
    public ImportResult importCsv(InputStream csv, String charset, Actor actor, Locale locale) {
        actor.require(Role.OFFICIAL, Role.ADMIN);
        CsvImport.Parsed parsed = CsvImport.read(csv, charset, IMPORT_COLUMNS, IMPORT_REQUIRED);
        ImportResult result = importRows(parsed.rows(), actor, locale);
        return new ImportResult(result.created(), result.rejected(), parsed.encoding());
    }

    private ImportResult importRows(List<CsvImport.Row> rows, Actor actor, Locale locale) {
        Map<Integer, List<FieldProblem>> problems = new TreeMap<>();
        Map<String, Integer> lineOfCode = new HashMap<>();
        Map<Integer, EnterpriseDocument> accepted = new LinkedHashMap<>();
        for (CsvImport.Row row : rows) {
            List<FieldProblem> lineProblems = new ArrayList<>(row.problems());
            Boolean key = yesOrNo(row.get("key"), lineProblems);
            Integer headcount = wholeNumber(row.get("headcount"), "headcount", lineProblems);
            try {
                EnterpriseDocument doc = validated(new NewEnterprise(row.get("name"), row.get("creditCode"),
                        Taxonomy.standard().industryCode(row.get("industry")), row.get("district"), key, headcount,
                        row.get("taskForceLeader"),
                        row.get("specialist")));
                Integer first = lineOfCode.putIfAbsent(doc.creditCode, row.line());
                if (first != null) {
                    lineProblems.add(FieldProblem.of("creditCode", "error.import-duplicate-credit-code", first));
                } else if (lineProblems.isEmpty()) {
                    accepted.put(row.line(), doc);
                }
            } catch (InvalidInputException invalid) {
                lineProblems.addAll(invalid.problems());
            }
            if (!lineProblems.isEmpty()) {
                problems.put(row.line(), lineProblems);
            }
        }
        Set<String> registered = registeredCodes(lineOfCode.keySet());
        lineOfCode.forEach((code, line) -> {
            if (registered.contains(code)) {
                problems.computeIfAbsent(line, l -> new ArrayList<>())
                        .add(FieldProblem.of("creditCode", "error.credit-code-taken", code));
            }
        });
        if (!problems.isEmpty()) {
            return new ImportResult(0, rejected(problems, locale));
        }
        return insertAll(accepted, actor, locale);
    }

    private ImportResult insertAll(Map<Integer, EnterpriseDocument> docs, Actor actor, Locale locale) {
        List<String> inserted = new ArrayList<>();
        Instant now = clock.instant();
        for (Map.Entry<Integer, EnterpriseDocument> entry : docs.entrySet()) {
            EnterpriseDocument doc = entry.getValue();
            doc.createdAt = now;
            doc.updatedAt = now;
            try {
                mongo.insert(doc);
                inserted.add(doc.id);
            } catch (DuplicateKeyException raced) {
                undo(inserted, actor);
                return new ImportResult(0, rejected(Map.of(entry.getKey(),
                        List.of(FieldProblem.of("creditCode", "error.import-raced", doc.creditCode))), locale));
            } catch (RuntimeException e) {
                undo(inserted, actor);
                throw e;
            }
        }
        for (EnterpriseDocument doc : docs.values()) {
            audit.record(actor, "enterprise.create", "enterprise", doc.id,
                    Map.of("name", doc.name, "creditCode", doc.creditCode, "import", true));
        }
        audit.record(actor, "enterprise.import", "enterprise", null, Map.of("created", docs.size()));
        return new ImportResult(docs.size(), List.of());
    }

    private void undo(List<String> inserted, Actor actor) {
        if (!inserted.isEmpty()) {
            mongo.remove(Query.query(where("_id").in(inserted.stream().map(ObjectId::new).toList())),
                    EnterpriseDocument.class);
            audit.record(actor, "enterprise.import.undone", "enterprise", null, Map.of("removed", inserted.size()));
        }
    }

    private Set<String> registeredCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        Query query = Query.query(where("creditCode").in(codes));
        query.fields().include("creditCode");
        return Set.copyOf(mongo.find(query, EnterpriseDocument.class).stream().map(e -> e.creditCode).toList());
    }

    private List<RejectedLine> rejected(Map<Integer, List<FieldProblem>> problems, Locale locale) {
        return new TreeMap<>(problems).entrySet().stream()
                .map(e -> new RejectedLine(e.getKey(), messages.describeAll(e.getValue(), locale)))
                .toList();
    }

    /** A yes/no cell as people type it in a spreadsheet; blank is no. */
    private static Boolean yesOrNo(String cell, List<FieldProblem> problems) {
        if (cell == null) {
            return null;
        }
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是" -> true;
            case "false", "no", "n", "0", "否" -> false;
            default -> {
                problems.add(FieldProblem.of("key", "error.yes-or-no"));
                yield null;
            }
        };
    }

    private static Integer wholeNumber(String cell, String field, List<FieldProblem> problems) {
        if (cell == null) {
            return null;
        }
        try {
            return Integer.valueOf(cell);
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "error.whole-number"));
            return null;
        }
    }
}
