package org.fugong.response;

import org.bson.types.ObjectId;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.ConflictException;
import org.fugong.base.CsvExport;
import org.fugong.base.Cursor;
import org.fugong.base.CursorPage;
import org.fugong.base.InvalidInputException;
import org.fugong.base.Languages;
import org.fugong.base.LocalizedText;
import org.fugong.base.Messages;
import org.fugong.base.NotAllowedException;
import org.fugong.base.NotFoundException;
import org.fugong.base.NoticeType;
import org.fugong.base.Paging;
import org.fugong.base.Problems;
import org.fugong.base.Role;
import org.fugong.base.Texts;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.Applicant;
import org.fugong.notice.InboxService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.notice.Policy;
import org.fugong.notice.ResponseKind;
import org.fugong.notice.ResponseStatistics;
import org.fugong.push.PushKind;
import org.fugong.push.Recipient;
import org.fugong.push.WorkerNotifier;
import org.fugong.worker.WorkerService;
import org.fugong.worker.WorkerSummary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Workers respond, cancel and see their responses; enterprises respond through their HR users (they
 * join job fairs and claim subsidies); officials review. The rules hold under concurrency without
 * transactions: one active response per worker (or enterprise) and notice and idempotent submission
 * are unique keys; places are claimed from {@link CapacityLedger} atomically, and the waitlist is
 * served strictly in booking order; an enterprise's subsidy claims are reserved from
 * {@link SubsidyLedger}, so they never add up to more than the policy's cap.
 */
@Service
public class ResponseService implements ResponseStatistics {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Set<ResponseStatus> REVIEW_DECISIONS =
            EnumSet.of(ResponseStatus.ACCEPTED, ResponseStatus.REJECTED, ResponseStatus.WAITLISTED);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final MongoTemplate mongo;
    private final NoticeService notices;
    private final InboxService inbox;
    private final WorkerService workers;
    private final WorkerNotifier notifier;
    private final CapacityLedger places;
    private final SubsidyLedger subsidies;
    private final EnterpriseService enterprises;
    private final AuditLog audit;
    private final Messages messages;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    ResponseService(MongoTemplate mongo, NoticeService notices, InboxService inbox, WorkerService workers,
                    WorkerNotifier notifier, CapacityLedger places, SubsidyLedger subsidies, EnterpriseService enterprises,
                    AuditLog audit, Messages messages, org.springframework.context.ApplicationEventPublisher events,
                    Clock clock) {
        this.mongo = mongo;
        this.notices = notices;
        this.inbox = inbox;
        this.workers = workers;
        this.notifier = notifier;
        this.places = places;
        this.subsidies = subsidies;
        this.enterprises = enterprises;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        var ops = mongo.indexOps(ResponseDocument.class);
        ops.createIndex(new Index().on("activeKey", Sort.Direction.ASC).unique());
        ops.createIndex(new Index().on("idempotencyKey", Sort.Direction.ASC).unique());
        ops.createIndex(new Index().on("noticeId", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("seq", Sort.Direction.ASC));
        ops.createIndex(new Index().on("workerId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        ops.createIndex(new Index().on("enterpriseId", Sort.Direction.ASC).on("noticeId", Sort.Direction.ASC));
        // the guards of state changes (this status, this version) served by key on the embedded server too
        ops.createIndex(new Index().on("_id", Sort.Direction.ASC).on("status", Sort.Direction.ASC).unique());
        ops.createIndex(new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC).unique());
    }

    /**
     * A worker answers a notice that reached them. The same idempotency key again returns the first
     * response; a second active response is a 409; a full bus or job fair puts the worker on the
     * waitlist.
     */
    public Response submit(String workerId, String noticeId, ResponseKind kind, Map<String, Object> fields,
                           String idempotencyKey) {
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw InvalidInputException.of("Idempotency-Key", "error.idempotency-key");
        }
        String idemKey = workerId + ":" + idempotencyKey;
        ResponseDocument earlier = byIdempotencyKey(idemKey);
        if (earlier != null) {
            return replay(earlier, noticeId);
        }
        Notice notice = notices.getForWorker(noticeId, workerId);
        Problems problems = new Problems();
        problems.check(kind != null, "kind", "error.required");
        problems.check(kind == null || kind == notice.responseKind(), "kind", "error.kind-mismatch",
                notice.responseKind().name());
        problems.throwIfAny();
        if (kind == ResponseKind.SUBSIDY_APPLICATION && notice.policy() != null
                && notice.policy().applicant() != org.fugong.notice.Applicant.WORKER) {
            throw new ConflictException("error.enterprise-policy");
        }
        Map<String, Object> clean = ResponseForms.check(notice, kind, fields, false, problems);
        problems.throwIfAny();
        Instant now = clock.instant();
        requireOpen(notice, kind, now);
        Integer capacity = capacityOf(notice);
        ResponseDocument doc = new ResponseDocument();
        doc.noticeId = noticeId;
        doc.workerId = workerId;
        doc.kind = kind;
        doc.fields = clean;
        doc.activeKey = noticeId + ":" + workerId;
        doc.idempotencyKey = idemKey;
        doc.createdAt = now;
        doc.updatedAt = now;
        if (kind == ResponseKind.SUBSIDY_APPLICATION) {
            doc.amount = notice.policy().amountPerPerson();
        }
        doc.status = capacity != null ? ResponseStatus.WAITLISTED
                : kind == ResponseKind.RSVP ? ResponseStatus.CONFIRMED : ResponseStatus.SUBMITTED;
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException e) {
            ResponseDocument raced = byIdempotencyKey(idemKey);
            if (raced != null) {
                return replay(raced, noticeId);
            }
            throw new ConflictException("error.already-responded");
        }
        if (capacity != null) {
            doc = queueForPlace(notice, doc, capacity);
        }
        inbox.recordResponse(notice, workerId, doc.id, doc.status.name(), false);
        return withPosition(doc);
    }

