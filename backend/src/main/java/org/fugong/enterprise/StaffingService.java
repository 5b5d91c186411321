package org.fugong.enterprise;

import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.BureauTime;
import org.fugong.base.CursorPage;
import org.fugong.base.InvalidInputException;
import org.fugong.base.NotFoundException;
import org.fugong.base.Problems;
import org.fugong.base.Role;
import org.fugong.base.Texts;
import org.fugong.enterprise.internal.StaffingSnapshotDocument;
import org.fugong.reference.Taxonomy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Enterprises' daily staffing snapshots (专班: capacity utilisation, staff, shortfall, vacancies by
 * skill, problems), one per enterprise and calendar day in China's time zone: a second report the
 * same day replaces the first (an upsert on the day's key, safe when two people report at once).
 * HR users report and read their own enterprise's only; staff any enterprise's.
 */
@Service
public class StaffingService {

    /** The bureau's calendar: a "day" is a day in Beijing time, whatever the server's zone. */
    /** How far back a day can be reported or a trend reach. */
    public static final int MAX_DAYS = 366;
    static final int MAX_UTILISATION = 200;
    static final int MAX_PEOPLE = 1_000_000;
    static final int MAX_VACANCY_SKILLS = 50;
    static final int MAX_PROBLEMS = 2000;

    private final MongoTemplate mongo;
    private final EnterpriseService enterprises;
    private final AuditLog audit;
    private final Clock clock;

    StaffingService(MongoTemplate mongo, EnterpriseService enterprises, AuditLog audit, Clock clock) {
        this.mongo = mongo;
        this.enterprises = enterprises;
        this.audit = audit;
        this.clock = clock;
        mongo.indexOps(StaffingSnapshotDocument.class).createIndex(
                new Index().on("enterpriseId", Sort.Direction.ASC).on("date", Sort.Direction.ASC).unique());
    }

    /** Today's date in the bureau's calendar. */
    public LocalDate today() {
        return clock.instant().atZone(BureauTime.ZONE).toLocalDate();
    }

    /**
     * Reports an enterprise's staffing for a day (today or up to {@value #MAX_DAYS} days back, never
     * ahead), replacing an earlier report of that day.
     */
    public StaffingSnapshot report(String enterpriseId, LocalDate date, StaffingReport report, Actor actor) {
        Enterprise enterprise = visibleEnterprise(enterpriseId, actor);
        Problems problems = new Problems();
        checkDay(date, problems);
        StaffingReport input = report == null ? new StaffingReport(null, null, null, null, null) : report;
        checkNumber(input.capacityUtilisation(), "capacityUtilisation", MAX_UTILISATION, problems);
        checkNumber(input.totalStaff(), "totalStaff", MAX_PEOPLE, problems);
        checkNumber(input.shortfall(), "shortfall", MAX_PEOPLE, problems);
        Map<String, Integer> vacancies = vacancies(input.vacancies(), problems);
        String text = Texts.trimToNull(input.problems());
        problems.check(text == null || text.length() <= MAX_PROBLEMS, "problems", "error.max-length", MAX_PROBLEMS);
        problems.check(text == null || !Texts.hasControlCharacters(text), "problems", "error.control-characters");
        problems.throwIfAny();

        Instant now = clock.instant();
        Query day = Query.query(where("_id").is(StaffingSnapshotDocument.key(enterprise.id(), date)));
        Update update = new Update()
                .setOnInsert("enterpriseId", enterprise.id())
                .setOnInsert("date", date.toString())
                .setOnInsert("createdAt", now)
                .set("capacityUtilisation", input.capacityUtilisation())
                .set("totalStaff", input.totalStaff())
                .set("shortfall", input.shortfall())
                .set("vacancies", vacancies)
                .set("problems", text)
                .set("reportedById", actor.id())
                .set("reportedBy", actor.username())
                .set("updatedAt", now);
        FindAndModifyOptions upsert = FindAndModifyOptions.options().upsert(true).returnNew(true);
        StaffingSnapshotDocument saved;
        try {
            saved = mongo.findAndModify(day, update, upsert, StaffingSnapshotDocument.class);
        } catch (DuplicateKeyException raced) {
            // another report of the same day was inserted first: ours replaces it
            saved = mongo.findAndModify(day, update, upsert, StaffingSnapshotDocument.class);
        }
        audit.record(actor, "snapshot.report", "enterprise", enterprise.id(), Map.of("date", date.toString(),
                "capacityUtilisation", input.capacityUtilisation(), "totalStaff", input.totalStaff(),
                "shortfall", input.shortfall()));
        return saved.toSnapshot();
    }

    /** The snapshot of one day, 404 when none was reported. */
    public StaffingSnapshot get(String enterpriseId, LocalDate date, Actor actor) {
        Enterprise enterprise = visibleEnterprise(enterpriseId, actor);
        StaffingSnapshotDocument doc = date == null ? null
                : mongo.findById(StaffingSnapshotDocument.key(enterprise.id(), date), StaffingSnapshotDocument.class);
        if (doc == null) {
            throw new NotFoundException("snapshot", enterprise.id() + ":" + date);
        }
        return doc.toSnapshot();
    }

    /** The latest snapshot of an enterprise, if it ever reported one. */
    public Optional<StaffingSnapshot> latest(String enterpriseId, Actor actor) {
        Enterprise enterprise = visibleEnterprise(enterpriseId, actor);
        Query query = Query.query(where("enterpriseId").is(enterprise.id())).with(Sort.by(Sort.Order.desc("date")));
        return Optional.ofNullable(mongo.findOne(query, StaffingSnapshotDocument.class))
                .map(StaffingSnapshotDocument::toSnapshot);
    }

    /** The snapshots of the last {@code days} days up to today, oldest first (days without a report are absent). */
    public List<StaffingSnapshot> trend(String enterpriseId, int days, Actor actor) {
        if (days < 1 || days > MAX_DAYS) {
            throw InvalidInputException.of("days", "error.range", 1, MAX_DAYS);
        }
        LocalDate to = today();
        return trend(enterpriseId, to.minusDays(days - 1L), to, actor);
    }

    /**
     * The snapshots from one day to another (both included), oldest first; without {@code to}, up to
     * today; without {@code from}, the 30 days up to {@code to}. At most {@value #MAX_DAYS} days.
     */
    public List<StaffingSnapshot> trend(String enterpriseId, LocalDate from, LocalDate to, Actor actor) {
        Enterprise enterprise = visibleEnterprise(enterpriseId, actor);
        LocalDate end = to == null ? today() : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        Problems problems = new Problems();
        problems.check(!start.isAfter(end), "from", "error.date-order");
        problems.check(start.isAfter(end) || ChronoUnit.DAYS.between(start, end) < MAX_DAYS, "from",
                "error.date-span", MAX_DAYS);
        problems.throwIfAny();
        Query query = Query.query(where("enterpriseId").is(enterprise.id())
                        .and("date").gte(start.toString()).lte(end.toString()))
                .with(Sort.by(Sort.Order.asc("date")));
        return mongo.find(query, StaffingSnapshotDocument.class).stream().map(StaffingSnapshotDocument::toSnapshot)
                .toList();
    }

    /** {@link #trend(String, LocalDate, LocalDate, Actor)} as the API's list shape: one page, no next. */
    CursorPage<StaffingSnapshot> trendPage(String enterpriseId, LocalDate from, LocalDate to, Actor actor) {
        return new CursorPage<>(trend(enterpriseId, from, to, actor), null);
    }

    private void checkDay(LocalDate date, Problems problems) {
        if (date == null) {
            problems.add("date", "error.required");
            return;
        }
        LocalDate today = today();
        problems.check(!date.isAfter(today), "date", "error.date-future");
        problems.check(date.isAfter(today) || ChronoUnit.DAYS.between(date, today) < MAX_DAYS, "date",
                "error.date-too-old", MAX_DAYS);
    }

    private static void checkNumber(Integer value, String field, int max, Problems problems) {
        problems.check(value != null, field, "error.required");
        problems.check(value == null || value >= 0 && value <= max, field, "error.range", 0, max);
    }

    /** Vacancies by skill code: known codes, lower-cased, counts 0 to {@value #MAX_PEOPLE}. */
    private static Map<String, Integer> vacancies(Map<String, Integer> input, Problems problems) {
        Map<String, Integer> result = new TreeMap<>();
        if (input == null) {
            return result;
        }
        problems.check(input.size() <= MAX_VACANCY_SKILLS, "vacancies", "error.max-items", MAX_VACANCY_SKILLS);
        input.forEach((skill, count) -> {
            String code = skill == null ? "" : skill.strip().toLowerCase(java.util.Locale.ROOT);
            String field = "vacancies." + skill;
            if (Taxonomy.standard().skill(code).isEmpty()) {
                problems.add(field, "error.skill-unknown", skill);
            } else if (result.containsKey(code)) {
                problems.add(field, "error.duplicate-code", code);
            } else {
                problems.check(count != null && count >= 0 && count <= MAX_PEOPLE, field, "error.range", 0, MAX_PEOPLE);
                result.put(code, count);
            }
        });
        return result;
    }

    private Enterprise visibleEnterprise(String enterpriseId, Actor actor) {
        actor.require(Role.ADMIN, Role.OFFICIAL, Role.REVIEWER, Role.HR);
        return enterprises.get(enterpriseId, actor);
    }
}
