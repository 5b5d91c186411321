package org.fugong.worker;

import org.fugong.worker.internal.WorkerDocument;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.fugong.base.InLists;
import org.fugong.base.Languages;
import org.fugong.base.NotFoundException;
import org.fugong.base.NoticeType;
import org.fugong.base.PersonalData;
import org.fugong.base.PhoneNumbers;
import org.fugong.base.Place;
import org.fugong.base.Problems;
import org.fugong.base.Regions;
import org.fugong.base.Texts;
import org.fugong.reference.Taxonomy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Workers: sign-in by phone, profiles, and the audience queries the push pipeline streams by id.
 */
@Service
public class WorkerService {

    static final int MAX_CODES = 20;

    private final MongoTemplate mongo;
    private final PersonalData personalData;
    private final ApplicationEventPublisher events;
    private final Schools schools;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<EmployerDirectory> employers;

    WorkerService(MongoTemplate mongo, PersonalData personalData, ApplicationEventPublisher events, Schools schools,
                  Clock clock, org.springframework.beans.factory.ObjectProvider<EmployerDirectory> employers) {
        this.mongo = mongo;
        this.personalData = personalData;
        this.events = events;
        this.schools = schools;
        this.clock = clock;
        this.employers = employers;
        createIndexes();
    }

    private void createIndexes() {
        var ops = mongo.indexOps(WorkerDocument.class);
        ops.createIndex(new Index().on("phoneHash", Sort.Direction.ASC).unique());
        // for real MongoDB: the audience filter's fields (the embedded server scans)
        ops.createIndex(new Index().on("hometown.province", Sort.Direction.ASC));
        ops.createIndex(new Index().on("hometown.city", Sort.Direction.ASC));
        ops.createIndex(new Index().on("district", Sort.Direction.ASC));
        ops.createIndex(new Index().on("industries", Sort.Direction.ASC));
        ops.createIndex(new Index().on("skills", Sort.Direction.ASC));
        ops.createIndex(new Index().on("employmentStatus", Sort.Direction.ASC));
        ops.createIndex(new Index().on("enterpriseId", Sort.Direction.ASC));
        ops.createIndex(new Index().on("school", Sort.Direction.ASC).on("graduationYear", Sort.Direction.ASC));
    }