    /**
     * A booking joins the notice's waiting line and gets its number; free places go to the head of the
     * line; the worker is told "waitlisted" only if still so at this instant (a promotion after that
     * is pushed to them).
     */
    private ResponseDocument queueForPlace(Notice notice, ResponseDocument doc, int capacity) {
        CapacityLedger.Joined joined = places.join(notice.id(), capacity, doc.id);
        long seq = joined.seq();
        if (joined.free() > 0) {
            fill(notice, doc.id);
        }
        // the number is written with the answer: one write, whether still waiting or promoted meanwhile
        ResponseDocument told = mongo.findAndModify(
                Query.query(where("_id").is(new ObjectId(doc.id)).and("status").is(ResponseStatus.WAITLISTED)),
                new Update().set("seq", seq).set("toldWaitlisted", true), FindAndModifyOptions.options().returnNew(true),
                ResponseDocument.class);
        return told != null ? told : mongo.findAndModify(Query.query(where("_id").is(new ObjectId(doc.id))),
                new Update().set("seq", seq), FindAndModifyOptions.options().returnNew(true), ResponseDocument.class);
    }

    private Response replay(ResponseDocument earlier, String noticeId) {
        if (!earlier.noticeId.equals(noticeId)) {
            throw new ConflictException("error.idempotency-key-reused");
        }
        return withPosition(mongo.findById(earlier.id, ResponseDocument.class));
    }

