package org.fugong.enterprise;

import org.bson.types.ObjectId;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.ConflictException;
import org.fugong.base.Keyset;
import org.fugong.base.CursorPage;
import org.fugong.base.InvalidInputException;
import org.fugong.base.NotFoundException;
import org.fugong.base.Paging;
import org.fugong.base.Problems;
import org.fugong.base.Role;
import org.fugong.enterprise.internal.EnterpriseRequestDocument;
import org.fugong.enterprise.internal.RequestCriteria;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Requests of enterprises to their task force (专班): a labour shortage, a policy question, transport,
 * anything else; each a thread between the enterprise's HR users and the bureau's officials (its
 * task-force leader and specialist first, but any official may act), moving from OPEN through
 * IN_PROGRESS to RESOLVED with how it was solved and the effect. HR users see and write only their
 * own enterprise's requests; to them everything else does not exist (404). Every change is audited.
 */
@Service
public class EnterpriseRequestService {

    /** A thread longer than this has become a new matter: raise a new request. */
    public static final int MAX_MESSAGES = 500;
    static final int MAX_TEXT = 2000;
    static final int MAX_HEADCOUNT = 100_000;
    static final int MAX_SKILLS = 20;
    /** The most rows an export holds, so one click cannot build a file of any size. */
    public static final int MAX_EXPORT = 50_000;
    private static final Set<RequestStatus> OPEN = Set.of(RequestStatus.OPEN, RequestStatus.IN_PROGRESS);
    /** Officials' queue: key enterprises' requests on top, the least time left first, then those waiting longest. */
    private static final Sort QUEUE_ORDER = Sort.by(Sort.Order.desc("urgent"), Sort.Order.asc("deadlines.nextDueAt"),
            Sort.Order.asc("createdAt"), Sort.Order.asc("_id"));
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;
    private final EnterpriseService enterprises;
    private final AuditLog audit;
    private final DispatchClock dispatch;
    private final RequestExport export;
    private final Clock clock;

