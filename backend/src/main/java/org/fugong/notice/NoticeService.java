package org.fugong.notice;

import org.bson.types.ObjectId;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.ConflictException;
import org.fugong.base.Cursor;
import org.fugong.base.CursorPage;
import org.fugong.base.InvalidInputException;
import org.fugong.base.NotAllowedException;
import org.fugong.base.NotFoundException;
import org.fugong.base.NoticeType;
import org.fugong.base.Paging;
import org.fugong.base.Problems;
import org.fugong.base.Role;
import org.fugong.base.Texts;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.worker.Audience;
import org.fugong.worker.WorkerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Writing, approving, publishing and recalling notices. Every state change is one atomic
 * find-and-modify guarded by the state it leaves, so two reviewers can never both approve, and the
 * author can never approve their own notice.
 */
@Service
public class NoticeService {

    private static final Logger log = LoggerFactory.getLogger(NoticeService.class);
    private static final int MAX_COMMENT = 1000;

    private final MongoTemplate mongo;
    private final WorkerService workers;
    private final EnterpriseService enterprises;
    private final InboxService inbox;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final NoticeCounters counters;
    private final ObjectProvider<ResponseStatistics> responses;
    private final ActiveNotices active;
    private final Clock clock;

    NoticeService(MongoTemplate mongo, WorkerService workers, EnterpriseService enterprises, InboxService inbox,
                  AuditLog audit, ApplicationEventPublisher events, NoticeCounters counters,
                  ObjectProvider<ResponseStatistics> responses, ActiveNotices active, Clock clock) {
        this.mongo = mongo;
        this.workers = workers;
        this.enterprises = enterprises;
        this.inbox = inbox;
        this.audit = audit;
        this.events = events;
        this.counters = counters;
        this.responses = responses;
        this.active = active;
        this.clock = clock;
        var ops = mongo.indexOps(NoticeDocument.class);
        ops.createIndex(new Index().on("status", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        ops.createIndex(new Index().on("status", Sort.Direction.ASC).on("scheduledAt", Sort.Direction.ASC));
        ops.createIndex(new Index().on("authorId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        ops.createIndex(new Index().on("audience.enterpriseIds", Sort.Direction.ASC));
        ops.createIndex(new Index().on("jobPosting.enterpriseId", Sort.Direction.ASC));
        ops.createIndex(new Index().on("type", Sort.Direction.ASC).on("publishedAt", Sort.Direction.DESC));
    }

    /** An official writes a new draft. */
    public Notice create(NoticeDraft input, Actor author) {
        author.require(Role.OFFICIAL);
        NoticeDraft draft = validated(input, null);
        Instant now = clock.instant();
        NoticeDocument doc = new NoticeDocument();
        apply(draft, doc);
        doc.status = NoticeStatus.DRAFT;
        doc.authorId = author.id();
        doc.createdAt = now;
        doc.updatedAt = now;
        mongo.insert(doc);
        audit.record(author, "notice.create", "notice", doc.id, Map.of("type", doc.type.name(), "title", doc.title.zh()));
        return doc.toNotice();
    }

    /** The author edits a draft, or a rejected notice (which becomes a draft again). */
    public Notice update(String id, NoticeDraft input, Actor author) {
        NoticeDocument current = document(id);
        requireAuthor(current, author);
        NoticeDraft draft = validated(input, current.audience);
        if (draft.type() != current.type) {
            throw InvalidInputException.of("type", "error.type-change");
        }
        NoticeDocument changed = new NoticeDocument();
        apply(draft, changed);
        Update update = new Update()
                .set("title", changed.title).set("body", changed.body).set("audience", changed.audience)
                .set("responseKind", changed.responseKind).set("respondBy", changed.respondBy)
                .set("expiresAt", changed.expiresAt).set("scheduledAt", changed.scheduledAt)
                .set("jobFair", changed.jobFair).set("returnBus", changed.returnBus).set("policy", changed.policy)
                .set("jobPosting", changed.jobPosting)
                .set("status", NoticeStatus.DRAFT).set("updatedAt", clock.instant()).inc("version", 1);
        NoticeDocument saved = transition(id, Set.of(NoticeStatus.DRAFT, NoticeStatus.REJECTED),
                where("authorId").is(author.id()), update);
        audit.record(author, "notice.update", "notice", id);
        return saved.toNotice();
    }

    /** The author sends a draft for approval. */
    public Notice submit(String id, Actor author) {
        NoticeDocument current = document(id);
        requireAuthor(current, author);
        Problems problems = new Problems();
        NoticeRules.checkTimesForRelease(current.toNotice(), clock.instant(), problems);
        problems.throwIfAny();
        NoticeDocument saved = transition(id, Set.of(NoticeStatus.DRAFT, NoticeStatus.REJECTED),
                where("authorId").is(author.id()),
                new Update().set("status", NoticeStatus.IN_REVIEW).set("submittedAt", clock.instant())
                        .set("updatedAt", clock.instant()).inc("version", 1));
        audit.record(author, "notice.submit", "notice", id);
        return saved.toNotice();
    }

    /**
     * Another official (REVIEWER or ADMIN) approves: the notice goes out now, or is scheduled for its
     * time. Nobody approves their own notice.
     */
    public Notice approve(String id, String comment, Actor reviewer) {
        reviewer.require(Role.REVIEWER, Role.ADMIN);
        NoticeDocument current = document(id);
        if (current.authorId.equals(reviewer.id())) {
            throw new NotAllowedException("error.own-notice");
        }
        String note = checkComment(comment, false);
        Instant now = clock.instant();
        Problems problems = new Problems();
        NoticeRules.checkTimesForRelease(current.toNotice(), now, problems);
        problems.throwIfAny();
        boolean later = current.scheduledAt != null && current.scheduledAt.isAfter(now);
        Update update = new Update()
                .set("status", later ? NoticeStatus.SCHEDULED : NoticeStatus.PUBLISHED)
                .set("approverId", reviewer.id()).set("approvedAt", now).set("reviewComment", note)
                .set("updatedAt", now).inc("version", 1);
        if (!later) {
            update.set("publishedAt", now);
        }
        NoticeDocument saved = transition(id, Set.of(NoticeStatus.IN_REVIEW), where("authorId").ne(reviewer.id()), update);
        audit.record(reviewer, "notice.approve", "notice", id,
                Map.of("status", saved.status.name(), "comment", note == null ? "" : note));
        if (saved.status == NoticeStatus.PUBLISHED) {
            active.add(saved.toNotice());
            events.publishEvent(new NoticePublished(id));
        }
        return saved.toNotice();
    }

    /** A REVIEWER or ADMIN sends the notice back to its author with a comment saying why. */
    public Notice reject(String id, String comment, Actor reviewer) {
        reviewer.require(Role.REVIEWER, Role.ADMIN);
        NoticeDocument current = document(id);
        if (current.authorId.equals(reviewer.id())) {
            throw new NotAllowedException("error.own-notice");
        }
        String note = checkComment(comment, true);
        Instant now = clock.instant();
        NoticeDocument saved = transition(id, Set.of(NoticeStatus.IN_REVIEW), where("authorId").ne(reviewer.id()),
                new Update().set("status", NoticeStatus.REJECTED).set("approverId", reviewer.id())
                        .set("reviewComment", note).set("updatedAt", now).inc("version", 1)
                        .set("lastRejection", new NoticeDocument.RejectedVersion(current.draft(), note, reviewer.id(), now)));
        audit.record(reviewer, "notice.reject", "notice", id, Map.of("comment", note));
        return saved.toNotice();
    }

    /**
     * Withdraws a published or scheduled notice: workers no longer see it. With {@code push}, those
     * it reached are told.
     */
    public Notice recall(String id, boolean push, Actor actor) {
        actor.require(Role.OFFICIAL, Role.REVIEWER, Role.ADMIN);
        Instant now = clock.instant();
        NoticeDocument before = document(id);
        NoticeDocument saved = transition(id, Set.of(NoticeStatus.PUBLISHED, NoticeStatus.SCHEDULED), new Criteria(),
                new Update().set("status", NoticeStatus.RECALLED).set("recalledAt", now).set("recalledBy", actor.id())
                        .set("updatedAt", now).inc("version", 1));
        active.remove(id);
        audit.record(actor, "notice.recall", "notice", id, Map.of("push", push));
        events.publishEvent(new NoticeRecalled(id, push && before.status == NoticeStatus.PUBLISHED));
        return saved.toNotice();
    }

    /** Publishes scheduled notices whose time has come; each goes out exactly once across all nodes. */
    @Scheduled(fixedDelayString = "${fugong.notice.publish-check-interval:5s}")
    public void publishDue() {
        Instant now = clock.instant();
        while (true) {
            NoticeDocument due = mongo.findAndModify(
                    Query.query(where("status").is(NoticeStatus.SCHEDULED).and("scheduledAt").lte(now)),
                    new Update().set("status", NoticeStatus.PUBLISHED).set("publishedAt", now).set("updatedAt", now)
                            .inc("version", 1),
                    FindAndModifyOptions.options().returnNew(true), NoticeDocument.class);
            if (due == null) {
                return;
            }
            log.info("Publishing scheduled notice {}", due.id);
            audit.record(Actor.system(), "notice.publish", "notice", due.id);
            active.add(due.toNotice());
            events.publishEvent(new NoticePublished(due.id));
        }
    }

    /** An enterprise HR user marks a notice read ("已阅") for their enterprise. */
    public void acknowledge(String id, Actor hr) {
        hr.require(Role.HR);
        if (hr.enterpriseId() == null) {
            throw new NotAllowedException("error.hr-needs-enterprise");
        }
        Notice notice = getFor(id, hr);
        if (notice.status() != NoticeStatus.PUBLISHED) {
            throw new ConflictException("error.notice-state", notice.status().name());
        }
        var entry = new NoticeDocument.AcknowledgementEntry(hr.enterpriseId(), hr.id(), hr.username(), clock.instant());
        var result = mongo.updateFirst(
                Query.query(where("_id").is(new ObjectId(id)).and("acknowledgements.userId").ne(hr.id())),
                new Update().push("acknowledgements", entry), NoticeDocument.class);
        if (result.getModifiedCount() > 0) {
            audit.record(hr, "notice.acknowledge", "notice", id, Map.of("enterpriseId", hr.enterpriseId()));
        }
    }

    /**
     * Changes a published (or scheduled) bus trip: a delay, other pickup points, more or fewer seats.
     * The respond-by time and the expiry follow the departure when they were derived from it. The
     * caller tells the passengers.
     */
    public Notice changeReturnBus(String id, ReturnBus changed, Actor actor) {
        actor.require(Role.OFFICIAL, Role.REVIEWER, Role.ADMIN);
        NoticeDocument current = document(id);
        if (current.type != NoticeType.RETURN_BUS
                || !(current.status == NoticeStatus.PUBLISHED || current.status == NoticeStatus.SCHEDULED)) {
            throw new ConflictException("error.notice-state", current.status.name());
        }
        Instant oldDeparture = current.returnBus.departsAt();
        Instant respondBy = Objects.equals(current.respondBy, oldDeparture) ? changed.departsAt() : current.respondBy;
        Instant expiresAt = current.expiresAt != null && oldDeparture != null
                && current.expiresAt.equals(oldDeparture.plusSeconds(24 * 3600))
                ? changed.departsAt().plusSeconds(24 * 3600) : current.expiresAt;
        NoticeDraft draft = NoticeRules.normalize(new NoticeDraft(current.type, current.title, current.body,
                current.audience, current.responseKind, respondBy, expiresAt, current.scheduledAt, null, changed, null, null));
        Problems problems = new Problems();
        NoticeRules.check(draft, enterprises::exists, current.audience, problems);
        problems.check(draft.returnBus().departsAt() == null || draft.returnBus().departsAt().isAfter(clock.instant()),
                "returnBus.departsAt", "error.in-past");
        problems.throwIfAny();
        NoticeDocument saved = transition(id, Set.of(NoticeStatus.PUBLISHED, NoticeStatus.SCHEDULED), new Criteria(),
                new Update().set("returnBus", draft.returnBus()).set("respondBy", draft.respondBy())
                        .set("expiresAt", draft.expiresAt()).set("updatedAt", clock.instant()).inc("version", 1));
        active.changed(saved.toNotice());
        audit.record(actor, "notice.bus-change", "notice", id, Map.of(
                "departsAt", String.valueOf(draft.returnBus().departsAt()),
                "seats", String.valueOf(draft.returnBus().seats()),
                "pickupPoints", String.join(", ", draft.returnBus().pickupPoints())));
        return saved.toNotice();
    }

    /** Published job fairs starting, and buses leaving, in a window: their reminders are due. */
    public List<Notice> startingBetween(Instant from, Instant to) {
        Criteria fairs = new Criteria().andOperator(where("type").is(NoticeType.JOB_FAIR),
                where("jobFair.startsAt").gt(from).lte(to));
        Criteria buses = new Criteria().andOperator(where("type").is(NoticeType.RETURN_BUS),
                where("returnBus.departsAt").gt(from).lte(to));
        return mongo.find(new Query(new Criteria().andOperator(where("status").is(NoticeStatus.PUBLISHED),
                new Criteria().orOperator(fairs, buses))), NoticeDocument.class).stream().map(NoticeDocument::toNotice).toList();
    }

    /** A notice by id, whatever its state, for other features (no visibility rules applied). */
    public Optional<Notice> find(String id) {
        if (id == null || !ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(new ObjectId(id), NoticeDocument.class)).map(NoticeDocument::toNotice);
    }

    /** Several notices by id. */
    public Map<String, Notice> findAll(Collection<String> ids) {
        List<ObjectId> oids = ids.stream().filter(i -> i != null && ObjectId.isValid(i)).distinct().map(ObjectId::new).toList();
        if (oids.isEmpty()) {
            return Map.of();
        }
        return mongo.find(Query.query(where("_id").in(oids)), NoticeDocument.class).stream()
                .map(NoticeDocument::toNotice).collect(Collectors.toMap(Notice::id, Function.identity()));
    }

    /**
     * A notice for the console or the integration API, with its delivery figures and
     * acknowledgements. HR users see only published notices that target or concern their enterprise,
     * and only their own enterprise's acknowledgements.
     */
    public Notice getFor(String id, Actor actor) {
        NoticeDocument doc = document(id);
        if (!actor.isStaff() && !visibleToEnterprise(doc, actor.enterpriseId())) {
            throw new NotFoundException("notice", id);
        }
        List<NoticeDocument.AcknowledgementEntry> acks = doc.acknowledgements == null ? List.of() : doc.acknowledgements;
        if (!actor.isStaff()) {
            acks = acks.stream().filter(a -> a.enterpriseId().equals(actor.enterpriseId())).toList();
        }
        Map<String, String> names = enterprises.names(acks.stream().map(NoticeDocument.AcknowledgementEntry::enterpriseId).toList());
        List<Acknowledgement> acknowledgements = acks.stream()
                .map(a -> new Acknowledgement(a.enterpriseId(), names.get(a.enterpriseId()), a.userId(), a.username(), a.at()))
                .toList();
        return doc.toNotice().withStats(stats(id)).withAcknowledgements(acknowledgements);
    }

    /** A published notice that reached this worker; 404 otherwise. */
    public Notice getForWorker(String id, String workerId) {
        Notice notice = find(id).filter(n -> n.status() == NoticeStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("notice", id));
        if (!inbox.isDelivered(notice, workerId)) {
            throw new NotFoundException("notice", id);
        }
        return notice;
    }

    /** Pages of notices for the integration API, newest first. */
    public CursorPage<Notice> list(NoticeFilter filter, Paging paging, Actor actor) {
        Criteria criteria = NoticeCriteria.of(filter, actor);
        if (paging.hasCursor()) {
            Instant at = Instant.ofEpochMilli(paging.cursor().longPart(0));
            ObjectId id = paging.cursor().idPart(1);
            criteria = new Criteria().andOperator(criteria, new Criteria().orOperator(where("createdAt").lt(at),
                    new Criteria().andOperator(where("createdAt").is(at), where("_id").lt(id))));
        }
        Query query = new Query(criteria).with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .limit(paging.limit() + 1);
        List<Notice> rows = mongo.find(query, NoticeDocument.class).stream().map(NoticeDocument::toNotice).toList();
        return CursorPage.of(rows, paging.limit(), n -> Cursor.of(String.valueOf(n.createdAt().toEpochMilli()), n.id()));
    }

    /** A slice of notices for the console's lazy grid, newest first. */
    public List<Notice> find(NoticeFilter filter, int offset, int limit, Actor actor) {
        Query query = new Query(NoticeCriteria.of(filter, actor))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"))).skip(offset).limit(limit);
        return mongo.find(query, NoticeDocument.class).stream().map(NoticeDocument::toNotice).toList();
    }

    public long count(NoticeFilter filter, Actor actor) {
        return mongo.count(new Query(NoticeCriteria.of(filter, actor)), NoticeDocument.class);
    }

    /** Notices waiting for this reviewer: in review and written by someone else, oldest first. */
    public List<Notice> reviewQueue(Actor reviewer) {
        reviewer.require(Role.REVIEWER, Role.ADMIN);
        return mongo.find(Query.query(where("status").is(NoticeStatus.IN_REVIEW).and("authorId").ne(reviewer.id()))
                        .with(Sort.by("submittedAt")), NoticeDocument.class).stream().map(NoticeDocument::toNotice).toList();
    }

    /** Notices published in a period, optionally of some types (reports). */
    public List<Notice> publishedBetween(Instant from, Instant to, Set<NoticeType> types) {
        Criteria criteria = where("publishedAt").gte(from).lt(to)
                .and("status").in(NoticeStatus.PUBLISHED, NoticeStatus.RECALLED);
        if (types != null && !types.isEmpty()) {
            criteria = criteria.and("type").in(types);
        }
        return mongo.find(new Query(criteria).with(Sort.by("publishedAt")), NoticeDocument.class).stream()
                .map(NoticeDocument::toNotice).toList();
    }

    /** Job fairs published and not recalled that start in {@code [from, to)}, the earliest first (reports). */
    public List<Notice> jobFairsStartingBetween(Instant from, Instant to) {
        return mongo.find(Query.query(where("status").is(NoticeStatus.PUBLISHED).and("type").is(NoticeType.JOB_FAIR)
                        .and("jobFair.startsAt").gte(from).lt(to)).with(Sort.by("jobFair.startsAt")), NoticeDocument.class)
                .stream().map(NoticeDocument::toNotice).toList();
    }

    /** Return buses published and not recalled that leave in {@code [from, to)}, the earliest first (reports). */
    public List<Notice> busesLeavingBetween(Instant from, Instant to) {
        return mongo.find(Query.query(where("status").is(NoticeStatus.PUBLISHED).and("type").is(NoticeType.RETURN_BUS)
                        .and("returnBus.departsAt").gte(from).lt(to)).with(Sort.by("returnBus.departsAt")), NoticeDocument.class)
                .stream().map(NoticeDocument::toNotice).toList();
    }

    /** Published notices of a type, newest first (e.g. the Buses page). */
    public List<Notice> published(NoticeType type, int limit) {
        return mongo.find(Query.query(where("status").is(NoticeStatus.PUBLISHED).and("type").is(type))
                        .with(Sort.by(Sort.Direction.DESC, "publishedAt")).limit(limit), NoticeDocument.class)
                .stream().map(NoticeDocument::toNotice).toList();
    }

    /** How many workers an audience reaches now: the console shows it before sending. */
    public long audienceSize(Audience audience) {
        if (audience == null) {
            throw InvalidInputException.of("audience", "error.required");
        }
        Problems problems = new Problems();
        // a count stores nothing: codes the reference lists dropped may still be counted (old drafts)
        audience.check("audience", problems, audience);
        problems.throwIfAny();
        return workers.count(audience);
    }

    /** Targeted, sent, failed, invalid tokens, read and responses of one notice. */
    public NoticeStats stats(String id) {
        NoticeCounters.CountersDocument figures = counters.of(id);
        long responseCount = responses.getIfAvailable() == null ? 0 : responses.getObject().activeResponses(id);
        return new NoticeStats(figures.targeted, figures.sent, figures.failed, figures.invalidTokens, figures.read,
                responseCount);
    }

    /** Ids of notices published since a time: the push pipeline makes sure each was dispatched. */
    public List<String> publishedSince(Instant since) {
        Query query = Query.query(where("status").is(NoticeStatus.PUBLISHED).and("publishedAt").gte(since));
        query.fields().include("_id");
        return mongo.find(query, NoticeDocument.class).stream().map(n -> n.id).toList();
    }

    /** Whether an HR user of this enterprise may see the notice. */
    public boolean isVisibleToEnterprise(Notice notice, String enterpriseId) {
        if (notice.status() != NoticeStatus.PUBLISHED || enterpriseId == null) {
            return false;
        }
        return notice.audience().all() || notice.audience().enterpriseIds().contains(enterpriseId)
                || enterpriseId.equals(notice.concernedEnterpriseId())
                || notice.jobFair() != null && notice.jobFair().enterpriseIds().contains(enterpriseId)
                || notice.returnBus() != null && enterpriseId.equals(notice.returnBus().receivingEnterpriseId());
    }

    private boolean visibleToEnterprise(NoticeDocument doc, String enterpriseId) {
        return isVisibleToEnterprise(doc.toNotice(), enterpriseId);
    }

    private NoticeDraft validated(NoticeDraft input, Audience previous) {
        if (input == null) {
            throw InvalidInputException.of("notice", "error.required");
        }
        NoticeDraft draft = NoticeRules.normalize(input);
        Problems problems = new Problems();
        NoticeRules.check(draft, enterprises::exists, previous, problems);
        problems.throwIfAny();
        if (draft.jobPosting() != null) {
            String name = enterprises.find(draft.jobPosting().enterpriseId()).map(e -> e.name()).orElse(null);
            draft = new NoticeDraft(draft.type(), draft.title(), draft.body(), draft.audience(), draft.responseKind(),
                    draft.respondBy(), draft.expiresAt(), draft.scheduledAt(), draft.jobFair(), draft.returnBus(),
                    draft.policy(), draft.jobPosting().named(name));
        }
        return draft;
    }

    private static void apply(NoticeDraft draft, NoticeDocument doc) {
        doc.type = draft.type();
        doc.title = draft.title();
        doc.body = draft.body();
        doc.audience = draft.audience();
        doc.responseKind = draft.responseKind();
        doc.respondBy = draft.respondBy();
        doc.expiresAt = draft.expiresAt();
        doc.scheduledAt = draft.scheduledAt();
        doc.jobFair = draft.jobFair();
        doc.returnBus = draft.returnBus();
        doc.policy = draft.policy();
        doc.jobPosting = draft.jobPosting();
    }

    private String checkComment(String comment, boolean required) {
        String note = Texts.trimToNull(comment);
        Problems problems = new Problems();
        problems.check(!required || note != null, "comment", "error.required");
        problems.check(note == null || note.length() <= MAX_COMMENT, "comment", "error.max-length", MAX_COMMENT);
        problems.throwIfAny();
        return note;
    }

    private static void requireAuthor(NoticeDocument doc, Actor actor) {
        if (!doc.authorId.equals(actor.id())) {
            throw new NotAllowedException("error.not-author");
        }
    }

    /**
     * Moves a notice out of one of {@code from} atomically; when nothing matched, says whether it is
     * missing (404) or in another state (409).
     */
    private NoticeDocument transition(String id, Set<NoticeStatus> from, Criteria extra, Update update) {
        Query query = new Query(new Criteria().andOperator(where("_id").is(new ObjectId(id)),
                where("status").in(from), extra));
        NoticeDocument saved = mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                NoticeDocument.class);
        if (saved == null) {
            NoticeDocument now = document(id);
            throw new ConflictException("error.notice-state", now.status.name());
        }
        return saved;
    }

    private NoticeDocument document(String id) {
        NoticeDocument doc = id != null && ObjectId.isValid(id) ? mongo.findById(new ObjectId(id), NoticeDocument.class) : null;
        if (doc == null) {
            throw new NotFoundException("notice", id);
        }
        return doc;
    }

    /** Titles of notices by id, in Chinese (for lists that show a notice's name). */
    public Map<String, String> titles(Collection<String> ids) {
        Map<String, String> titles = new LinkedHashMap<>();
        findAll(ids).forEach((id, n) -> titles.put(id, n.title().zh()));
        return titles;
    }
}