    /**
     * An enterprise answers a notice through one of its HR users: it joins a job fair (RSVP) or claims
     * a subsidy of a policy for its first-time local hires (SUBSIDY_APPLICATION, {@code fields.persons}).
     * <ul>
     *   <li>The HR user must be able to see the notice (published, and for everyone or concerning their
     *       enterprise); otherwise it is not there (404).</li>
     *   <li>An enterprise joins a fair once: a second RSVP while the first stands is a 409. Enterprise
     *       RSVPs are exhibitors, not visitors, so they take none of the places workers book.</li>
     *   <li>A claim is worth {@code persons × amountPerPerson}, but never more than the policy's cap
     *       still allows for the enterprise, counting what was granted and what waits for review: the
     *       amount is reserved from {@link SubsidyLedger} and is {@code min(requested, cap − reserved)};
     *       when nothing is left the claim is a 409. Several claims are allowed until then. Only
     *       policies for enterprises take them, and only until the policy's deadline.</li>
     * </ul>
     *
     * @param idempotencyKey optional; the same key again (for the same enterprise) returns the first
     *                       response, so a retried claim is not claimed twice
     */
    public Response submitForEnterprise(String noticeId, ResponseKind kind, Map<String, Object> fields,
                                        String idempotencyKey, Actor actor) {
        String enterpriseId = enterpriseOf(actor);
        String idemKey = null;
        if (idempotencyKey != null) {
            if (!IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
                throw InvalidInputException.of("Idempotency-Key", "error.idempotency-key");
            }
            idemKey = "ent:" + enterpriseId + ":" + idempotencyKey;
            ResponseDocument earlier = byIdempotencyKey(idemKey);
            if (earlier != null) {
                return replay(earlier, noticeId);
            }
        }
        Notice notice = notices.find(noticeId).filter(n -> notices.isVisibleToEnterprise(n, enterpriseId))
                .orElseThrow(() -> new NotFoundException("notice", noticeId));
        Problems problems = new Problems();
        problems.check(kind != null, "kind", "error.required");
        problems.check(kind == null || kind == ResponseKind.RSVP || kind == ResponseKind.SUBSIDY_APPLICATION,
                "kind", "error.enterprise-kind");
        problems.check(kind == null || kind == notice.responseKind(), "kind", "error.kind-mismatch",
                notice.responseKind().name());
        problems.throwIfAny();
        if (kind == ResponseKind.SUBSIDY_APPLICATION && notice.policy().applicant() != Applicant.ENTERPRISE) {
            throw new ConflictException("error.worker-policy");
        }
        Map<String, Object> clean = ResponseForms.check(notice, kind, fields, true, problems);
        problems.throwIfAny();
        Instant now = clock.instant();
        requireOpen(notice, kind, now);

        ResponseDocument doc = new ResponseDocument();
        doc.id = new ObjectId().toHexString();
        doc.noticeId = noticeId;
        doc.enterpriseId = enterpriseId;
        doc.submittedBy = actor.id();
        doc.kind = kind;
        doc.fields = clean;
        doc.idempotencyKey = idemKey != null ? idemKey : "ent:" + enterpriseId + ":" + doc.id;
        doc.createdAt = now;
        doc.updatedAt = now;
        if (kind == ResponseKind.RSVP) {
            doc.activeKey = noticeId + ":ent:" + enterpriseId;
            doc.status = ResponseStatus.CONFIRMED;
        } else {
            doc.activeKey = noticeId + ":claim:" + doc.id;
            doc.status = ResponseStatus.SUBMITTED;
            doc.amount = reserveSubsidy(notice, enterpriseId, (Integer) clean.get("persons"));
        }
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException e) {
            if (doc.amount != null) {
                subsidies.release(noticeId, enterpriseId, SubsidyLedger.fen(doc.amount));
            }
            ResponseDocument raced = idemKey == null ? null : byIdempotencyKey(idemKey);
            if (raced != null) {
                return replay(raced, noticeId);
            }
            throw new ConflictException("error.enterprise-already-responded");
        }
        audit.record(actor, "response.submit", "response", doc.id, Map.of("noticeId", noticeId,
                "enterpriseId", enterpriseId, "kind", kind.name(),
                "amount", doc.amount == null ? "" : doc.amount.toPlainString()));
        return doc.toResponse();
    }

    /**
     * The amount of a claim, reserved against the cap: {@code persons × amountPerPerson}, cut to what
     * the cap leaves; a 409 when it leaves nothing.
     */
    private BigDecimal reserveSubsidy(Notice notice, String enterpriseId, int persons) {
        Policy policy = notice.policy();
        long requested = SubsidyLedger.fen(policy.amountPerPerson()) * persons;
        Long cap = policy.capPerEnterprise() == null ? null : SubsidyLedger.fen(policy.capPerEnterprise());
        long reserved = subsidies.reserve(notice.id(), enterpriseId, requested, cap);
        if (reserved == 0) {
            throw new ConflictException("error.subsidy-cap-reached", policy.capPerEnterprise().toPlainString());
        }
        return SubsidyLedger.yuan(reserved);
    }

    /**
     * An HR user withdraws their enterprise's RSVP or a claim still waiting for review; a withdrawn
     * claim no longer counts against the cap, and the enterprise may RSVP again.
     */
    public void cancelForEnterprise(String responseId, Actor actor) {
        String enterpriseId = enterpriseOf(actor);
        ResponseDocument current = document(responseId);
        if (!enterpriseId.equals(current.enterpriseId)) {
            throw new NotFoundException("response", responseId);
        }
        ResponseDocument cancelled = mongo.findAndModify(
                Query.query(where("_id").is(new ObjectId(responseId)).and("status").in(ReviewRules.ENTERPRISE_CANCELLABLE)),
                new Update().set("status", ResponseStatus.CANCELLED).set("activeKey", "cancelled:" + responseId)
                        .set("updatedAt", clock.instant()).inc("version", 1),
                FindAndModifyOptions.options().returnNew(false), ResponseDocument.class);
        if (cancelled == null) {
            throw new ConflictException("error.response-state", document(responseId).status.name());
        }
        if (cancelled.kind == ResponseKind.SUBSIDY_APPLICATION && cancelled.amount != null) {
            subsidies.release(cancelled.noticeId, enterpriseId, SubsidyLedger.fen(cancelled.amount));
        }
        audit.record(actor, "response.cancel", "response", responseId,
                Map.of("noticeId", cancelled.noticeId, "enterpriseId", enterpriseId));
    }

    /** The responses the HR user's enterprise gave to a notice, newest first (its RSVP, its claims). */
    public List<Response> ofEnterprise(String noticeId, Actor actor) {
        String enterpriseId = enterpriseOf(actor);
        return mongo.find(Query.query(where("enterpriseId").is(enterpriseId).and("noticeId").is(noticeId))
                                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"))), ResponseDocument.class)
                .stream().map(ResponseDocument::toResponse).toList();
    }

    private static String enterpriseOf(Actor actor) {
        actor.require(Role.HR);
        if (actor.enterpriseId() == null) {
            throw new NotAllowedException("error.hr-needs-enterprise");
        }
        return actor.enterpriseId();
    }

    /**
     * Whether a notice still takes this response now: a policy's deadline closes its applications
     * (said as such), and every notice closes at its respond-by time and expiry.
     */
    private static void requireOpen(Notice notice, ResponseKind kind, Instant now) {
        if (kind == ResponseKind.SUBSIDY_APPLICATION && notice.policy() != null && notice.policy().deadline() != null
                && !now.isBefore(notice.policy().deadline())) {
            throw new ConflictException("error.subsidy-deadline", TIME.format(notice.policy().deadline()));
        }
        if (!notice.acceptsResponsesAt(now)) {
            throw new ConflictException("error.responses-closed");
        }
    }

    /**
     * Hands free places to the waitlist, first booked first served. Runs after every booking and
     * every freed place; safe on any number of nodes at once, since each place is claimed atomically
     * and each promotion is one atomic change of the first waitlisted response.
     *
     * @param bookerResponseId the response of the worker who is being answered right now (not pushed)
     */
    void fill(Notice notice, String bookerResponseId) {
        String head;
        while ((head = places.takeForHead(notice.id())) != null) {
            ResponseDocument promoted = ObjectId.isValid(head) ? mongo.findAndModify(
                    Query.query(where("_id").is(new ObjectId(head)).and("status").is(ResponseStatus.WAITLISTED)),
                    new Update().set("status", ResponseStatus.CONFIRMED).set("updatedAt", clock.instant()).inc("version", 1),
                    FindAndModifyOptions.options().returnNew(true), ResponseDocument.class) : null;
            if (promoted == null) {
                // it left the line meanwhile (cancelled, rejected): the place is free again
                places.release(notice.id());
                continue;
            }
            // only someone who was told "waitlisted" needs telling; others are still being answered
            if (promoted.toldWaitlisted && !promoted.id.equals(bookerResponseId) && promoted.workerId != null) {
                notifier.tell(notice, PushKind.DECISION, text("push.promoted.title", notice.title()),
                        text("push.promoted.body", null), promoted.id + ":promoted",
                        List.of(Recipient.response(promoted.workerId, promoted.id, promoted.status.name(), true)));
            }
        }
    }

    /** A booking that ends leaves the line, or gives its place to the head of the line. */
    private void freePlaceOf(Notice notice, ResponseDocument before) {
        if (before.status == ResponseStatus.WAITLISTED) {
            places.leave(notice.id(), before.id);
        } else if (before.status == ResponseStatus.CONFIRMED) {
            places.release(notice.id());
            fill(notice, null);
        }
    }

    /** Hands places that became free outside a booking or cancellation (a recount) to the waitlist. */
    void refill(String noticeId) {
        notices.find(noticeId).ifPresent(notice -> fill(notice, null));
    }

    /** A worker withdraws their response; a seat or place it held goes to the first on the waitlist. */
    public void cancel(String workerId, String responseId) {
        ResponseDocument current = document(responseId);
        if (!workerId.equals(current.workerId)) {
            throw new NotFoundException("response", responseId);
        }
        Notice notice = notices.find(current.noticeId).orElseThrow(() -> new NotFoundException("notice", current.noticeId));
        if (notice.returnBus() != null && notice.returnBus().departsAt() != null
                && !clock.instant().isBefore(notice.returnBus().departsAt())) {
            throw new ConflictException("error.bus-departed");
        }
        ResponseDocument cancelled = null;
        for (ResponseDocument seen = current; cancelled == null && seen.status.isActive(); seen = document(responseId)) {
            cancelled = mongo.findAndModify(
                    Query.query(where("_id").is(new ObjectId(responseId)).and("version").is(seen.version)),
                    new Update().set("status", ResponseStatus.CANCELLED).set("activeKey", "cancelled:" + responseId)
                            .set("updatedAt", clock.instant()).inc("version", 1),
                    FindAndModifyOptions.options().returnNew(false), ResponseDocument.class);
        }
        if (cancelled == null) {
            throw new ConflictException("error.response-state", document(responseId).status.name());
        }
        inbox.recordResponse(notice, workerId, responseId, ResponseStatus.CANCELLED.name(), false);
        if (capacityOf(notice) != null) {
            freePlaceOf(notice, cancelled);
        }
    }

    /** The worker's own responses, newest first, optionally to one notice. */
    public CursorPage<Response> mine(String workerId, String noticeId, ResponseStatus status, Paging paging) {
        List<Criteria> and = new ArrayList<>();
        and.add(where("workerId").is(workerId));
        if (noticeId != null) {
            and.add(where("noticeId").is(noticeId));
        }
        if (status != null) {
            and.add(where("status").is(status));
        }
        addCursor(and, paging, true);
        Query query = new Query(new Criteria().andOperator(and))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"))).limit(paging.limit() + 1);
        List<ResponseDocument> rows = mongo.find(query, ResponseDocument.class);
        CursorPage<ResponseDocument> page = CursorPage.of(rows, paging.limit(),
                r -> Cursor.of(String.valueOf(r.createdAt.toEpochMilli()), r.id));
        return page.map(this::withPosition);
    }

    /**
     * Responses to a notice for review, in booking order, with who responded (phone masked). Staff see
     * all; HR users only those to their own enterprise's postings.
     */
    public CursorPage<Response> forNotice(String noticeId, ResponseStatus status, Paging paging, Actor actor) {
        Notice notice = reviewable(noticeId, actor);
        List<Criteria> and = new ArrayList<>();
        and.add(where("noticeId").is(notice.id()));
        if (status != null) {
            and.add(where("status").is(status));
        }
        addCursor(and, paging, false);
        Query query = new Query(new Criteria().andOperator(and))
                .with(Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("_id"))).limit(paging.limit() + 1);
        List<ResponseDocument> rows = mongo.find(query, ResponseDocument.class);
        CursorPage<ResponseDocument> page = CursorPage.of(rows, paging.limit(),
                r -> Cursor.of(String.valueOf(r.createdAt.toEpochMilli()), r.id));
        Map<String, WorkerSummary> people = workers.summaries(page.items().stream()
                .map(r -> r.workerId).filter(Objects::nonNull).toList());
        Function<ResponseDocument, Integer> positions = positionsIn(notice.id(), page.items());
        return page.map(r -> r.toResponse().with(r.workerId == null ? null : people.get(r.workerId),
                positions.apply(r)));
    }

    /** The same for the console's lazy grid: a slice in booking order and the total. */
    public List<Response> forNotice(String noticeId, ResponseStatus status, int offset, int limit, Actor actor) {
        Notice notice = reviewable(noticeId, actor);
        Criteria criteria = where("noticeId").is(notice.id());
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        List<ResponseDocument> rows = mongo.find(new Query(criteria)
                .with(Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("_id"))).skip(offset).limit(limit),
                ResponseDocument.class);
        Map<String, WorkerSummary> people = workers.summaries(rows.stream().map(r -> r.workerId)
                .filter(Objects::nonNull).toList());
        Function<ResponseDocument, Integer> positions = positionsIn(notice.id(), rows);
        return rows.stream().map(r -> r.toResponse().with(r.workerId == null ? null : people.get(r.workerId),
                positions.apply(r))).toList();
    }

    public long countForNotice(String noticeId, ResponseStatus status, Actor actor) {
        Notice notice = reviewable(noticeId, actor);
        Criteria criteria = where("noticeId").is(notice.id());
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return mongo.count(new Query(criteria), ResponseDocument.class);
    }

    /**
     * An official (or the posting's HR user) decides: ACCEPTED, REJECTED or WAITLISTED with a note.
     * The worker is told by push and in the inbox. A seat given up by a rejection goes to the waitlist.
     */
    public Response review(String responseId, ResponseStatus decision, String note, Actor actor) {
        ResponseDocument current = document(responseId);
        Notice notice = reviewable(current.noticeId, actor);
        if (!ReviewRules.mayDecide(actor)) {
            throw new NotAllowedException("error.role-required", "OFFICIAL/REVIEWER/HR");
        }
        Problems problems = new Problems();
        problems.check(decision != null && REVIEW_DECISIONS.contains(decision), "status", "error.review-status");
        String cleanNote = Texts.trimToNull(note);
        problems.check(cleanNote == null || cleanNote.length() <= 1000, "note", "error.max-length", 1000);
        problems.throwIfAny();
        if (!ReviewRules.decisionsFor(current.kind).contains(decision)) {
            throw new ConflictException("error.decision-not-for-kind", decision.name(), current.kind.name());
        }
        Instant now = clock.instant();
        if (!current.status.isActive()) {
            throw new ConflictException("error.response-state", current.status.name());
        }
        ResponseDocument before = mongo.findAndModify(
                Query.query(where("_id").is(new ObjectId(responseId)).and("version").is(current.version)),
                new Update().set("status", decision).set("note", cleanNote).set("reviewedBy", actor.id())
                        .set("reviewedAt", now).set("handledBy", actor.id()).set("updatedAt", now).inc("version", 1),
                FindAndModifyOptions.options().returnNew(false), ResponseDocument.class);
        if (before == null) {
            ResponseDocument latest = document(responseId);
            throw latest.status.isActive() ? new ConflictException("error.concurrent-change")
                    : new ConflictException("error.response-state", latest.status.name());
        }
        audit.record(actor, "response.review", "response", responseId,
                Map.of("status", decision.name(), "note", cleanNote == null ? "" : cleanNote, "noticeId", notice.id()));
        if (before.workerId != null) {
            notifier.tell(notice, PushKind.DECISION, text("push.decision.title", notice.title()),
                    decisionBody(decision, cleanNote), responseId + ":" + decision.name() + ":" + before.version,
                    List.of(Recipient.response(before.workerId, responseId, decision.name(), true)));
        }
        if (capacityOf(notice) != null && decision != ResponseStatus.ACCEPTED && before.workerId != null) {
            freePlaceOf(notice, before);
        }
        if (before.kind == ResponseKind.SUBSIDY_APPLICATION && before.enterpriseId != null && before.amount != null) {
            settleClaim(before, decision);
        }
        if (before.kind == ResponseKind.APPLY && before.workerId != null) {
            events.publishEvent(new ApplicationDecided(responseId, before.noticeId, before.workerId, decision, now));
        }
        return withPosition(document(responseId));
    }

    /**
     * Moves a reviewed claim's amount in its enterprise's ledger: an approval adds it to
     * {@code granted}, taking one back removes it, and a rejection releases it from {@code reserved}
     * for other claims. The response changes first, so a stop in between leaves the ledger reserving
     * too much, never too little: the cap still holds.
     */
    private void settleClaim(ResponseDocument before, ResponseStatus decision) {
        long fen = SubsidyLedger.fen(before.amount);
        boolean wasGranted = before.status == ResponseStatus.ACCEPTED;
        boolean isGranted = decision == ResponseStatus.ACCEPTED;
        if (isGranted && !wasGranted) {
            subsidies.grant(before.noticeId, before.enterpriseId, fen);
        } else if (wasGranted && !isGranted) {
            subsidies.grant(before.noticeId, before.enterpriseId, -fen);
        }
        if (decision == ResponseStatus.REJECTED) {
            subsidies.release(before.noticeId, before.enterpriseId, fen);
        }
    }

    /** One response, for staff or the posting's HR users. */
    public Response get(String responseId, Actor actor) {
        ResponseDocument doc = document(responseId);
        reviewable(doc.noticeId, actor);
        WorkerSummary summary = doc.workerId == null ? null : workers.summaries(List.of(doc.workerId)).get(doc.workerId);
        return doc.toResponse().with(summary, positionOf(doc));
    }

    /**
     * The whole phone number of the worker behind a response, for the official handling it: the first
     * official to ask (or the reviewer) becomes its handler; others are refused. Audited.
     */
    public String revealPhone(String responseId, Actor actor) {
        if (!actor.isStaff()) {
            throw new NotAllowedException("error.phone-handler-only");
        }
        ResponseDocument doc = document(responseId);
        if (doc.workerId == null) {
            throw new NotFoundException("worker", responseId);
        }
        ResponseDocument claimed = mongo.findAndModify(Query.query(where("_id").is(new ObjectId(responseId))
                        .orOperator(where("handledBy").is(null), where("handledBy").is(actor.id()))),
                new Update().set("handledBy", actor.id()), ResponseDocument.class);
        if (claimed == null) {
            throw new NotAllowedException("error.phone-handler-only");
        }
        audit.record(actor, "worker.phone.reveal", "worker", doc.workerId, Map.of("responseId", responseId));
        return workers.phoneOf(doc.workerId);
    }

    /**
     * A notice's responses, of every kind, as a CSV file for Excel (UTF-8 with BOM) in the official's
     * language, in the order they came: who answered (a worker with the phone masked, or an
     * enterprise), status, what they filled in, amount, note and times. Whoever may review the
     * responses may export them. Audited, since it takes personal data out of the system.
     *
     * @param status only responses in this status, or all when null
     */
    public byte[] responsesCsv(String noticeId, ResponseStatus status, Actor actor, Locale locale) {
        Notice notice = reviewable(noticeId, actor);
        Criteria criteria = where("noticeId").is(notice.id());
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        List<ResponseDocument> rows = mongo.find(new Query(criteria)
                .with(Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("_id"))), ResponseDocument.class);
        Map<String, WorkerSummary> people = workers.summaries(rows.stream().map(r -> r.workerId)
                .filter(Objects::nonNull).distinct().toList());
        Map<String, String> companies = enterprises.names(rows.stream().map(r -> r.enterpriseId)
                .filter(Objects::nonNull).distinct().toList());
        List<String> header = Stream.of("seq", "kind", "status", "name", "phone", "hometown", "enterprise", "fields",
                "amount", "note", "submitted", "reviewed", "boarded", "arrived")
                .map(column -> messages.get("csv.responses." + column, locale)).toList();
        List<List<?>> lines = new ArrayList<>();
        int n = 0;
        for (ResponseDocument r : rows) {
            WorkerSummary who = r.workerId == null ? null : people.get(r.workerId);
            lines.add(Arrays.asList(++n, messages.get("csv.kind." + r.kind.name(), locale),
                    messages.get("csv.status." + r.status.name(), locale),
                    who == null ? null : who.name(), who == null ? null : who.phoneMasked(),
                    who == null || who.hometown() == null ? null : who.hometown().toString(),
                    r.enterpriseId == null ? null : companies.getOrDefault(r.enterpriseId, r.enterpriseId),
                    describeFields(r.fields, locale), r.amount == null ? null : r.amount.toPlainString(), r.note,
                    time(r.createdAt), time(r.reviewedAt), time(r.boardedAt), time(r.arrivedAt)));
        }
        audit.record(actor, "response.export", "notice", notice.id(), Map.of("rows", lines.size()));
        return CsvExport.write(header, lines);
    }

    /** "参会方式：线上；备注：…": the fields a response took, labelled and named in the reader's language. */
    private String describeFields(Map<String, Object> fields, Locale locale) {
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        String separator = messages.get("csv.fields.separator", locale);
        return fields.entrySet().stream()
                .map(e -> messages.get("csv.field." + e.getKey(), locale) + messages.get("csv.fields.colon", locale)
                        + (e.getValue() instanceof Boolean b ? messages.get(b ? "csv.yes" : "csv.no", locale)
                        : "attendanceMode".equals(e.getKey()) ? messages.get("constant." + e.getValue(), locale) : e.getValue()))
                .collect(Collectors.joining(separator));
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    @Override
    public long activeResponses(String noticeId) {
        return mongo.count(Query.query(where("noticeId").is(noticeId).and("status").in(ResponseStatus.ACTIVE)),
                ResponseDocument.class);
    }

    /** Places taken and in all of a bus or job fair with a capacity, or null. */
    public int[] places(String noticeId) {
        CapacityLedger.Places p = places.places(noticeId);
        return p == null ? null : new int[]{p.taken(), p.capacity()};
    }

    Notice reviewable(String noticeId, Actor actor) {
        Notice notice = notices.find(noticeId).orElseThrow(() -> new NotFoundException("notice", noticeId));
        if (ReviewRules.mayReview(notice, actor)) {
            return notice;
        }
        throw new NotFoundException("notice", noticeId);
    }

    private static Integer capacityOf(Notice notice) {
        if (notice.type() == NoticeType.RETURN_BUS && notice.returnBus() != null) {
            return notice.returnBus().seats();
        }
        if (notice.type() == NoticeType.JOB_FAIR && notice.jobFair() != null && notice.responseKind() == ResponseKind.RSVP) {
            return notice.jobFair().capacity();
        }
        return null;
    }

    private Response withPosition(ResponseDocument doc) {
        return doc.toResponse().with(null, positionOf(doc));
    }

    /** 1 for the next in line; null unless waiting for a place. */
    private Integer positionOf(ResponseDocument doc) {
        return waiting(doc) ? places.line(doc.noticeId).get(doc.id) : null;
    }

    /** The positions of a page of one notice's responses, from one read of its line, not a count per row. */
    Function<ResponseDocument, Integer> positionsIn(String noticeId, List<ResponseDocument> rows) {
        if (rows.stream().noneMatch(ResponseService::waiting)) {
            return r -> null;
        }
        Map<String, Integer> line = places.line(noticeId);
        return r -> waiting(r) ? line.get(r.id) : null;
    }

    private static boolean waiting(ResponseDocument doc) {
        return doc.status == ResponseStatus.WAITLISTED && doc.workerId != null && doc.reviewedBy == null;
    }

    private static void addCursor(List<Criteria> and, Paging paging, boolean descending) {
        if (!paging.hasCursor()) {
            return;
        }
        Instant at = Instant.ofEpochMilli(paging.cursor().longPart(0));
        ObjectId id = paging.cursor().idPart(1);
        and.add(descending
                ? new Criteria().orOperator(where("createdAt").lt(at),
                new Criteria().andOperator(where("createdAt").is(at), where("_id").lt(id)))
                : new Criteria().orOperator(where("createdAt").gt(at),
                new Criteria().andOperator(where("createdAt").is(at), where("_id").gt(id))));
    }

    private ResponseDocument byIdempotencyKey(String key) {
        return mongo.findOne(Query.query(where("idempotencyKey").is(key)), ResponseDocument.class);
    }

    private ResponseDocument document(String id) {
        ResponseDocument doc = id != null && ObjectId.isValid(id) ? mongo.findById(new ObjectId(id), ResponseDocument.class) : null;
        if (doc == null) {
            throw new NotFoundException("response", id);
        }
        return doc;
    }

    private LocalizedText text(String key, LocalizedText title) {
        return LocalizedText.of(
                messages.get(key, Languages.CHINESE, title == null ? "" : title.zh()),
                messages.get(key, Languages.ENGLISH, title == null ? "" : title.in(Languages.ENGLISH)));
    }

    private LocalizedText decisionBody(ResponseStatus decision, String note) {
        String key = "push.decision.body." + decision.name();
        String zh = messages.get(key, Languages.CHINESE);
        String en = messages.get(key, Languages.ENGLISH);
        return LocalizedText.of(note == null ? zh : zh + " " + note, note == null ? en : en + " " + note);
    }
}
