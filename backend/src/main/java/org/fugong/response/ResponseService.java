package org.fugong.response;

import org.fugong.response.internal.ResponseDocument;
import org.fugong.response.internal.ResponseStore;
import org.bson.types.ObjectId;
import org.fugong.base.ConflictException;
import org.fugong.base.CursorPage;
import org.fugong.base.FugongException;
import org.fugong.base.Keyset;
import org.fugong.base.NotFoundException;
import org.fugong.base.Paging;
import org.fugong.base.Problems;
import org.fugong.notice.Applicant;
import org.fugong.notice.InboxService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.notice.ResponseKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Workers respond, cancel and see their responses. The rules hold under concurrency without
 * transactions: one active response per worker and notice and idempotent submission are unique keys
 * ({@link ActiveKey}, {@code idempotencyKey}); places are claimed through the {@link Waitlist}, which
 * serves it strictly in booking order. Enterprises answer through {@link EnterpriseResponses},
 * officials decide through {@link ResponseReview}.
 */
@Service
public class ResponseService {

    private static final Keyset NEWEST_FIRST = Keyset.newestFirst("createdAt");

    private final MongoTemplate mongo;
    private final ResponseStore store;
    private final Waitlist waitlist;
    private final NoticeService notices;
    private final InboxService inbox;
    private final java.time.Clock clock;

    ResponseService(MongoTemplate mongo, ResponseStore store, Waitlist waitlist, NoticeService notices,
                    InboxService inbox, java.time.Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.waitlist = waitlist;
        this.notices = notices;
        this.inbox = inbox;
        this.clock = clock;
    }

    /**
     * A worker answers a notice that reached them. The same idempotency key again returns the first
     * response; a second active response is a 409; a full bus or job fair puts the worker on the
     * waitlist.
     */
    public Response submit(String workerId, String noticeId, ResponseKind kind, Map<String, Object> fields,
                           String idempotencyKey) {
        String idemKey = workerId + ":" + ResponseStore.checkIdempotencyKey(idempotencyKey);
        Notice notice;
        Map<String, Object> clean;
        Instant now = clock.instant();
        try {
            notice = notices.getForWorker(noticeId, workerId);
            clean = checked(notice, kind, fields);
            ResponseForms.requireOpen(notice, kind, now);
        } catch (FugongException refused) {
            // a repeat of a submission that was taken (the notice may have closed since) gets its response
            return replayed(idemKey, noticeId).orElseThrow(() -> refused);
        }
        Integer capacity = Waitlist.capacityOf(notice);
        ResponseDocument doc = new ResponseDocument();
        doc.noticeId = noticeId;
        doc.workerId = workerId;
        doc.kind = kind;
        doc.fields = clean;
        doc.activeKey = ActiveKey.ofWorker(noticeId, workerId).value();
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
            // the same idempotency key again (a retry, or a racing copy of it), or a second active response
            return replayed(idemKey, noticeId).orElseThrow(() -> new ConflictException("error.already-responded"));
        }
        if (capacity != null) {
            doc = waitlist.queueForPlace(notice, doc, capacity);
        }
        inbox.recordResponse(notice, workerId, doc.id, doc.status.name(), false);
        return waitlist.withPosition(doc);
    }

    /**
     * The response an earlier submission with this idempotency key made, as it is now. Read only when a
     * submission is refused (by the notice's rules or by a unique key): a first submission, which is
     * nearly every one, needs no read of the key before its insert, whose unique key answers the same.
     */
    private Optional<Response> replayed(String idemKey, String noticeId) {
        ResponseDocument earlier = store.byIdempotencyKey(idemKey);
        return earlier == null ? Optional.empty() : Optional.of(waitlist.withPosition(store.replay(earlier, noticeId)));
    }

    /** The fields of a worker's response checked against the notice: its kind, a policy for workers, the form. */
    private static Map<String, Object> checked(Notice notice, ResponseKind kind, Map<String, Object> fields) {
        Problems problems = new Problems();
        problems.check(kind != null, "kind", "error.required");
        problems.check(kind == null || kind == notice.responseKind(), "kind", "error.kind-mismatch",
                notice.responseKind().name());
        problems.throwIfAny();
        if (kind == ResponseKind.SUBSIDY_APPLICATION && notice.policy() != null
                && notice.policy().applicant() != Applicant.WORKER) {
            throw new ConflictException("error.enterprise-policy");
        }
        Map<String, Object> clean = ResponseForms.check(notice, kind, fields, false, problems);
        problems.throwIfAny();
        return clean;
    }

    /** A worker withdraws their response; a seat or place it held goes to the first on the waitlist. */
    public void cancel(String workerId, String responseId) {
        ResponseDocument current = store.document(responseId);
        if (!workerId.equals(current.workerId)) {
            throw new NotFoundException("response", responseId);
        }
        Notice notice = notices.find(current.noticeId).orElseThrow(() -> new NotFoundException("notice", current.noticeId));
        if (notice.returnBus() != null && notice.returnBus().departsAt() != null
                && !clock.instant().isBefore(notice.returnBus().departsAt())) {
            throw new ConflictException("error.bus-departed");
        }
        ResponseDocument cancelled = null;
        for (ResponseDocument seen = current; cancelled == null && seen.status.isActive(); seen = store.document(responseId)) {
            cancelled = mongo.findAndModify(
                    Query.query(where("_id").is(new ObjectId(responseId)).and("version").is(seen.version)),
                    new Update().set("status", ResponseStatus.CANCELLED)
                            .set("activeKey", ActiveKey.cancelled(responseId).value())
                            .set("updatedAt", clock.instant()).inc("version", 1),
                    FindAndModifyOptions.options().returnNew(false), ResponseDocument.class);
        }
        if (cancelled == null) {
            throw new ConflictException("error.response-state", store.document(responseId).status.name());
        }
        inbox.recordResponse(notice, workerId, responseId, ResponseStatus.CANCELLED.name(), false);
        if (Waitlist.capacityOf(notice) != null) {
            waitlist.freePlaceOf(notice, cancelled);
        }
    }

    /** The worker's own responses, newest first, optionally to one notice. */
    public CursorPage<Response> mine(String workerId, String noticeId, ResponseStatus status, Paging paging) {
        Criteria criteria = where("workerId").is(workerId);
        if (noticeId != null) {
            criteria = criteria.and("noticeId").is(noticeId);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        var rows = mongo.find(NEWEST_FIRST.query(criteria, paging), ResponseDocument.class);
        return NEWEST_FIRST.page(rows, paging, r -> r.createdAt, r -> r.id).map(waitlist::withPosition);
    }
}