    EnterpriseRequestService(MongoTemplate mongo, EnterpriseService enterprises, AuditLog audit,
                             DispatchClock dispatch, RequestExport export, Clock clock) {
        this.mongo = mongo;
        this.enterprises = enterprises;
        this.audit = audit;
        this.dispatch = dispatch;
        this.export = export;
        this.clock = clock;
        var ops = mongo.indexOps(EnterpriseRequestDocument.class);
        // for real MongoDB: an enterprise's requests newest first, and officials' queue of open ones
        ops.createIndex(new Index().on("enterpriseId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        ops.createIndex(new Index().on("status", Sort.Direction.ASC).on("urgent", Sort.Direction.DESC)
                .on("createdAt", Sort.Direction.ASC));
        ops.createIndex(new Index().on("category", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        ops.createIndex(new Index().on("createdAt", Sort.Direction.DESC));
        // the list by time left on the dispatch clock
        ops.createIndex(new Index().on("dueOrder", Sort.Direction.ASC).on("createdAt", Sort.Direction.ASC));
    }

    /**
     * An enterprise raises a request (its HR users, or staff on its behalf). Requests of key
     * enterprises are marked urgent.
     */
    public EnterpriseRequest raise(String enterpriseId, NewRequest input, Actor actor) {
        Enterprise enterprise = visibleEnterprise(enterpriseId, actor);
        EnterpriseRequestDocument doc = RequestInput.validated(input == null ? new NewRequest(null, null, null, null) : input);
        Instant now = clock.instant();
        doc.id = new ObjectId().toHexString();
        doc.enterpriseId = enterprise.id();
        doc.enterpriseName = enterprise.name();
        doc.urgent = enterprise.key();
        doc.status = RequestStatus.OPEN;
        doc.raisedById = actor.id();
        doc.raisedBy = actor.username();
        doc.raisedAs = roleIn(enterprise, actor);
        doc.messages = new ArrayList<>();
        doc.messageCount = 0;
        doc.resolutions = new ArrayList<>();
        doc.createdAt = now;
        doc.updatedAt = now;
        doc.deadlines = dispatch.start(doc.urgent, doc.category, now);
        doc.dueOrder = DispatchClock.dueOrder(doc.deadlines);
        // on the agenda first: a deadline of a request that was never stored is found to be nothing
        dispatch.schedule(doc.id, doc.deadlines);
        mongo.insert(doc);
        audit.record(actor, "request.create", "request", doc.id, Map.of("enterpriseId", doc.enterpriseId,
                "category", doc.category.name(), "urgent", doc.urgent));
        return doc.toRequest();
    }

    /** One request with its thread; HR users only their own enterprise's. */
    public EnterpriseRequest get(String requestId, Actor actor) {
        return visible(requestId, actor).toRequest();
    }

    /** An enterprise's requests, newest first, optionally of one status (HR users: their own enterprise only). */
    public CursorPage<EnterpriseRequest> list(String enterpriseId, RequestStatus status, Paging paging, Actor actor) {
        Enterprise enterprise = visibleEnterprise(enterpriseId, actor);
        Criteria criteria = where("enterpriseId").is(enterprise.id());
        if (actor.isEnterpriseOnly()) {
            criteria = criteria.and("confidential").ne(true);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        Keyset keyset = Keyset.newestFirst("createdAt");
        List<EnterpriseRequest> rows = mongo.find(keyset.query(criteria, paging), EnterpriseRequestDocument.class).stream()
                .map(EnterpriseRequestDocument::toRequest).toList();
        return keyset.page(rows, paging, EnterpriseRequest::createdAt, EnterpriseRequest::id);
    }

    /**
     * Adds a message to the thread (HR of the enterprise, or staff). A staff reply to an OPEN request
     * takes it up: the enterprise sees that someone is on it.
     */
    public EnterpriseRequest reply(String requestId, String text, Actor actor) {
        EnterpriseRequestDocument current = visible(requestId, actor);
        Problems problems = new Problems();
        String body = RequestInput.text(text, "text", true, problems);
        problems.throwIfAny();
        RequestMessage message = new RequestMessage(new ObjectId().toHexString(), actor.id(), actor.username(),
                actor.displayName(), roleIn(current, actor), body, clock.instant());
        EnterpriseRequestDocument saved = mongo.findAndModify(
                Query.query(where("_id").is(new ObjectId(current.id)).and("messageCount").lt(MAX_MESSAGES)),
                new Update().push("messages", message).inc("messageCount", 1).set("updatedAt", message.at())
                        .inc("version", 1),
                FindAndModifyOptions.options().returnNew(true), EnterpriseRequestDocument.class);
        if (saved == null) {
            document(requestId);
            throw new ConflictException("error.thread-full", MAX_MESSAGES);
        }
        audit.record(actor, "request.reply", "request", saved.id, Map.of("messageId", message.id(),
                "role", message.role().name()));
        if (actor.isStaff() && saved.status == RequestStatus.OPEN) {
            EnterpriseRequestDocument takenUp = mongo.findAndModify(
                    Query.query(where("_id").is(new ObjectId(saved.id)).and("status").is(RequestStatus.OPEN)),
                    new Update().set("status", RequestStatus.IN_PROGRESS).set("updatedAt", clock.instant())
                            .inc("version", 1),
                    FindAndModifyOptions.options().returnNew(true), EnterpriseRequestDocument.class);
            if (takenUp != null) {
                audit.record(actor, "request.status", "request", saved.id, Map.of("from", RequestStatus.OPEN.name(),
                        "to", RequestStatus.IN_PROGRESS.name()));
                dispatch.takenUp(saved.id, message.at());
                return document(requestId).toRequest();
            }
            return document(requestId).toRequest();
        }
        return saved.toRequest();
    }

    /** Moves a request as {@link StatusChange} says: take up, resolve or reopen. */
    public EnterpriseRequest changeStatus(String requestId, StatusChange change, Actor actor) {
        if (change == null || change.status() == null) {
            visible(requestId, actor);
            throw InvalidInputException.of("status", "error.required");
        }
        return switch (change.status()) {
            case IN_PROGRESS -> takeUp(requestId, actor);
            case RESOLVED -> resolve(requestId, change.solution(), change.effect(), actor);
            case OPEN -> reopen(requestId, change.note(), actor);
        };
    }

    /** An official takes up an OPEN request (staff only). */
    public EnterpriseRequest takeUp(String requestId, Actor actor) {
        visible(requestId, actor);
        actor.requireStaff();
        EnterpriseRequestDocument saved = transition(requestId, Set.of(RequestStatus.OPEN),
                new Update().set("status", RequestStatus.IN_PROGRESS));
        audit.record(actor, "request.status", "request", saved.id, Map.of("from", RequestStatus.OPEN.name(),
                "to", RequestStatus.IN_PROGRESS.name()));
        dispatch.takenUp(saved.id, saved.updatedAt);
        return document(requestId).toRequest();
    }

    /**
     * An official resolves an open request, saying how it was solved and the effect (staff only: it
     * is the bureau's account of its work).
     */
    public EnterpriseRequest resolve(String requestId, String solution, String effect, Actor actor) {
        EnterpriseRequestDocument current = visible(requestId, actor);
        actor.requireStaff();
        Problems problems = new Problems();
        String how = RequestInput.text(solution, "solution", true, problems);
        String result = RequestInput.text(effect, "effect", true, problems);
        problems.throwIfAny();
        Resolution resolution = new Resolution(how, result, actor.username(), clock.instant());
        EnterpriseRequestDocument saved = transition(requestId, OPEN,
                new Update().set("status", RequestStatus.RESOLVED).set("resolution", resolution)
                        .push("resolutions", resolution));
        audit.record(actor, "request.status", "request", saved.id, Map.of("from", current.status.name(),
                "to", RequestStatus.RESOLVED.name(), "solution", how, "effect", result));
        dispatch.resolved(saved.id, resolution.resolvedAt());
        return document(requestId).toRequest();
    }

    /**
     * Reopens a resolved request (HR of the enterprise or staff): the need came back or the solution
     * did not hold. The note, if any, joins the thread; the earlier resolution stays on record.
     */
    public EnterpriseRequest reopen(String requestId, String note, Actor actor) {
        EnterpriseRequestDocument current = visible(requestId, actor);
        Problems problems = new Problems();
        String why = RequestInput.text(note, "note", false, problems);
        problems.throwIfAny();
        Update update = new Update().set("status", RequestStatus.OPEN).unset("resolution").inc("reopenCount", 1);
        Criteria room = new Criteria();
        if (why != null) {
            update.push("messages", new RequestMessage(new ObjectId().toHexString(), actor.id(), actor.username(),
                    actor.displayName(), roleIn(current, actor), why, clock.instant())).inc("messageCount", 1);
            room = where("messageCount").lt(MAX_MESSAGES);
        }
        EnterpriseRequestDocument saved;
        try {
            saved = transition(requestId, Set.of(RequestStatus.RESOLVED), room, update);
        } catch (ConflictException e) {
            if (why != null && document(requestId).status == RequestStatus.RESOLVED) {
                throw new ConflictException("error.thread-full", MAX_MESSAGES);
            }
            throw e;
        }
        audit.record(actor, "request.status", "request", saved.id, Map.of("from", RequestStatus.RESOLVED.name(),
                "to", RequestStatus.OPEN.name(), "note", why == null ? "" : why));
        dispatch.reopened(saved.id);
        return document(requestId).toRequest();
    }

    /**
     * What an official should look at: open requests (OPEN or IN_PROGRESS) of the enterprises they
     * lead or are specialist for first, then those of all other enterprises, for any official may act;
     * within each, key enterprises' requests on top, then the longest waiting.
     */
    public List<EnterpriseRequest> queue(Actor official, int limit) {
        official.requireStaff();
        List<String> own = enterprises.assignedTo(official.username()).stream().map(Enterprise::id).toList();
        List<EnterpriseRequest> queue = new ArrayList<>();
        if (!own.isEmpty()) {
            queue.addAll(open(where("enterpriseId").in(own), limit));
        }
        if (queue.size() < limit) {
            queue.addAll(open(where("enterpriseId").nin(own), limit - queue.size()));
        }
        return queue;
    }

    private List<EnterpriseRequest> open(Criteria which, int limit) {
        Query query = new Query(new Criteria().andOperator(which, where("status").in(OPEN))).with(QUEUE_ORDER)
                .limit(limit);
        return mongo.find(query, EnterpriseRequestDocument.class).stream().map(EnterpriseRequestDocument::toRequest)
                .toList();
    }

    /** A slice of all requests the actor may see, newest first, for the console's lazy grid. */
    public List<EnterpriseRequest> find(RequestFilter filter, int offset, int limit, Actor actor) {
        Query query = new Query(RequestCriteria.of(filter, actor)).with(NEWEST_FIRST).skip(offset).limit(limit);
        return mongo.find(query, EnterpriseRequestDocument.class).stream().map(EnterpriseRequestDocument::toRequest)
                .toList();
    }

    public long count(RequestFilter filter, Actor actor) {
        return mongo.count(new Query(RequestCriteria.of(filter, actor)), EnterpriseRequestDocument.class);
    }

    /**
     * The requests a filter selects as a CSV file for Excel (UTF-8 with BOM), newest first, in the
     * caller's language ({@link RequestExport}).
     */
    public byte[] exportCsv(RequestFilter filter, Actor actor, Locale locale) {
        return export.csv(find(filter, 0, MAX_EXPORT, actor), filter, actor, locale);
    }

    /** The enterprise, if the actor may see it: HR users only their own; 404 otherwise. */
    private Enterprise visibleEnterprise(String enterpriseId, Actor actor) {
        requireConsoleUser(actor);
        return enterprises.get(enterpriseId, actor);
    }

    /** The request, if the actor may see it: HR users only their own enterprise's; 404 otherwise. */
    private EnterpriseRequestDocument visible(String requestId, Actor actor) {
        requireConsoleUser(actor);
        EnterpriseRequestDocument doc = document(requestId);
        if (actor.isEnterpriseOnly() && (!doc.enterpriseId.equals(actor.enterpriseId()) || Boolean.TRUE.equals(doc.confidential))) {
            throw new NotFoundException("request", requestId);
        }
        return doc;
    }

    private EnterpriseRequestDocument document(String requestId) {
        EnterpriseRequestDocument doc = requestId != null && ObjectId.isValid(requestId)
                ? mongo.findById(new ObjectId(requestId), EnterpriseRequestDocument.class) : null;
        if (doc == null) {
            throw new NotFoundException("request", requestId);
        }
        return doc;
    }

    private EnterpriseRequestDocument transition(String requestId, Set<RequestStatus> from, Update update) {
        return transition(requestId, from, new Criteria(), update);
    }

    /**
     * Moves a request out of one of {@code from} atomically (two officials cannot both resolve it);
     * when nothing matched, says whether it is missing (404) or in another state (409).
     */
    private EnterpriseRequestDocument transition(String requestId, Set<RequestStatus> from, Criteria extra,
                                                 Update update) {
        Query query = new Query(new Criteria().andOperator(where("_id").is(new ObjectId(requestId)),
                where("status").in(from), extra));
        EnterpriseRequestDocument saved = mongo.findAndModify(query,
                update.set("updatedAt", clock.instant()).inc("version", 1),
                FindAndModifyOptions.options().returnNew(true), EnterpriseRequestDocument.class);
        if (saved == null) {
            throw new ConflictException("error.request-state", "#request.status." + document(requestId).status.name());
        }
        return saved;
    }

    /** In what capacity the actor writes about this enterprise's request. */
    private RequestRole roleIn(EnterpriseRequestDocument request, Actor actor) {
        if (actor.isEnterpriseOnly()) {
            return RequestRole.HR;
        }
        return enterprises.find(request.enterpriseId).map(e -> roleIn(e, actor)).orElse(RequestRole.STAFF);
    }

    private static RequestRole roleIn(Enterprise enterprise, Actor actor) {
        if (actor.isEnterpriseOnly()) {
            return RequestRole.HR;
        }
        if (actor.username().equals(enterprise.taskForceLeader())) {
            return RequestRole.TASK_FORCE_LEADER;
        }
        if (actor.username().equals(enterprise.specialist())) {
            return RequestRole.SPECIALIST;
        }
        return RequestRole.STAFF;
    }

    private static void requireConsoleUser(Actor actor) {
        actor.require(Role.ADMIN, Role.OFFICIAL, Role.REVIEWER, Role.HR);
    }
}