    /**
     * The worker with this phone number, created on first sign-in. Safe under concurrent sign-ins:
     * the unique phone hash decides, a loser of the race reads the winner's worker.
     *
     * @param phone a canonical mainland mobile number ({@code +8613800138000})
     * @return the worker's id
     */
    public String findOrCreateByPhone(String phone) {
        if (!PhoneNumbers.isValid(phone)) {
            throw org.fugong.base.InvalidInputException.of("phone", "error.phone");
        }
        Query byPhone = byPhone(phone);
        WorkerDocument worker;
        try {
            worker = mongo.findAndModify(byPhone, newWorker(phone),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), WorkerDocument.class);
        } catch (DuplicateKeyException raced) {
            worker = mongo.findOne(byPhone, WorkerDocument.class);
        }
        if (isBehind(worker)) {
            // a new worker, or one whose last profile change was cut off before their inbox caught up
            events.publishEvent(WorkersChanged.of(worker.id));
        }
        return worker.id;
    }

    /**
     * Catches the worker's inbox up with their profile if a change was cut off (a crash between the
     * save and the backfill): checked on every token refresh, one read by id.
     */
    public void catchUpInbox(String workerId) {
        if (!ObjectId.isValid(workerId)) {
            return;
        }
        Query query = Query.query(where("_id").is(new ObjectId(workerId)));
        query.fields().include("version", "inboxSyncedVersion");
        WorkerDocument worker = mongo.findOne(query, WorkerDocument.class);
        if (worker != null && isBehind(worker)) {
            events.publishEvent(WorkersChanged.of(workerId));
        }
    }

    private static boolean isBehind(WorkerDocument worker) {
        return worker.inboxSyncedVersion == null
                || worker.inboxSyncedVersion < (worker.version == null ? 0 : worker.version);
    }

    /**
     * Profiles of some workers, without phone numbers, with their versions: what the inbox backfill
     * matches against the audiences of active notices.
     */
    public List<AudienceCandidate> candidates(Collection<String> workerIds) {
        return candidates(workerIds, FreshWorkers.none());
    }

    /** The same, with the workers a batch has just inserted served from memory. */
    public List<AudienceCandidate> candidates(Collection<String> workerIds, FreshWorkers fresh) {
        List<ObjectId> ids = workerIds.stream().filter(ObjectId::isValid).distinct().map(ObjectId::new).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<AudienceCandidate> result = new ArrayList<>(ids.size());
        for (List<ObjectId> slice : InLists.of(fresh.served(ids, result))) {
            Query query = Query.query(where("_id").in(slice));
            query.fields().exclude("phoneHash").exclude("phoneEncrypted");
            mongo.find(query, WorkerDocument.class).forEach(w ->
                    result.add(new AudienceCandidate(toProfile(w, null), w.version == null ? 0 : w.version)));
        }
        return result;
    }

    /**
     * Records that these workers' inboxes hold every active notice meant for the given profile
     * versions; never moves back (a slower backfill of an older version finishing last). The marks of
     * a batch's fresh workers at their inserted version were written with them and are only noted.
     */
    public void markInboxSynced(Map<String, Long> given, FreshWorkers fresh) {
        Map<String, Long> versions = fresh.unmarked(given);
        if (versions.isEmpty()) {
            return;
        }
        // one write per profile version (an import's new workers all share version 0)
        Map<Long, List<ObjectId>> byVersion = new java.util.HashMap<>();
        versions.forEach((id, version) -> {
            if (ObjectId.isValid(id)) {
                byVersion.computeIfAbsent(version, v -> new ArrayList<>()).add(new ObjectId(id));
            }
        });
        byVersion.forEach((version, ids) -> InLists.of(ids).forEach(slice -> mongo.updateMulti(
                Query.query(where("_id").in(slice)), new Update().max("inboxSyncedVersion", version), WorkerDocument.class)));
    }

    private Query byPhone(String phone) {
        return Query.query(where("phoneHash").is(personalData.lookupHash(phone)));
    }

    /** What a worker starts with: their phone, Chinese, every notice type subscribed. */
    private Update newWorker(String phone) {
        Instant now = clock.instant();
        return new Update()
                .setOnInsert("phoneEncrypted", personalData.encrypt(phone))
                .setOnInsert("phoneMasked", PhoneNumbers.mask(phone))
                .setOnInsert("industries", List.of())
                .setOnInsert("skills", List.of())
                .setOnInsert("locale", "zh-CN")
                .setOnInsert("subscriptions", List.of(NoticeType.values()))
                .setOnInsert("createdAt", now)
                .setOnInsert("updatedAt", now)
                .setOnInsert("version", 0L);
    }

    /** The id of the worker with exactly this phone number, if any. */
    public Optional<String> findIdByPhone(String phoneInput) {
        String phone = PhoneNumbers.normalize(phoneInput);
        if (phone == null) {
            return Optional.empty();
        }
        WorkerDocument worker = mongo.findOne(Query.query(where("phoneHash").is(personalData.lookupHash(phone))),
                WorkerDocument.class);
        return Optional.ofNullable(worker).map(w -> w.id);
    }

    /** The worker's own profile, with their whole phone number. */
    public WorkerProfile profile(String workerId) {
        WorkerDocument worker = find(workerId);
        return toProfile(worker, personalData.decrypt(worker.phoneEncrypted));
    }

    /** Replaces what the worker may change of their profile; everything is checked first. */
    public WorkerProfile update(String workerId, ProfileUpdate update) {
        WorkerDocument current = find(workerId);
        // codes the reference lists no longer know stay valid for the worker who holds them
        CheckedProfile checked = check(update, listOrEmpty(current.industries), listOrEmpty(current.skills));
        Update set = new Update()
                .set("name", checked.name())
                .set("hometown", checked.hometown())
                .set("district", checked.district())
                .set("industries", checked.industries())
                .set("skills", checked.skills())
                .set("employmentStatus", checked.employmentStatus())
                .set("enterpriseId", checked.enterpriseId())
                .set("school", checked.school())
                .set("graduationYear", checked.graduationYear())
                .set("locale", checked.locale())
                .set("subscriptions", new ArrayList<>(checked.subscriptions()))
                .set("updatedAt", clock.instant())
                .inc("version", 1);
        WorkerDocument saved = mongo.findAndModify(byId(workerId), set,
                FindAndModifyOptions.options().returnNew(true), WorkerDocument.class);
        if (saved == null) {
            throw new NotFoundException("worker", workerId);
        }
        schools.record(checked.school());
        events.publishEvent(WorkersChanged.of(workerId));
        return toProfile(saved, personalData.decrypt(saved.phoneEncrypted));
    }

    /** A profile as {@link #check} leaves it: trimmed, codes lower-cased, defaults filled in. */
    record CheckedProfile(String name, Place hometown, String district, List<String> industries, List<String> skills,
                          EmploymentStatus employmentStatus, String enterpriseId, String locale,
                          Set<NoticeType> subscriptions, String school, Integer graduationYear) {
    }

    /** Checks a new profile without saving it: the values to store, or every problem at once (400). */
    CheckedProfile check(ProfileUpdate update) {
        return check(update, List.of(), List.of());
    }

    /** Like {@link #check(ProfileUpdate)}, also accepting the codes the worker already holds. */
    private CheckedProfile check(ProfileUpdate update, List<String> heldIndustries, List<String> heldSkills) {
        Problems problems = new Problems();
        String name = Texts.trimToNull(update.name());
        problems.check(name == null || name.length() <= 50, "name", "error.max-length", 50);
        problems.check(name == null || !Texts.hasControlCharacters(name), "name", "error.control-characters");
        Place hometown = update.hometown() == null || update.hometown().isEmpty() ? null : update.hometown();
        Regions.china().check(hometown, "hometown", problems, false);
        String district = Texts.trimToNull(update.district());
        problems.check(district == null || Regions.china().isDistrict(district), "district", "error.district");
        List<String> industries = Texts.codes(update.industries());
        problems.check(industries.size() <= MAX_CODES, "industries", "error.max-items", MAX_CODES);
        Taxonomy.standard().checkIndustries(industries, "industries", problems, heldIndustries);
        List<String> skills = Texts.codes(update.skills());
        problems.check(skills.size() <= MAX_CODES, "skills", "error.max-items", MAX_CODES);
        Taxonomy.standard().checkSkills(skills, "skills", problems, heldSkills);
        String enterpriseId = Texts.trimToNull(update.enterpriseId());
        problems.check(enterpriseId == null || enterpriseId.length() <= 64, "enterpriseId", "error.max-length", 64);
        // looked up only when asked: a bean lookup per line was 4 % of an import
        EmployerDirectory directory = enterpriseId == null ? null : employers.getIfAvailable();
        problems.check(enterpriseId == null || enterpriseId.length() > 64 || directory == null || directory.exists(enterpriseId),
                "enterpriseId", "error.enterprise-unknown");
        String locale = update.locale() == null ? "zh-CN" : update.locale();
        problems.check(Languages.isSupportedTag(locale), "locale", "error.locale");
        // a null in the list is a client bug: say so rather than guess what it meant
        problems.check(update.subscriptions() == null || update.subscriptions().stream().noneMatch(Objects::isNull),
                "subscriptions", "error.wrong-format");
        String school = Schools.check(update.school(), "school", problems);
        Schools.checkYear(update.graduationYear(), "graduationYear", clock, problems);
        problems.throwIfAny();

        Set<NoticeType> subscriptions = update.subscriptions() == null ? EnumSet.allOf(NoticeType.class)
                : update.subscriptions().isEmpty() ? EnumSet.noneOf(NoticeType.class) : EnumSet.copyOf(update.subscriptions());
        return new CheckedProfile(name, hometown, district, industries, skills, update.employmentStatus(), enterpriseId,
                locale, subscriptions, school, update.graduationYear());
    }

    /** How many workers a notice with this audience reaches now. */
    public long count(Audience audience) {
        return mongo.count(new Query(AudienceCriteria.of(audience)), WorkerDocument.class);
    }

    /** Language, subscriptions and devices of some workers, in id order. */
    public List<AudienceMember> members(Collection<String> workerIds) {
        List<ObjectId> ids = workerIds.stream().filter(ObjectId::isValid).distinct().map(ObjectId::new).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<AudienceMember> result = new ArrayList<>(ids.size());
        MongoCollection<Document> stored = mongo.getCollection(mongo.getCollectionName(WorkerDocument.class));
        for (List<ObjectId> slice : InLists.of(ids)) {
            stored.find(new Document("_id", new Document("$in", slice))).projection(MEMBER_FIELDS)
                    .forEach(w -> result.add(member(w)));
        }
        // ids of one length in hexadecimal: their text order is their order
        result.sort(Comparator.comparing(AudienceMember::id));
        return result;
    }

    /** The fields of a stored worker that {@link #member} reads. */
    static final Document MEMBER_FIELDS = new Document("locale", 1).append("subscriptions", 1).append("targets", 1);

    /**
     * A worker as the push pipeline sees them, read from their stored document (the fields of
     * {@link WorkerDocument}) without the mapping layer: the audience walk and the outbox read
     * thousands of workers per second this way.
     */
    static AudienceMember member(Document worker) {
        String id = worker.getObjectId("_id").toHexString();
        String locale = worker.getString("locale");
        List<String> subscribed = worker.getList("subscriptions", String.class);
        Set<NoticeType> subscriptions = subscribed == null ? EnumSet.allOf(NoticeType.class) : EnumSet.noneOf(NoticeType.class);
        if (subscribed != null) {
            subscribed.forEach(type -> subscriptions.add(NoticeType.valueOf(type)));
        }
        List<PushTarget> targets = new ArrayList<>();
        Document stored = worker.get("targets", Document.class);
        if (stored != null) {
            for (Object value : stored.values()) {
                Document target = (Document) value;
                String platform = target.getString("platform");
                targets.add(new PushTarget(target.getString("installationId"), id, target.getString("token"),
                        platform == null ? null : Platform.valueOf(platform), target.getString("locale")));
            }
        }
        return new AudienceMember(id, locale == null ? "zh-CN" : locale, Collections.unmodifiableSet(subscriptions),
                List.copyOf(targets));
    }

    /** Names, masked phones and hometowns of some workers, by id. */
    public Map<String, WorkerSummary> summaries(Collection<String> workerIds) {
        List<ObjectId> ids = workerIds.stream().filter(ObjectId::isValid).distinct().map(ObjectId::new).toList();
        Map<String, WorkerSummary> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        for (List<ObjectId> slice : InLists.of(ids)) {
            Query query = Query.query(where("_id").in(slice));
            query.fields().include("name", "phoneMasked", "hometown");
            for (WorkerDocument w : mongo.find(query, WorkerDocument.class)) {
                result.put(w.id, new WorkerSummary(w.id, w.name, w.phoneMasked, w.hometown));
            }
        }
        return result;
    }

    /** The whole phone number, for the official handling this worker's response; the caller audits it. */
    public String phoneOf(String workerId) {
        return personalData.decrypt(find(workerId).phoneEncrypted);
    }

    public long total() {
        return mongo.estimatedCount(WorkerDocument.class);
    }

    private static List<String> listOrEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private WorkerDocument find(String workerId) {
        WorkerDocument worker = ObjectId.isValid(workerId) ? mongo.findById(new ObjectId(workerId), WorkerDocument.class) : null;
        if (worker == null) {
            throw new NotFoundException("worker", workerId);
        }
        return worker;
    }

    private static Query byId(String workerId) {
        if (!ObjectId.isValid(workerId)) {
            throw new NotFoundException("worker", workerId);
        }
        return Query.query(where("_id").is(new ObjectId(workerId)));
    }

    static WorkerProfile toProfile(WorkerDocument w, String phone) {
        return new WorkerProfile(w.id, phone, w.phoneMasked, w.name, w.hometown, w.district,
                w.industries == null ? List.of() : List.copyOf(w.industries),
                w.skills == null ? List.of() : List.copyOf(w.skills),
                w.employmentStatus, w.enterpriseId, w.locale == null ? "zh-CN" : w.locale,
                w.subscriptions == null ? EnumSet.allOf(NoticeType.class) : Set.copyOf(w.subscriptions),
                w.createdAt, w.updatedAt, w.school, w.graduationYear);
    }
}
