package org.fugong.response;

import org.fugong.response.internal.ResponseDocument;
import org.fugong.response.internal.ResponseStore;
import org.bson.types.ObjectId;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.ConflictException;
import org.fugong.base.Messages;
import org.fugong.base.NotAllowedException;
import org.fugong.base.NotFoundException;
import org.fugong.base.Problems;
import org.fugong.base.Texts;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.notice.ResponseKind;
import org.fugong.push.PushKind;
import org.fugong.push.Recipient;
import org.fugong.push.WorkerNotifier;
import org.fugong.worker.WorkerService;
import org.fugong.worker.WorkerSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Officials (or the posting's HR users) handle the responses to a notice: they see one, decide on it
 * and, as its handler, reveal the worker's whole phone number. Who may do what is
 * {@link ReviewRules}; {@link #reviewable} is the door every reading of a notice's responses goes
 * through.
 */
@Service
public class ResponseReview {

    private static final Set<ResponseStatus> REVIEW_DECISIONS =
            EnumSet.of(ResponseStatus.ACCEPTED, ResponseStatus.REJECTED, ResponseStatus.WAITLISTED);

    private final MongoTemplate mongo;
    private final ResponseStore store;
    private final Waitlist waitlist;
    private final EnterpriseResponses enterprises;
    private final NoticeService notices;
    private final WorkerService workers;
    private final WorkerNotifier notifier;
    private final AuditLog audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResponseReview(MongoTemplate mongo, ResponseStore store, Waitlist waitlist, EnterpriseResponses enterprises,
                   NoticeService notices, WorkerService workers, WorkerNotifier notifier, AuditLog audit,
                   Messages messages, ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.waitlist = waitlist;
        this.enterprises = enterprises;
        this.notices = notices;
        this.workers = workers;
        this.notifier = notifier;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The notice whose responses the actor may see (staff, and HR users for their own enterprise's
     * postings); a 404 otherwise, as if it were not there.
     */
    public Notice reviewable(String noticeId, Actor actor) {
        Notice notice = notices.find(noticeId).orElseThrow(() -> new NotFoundException("notice", noticeId));
        if (ReviewRules.mayReview(notice, actor)) {
            return notice;
        }
        throw new NotFoundException("notice", noticeId);
    }

    /**
     * An official (or the posting's HR user) decides: ACCEPTED, REJECTED or WAITLISTED with a note.
     * The worker is told by push and in the inbox. A seat given up by a rejection goes to the waitlist.
     */
    public Response review(String responseId, ResponseStatus decision, String note, Actor actor) {
        ResponseDocument current = store.document(responseId);
        Notice notice = reviewable(current.noticeId, actor);
        String cleanNote = checkDecision(current, decision, note, actor);
        Instant now = clock.instant();
        ResponseDocument before = mongo.findAndModify(
                Query.query(where("_id").is(new ObjectId(responseId)).and("version").is(current.version)),
                new Update().set("status", decision).set("note", cleanNote).set("reviewedBy", actor.id())
                        .set("reviewedAt", now).set("handledBy", actor.id()).set("updatedAt", now).inc("version", 1),
                FindAndModifyOptions.options().returnNew(false), ResponseDocument.class);
        if (before == null) {
            ResponseDocument latest = store.document(responseId);
            throw latest.status.isActive() ? new ConflictException("error.concurrent-change")
                    : new ConflictException("error.response-state", latest.status.name());
        }
        audit.record(actor, "response.review", "response", responseId,
                Map.of("status", decision.name(), "note", cleanNote == null ? "" : cleanNote, "noticeId", notice.id()));
        if (before.workerId != null) {
            notifier.tell(notice, PushKind.DECISION, PushTexts.titled(messages, "push.decision.title", notice.title()),
                    PushTexts.decision(messages, decision, cleanNote), responseId + ":" + decision.name() + ":" + before.version,
                    List.of(Recipient.response(before.workerId, responseId, decision.name(), true)));
        }
        if (Waitlist.capacityOf(notice) != null && decision != ResponseStatus.ACCEPTED && before.workerId != null) {
            waitlist.freePlaceOf(notice, before);
        }
        if (before.kind == ResponseKind.SUBSIDY_APPLICATION && before.enterpriseId != null && before.amount != null) {
            enterprises.settleClaim(before, decision);
        }
        if (before.kind == ResponseKind.APPLY && before.workerId != null) {
            events.publishEvent(new ApplicationDecided(responseId, before.noticeId, before.workerId, decision, now));
        }
        return waitlist.withPosition(store.document(responseId));
    }

    /** The note of a decision the actor may take on this response now, trimmed; otherwise a 403, 400 or 409. */
    private static String checkDecision(ResponseDocument current, ResponseStatus decision, String note, Actor actor) {
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
        if (!current.status.isActive()) {
            throw new ConflictException("error.response-state", current.status.name());
        }
        return cleanNote;
    }

    /** One response, for staff or the posting's HR users. */
    public Response get(String responseId, Actor actor) {
        ResponseDocument doc = store.document(responseId);
        reviewable(doc.noticeId, actor);
        WorkerSummary summary = doc.workerId == null ? null : workers.summaries(List.of(doc.workerId)).get(doc.workerId);
        return doc.toResponse().with(summary, waitlist.positionOf(doc));
    }

    /**
     * The whole phone number of the worker behind a response, for the official handling it: the first
     * official to ask (or the reviewer) becomes its handler; others are refused. Audited.
     */
    public String revealPhone(String responseId, Actor actor) {
        if (!actor.isStaff()) {
            throw new NotAllowedException("error.phone-handler-only");
        }
        ResponseDocument doc = store.document(responseId);
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
}
