package org.fugong.response;

import org.fugong.response.internal.ResponseDocument;
import org.fugong.response.internal.ResponseStore;
import org.bson.types.ObjectId;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.ConflictException;
import org.fugong.base.NotAllowedException;
import org.fugong.base.NotFoundException;
import org.fugong.base.Problems;
import org.fugong.base.Role;
import org.fugong.notice.Applicant;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.notice.Policy;
import org.fugong.notice.ResponseKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Enterprises answer notices through their HR users: they join job fairs and claim subsidies, and
 * withdraw what still waits. An enterprise's subsidy claims are reserved from {@link SubsidyLedger},
 * so they never add up to more than the policy's cap; a decision on a claim is settled in the ledger
 * by {@link ResponseReview}.
 */
@Service
public class EnterpriseResponses {

    private final MongoTemplate mongo;
    private final ResponseStore store;
    private final NoticeService notices;
    private final SubsidyLedger subsidies;
    private final AuditLog audit;
    private final Clock clock;

    EnterpriseResponses(MongoTemplate mongo, ResponseStore store, NoticeService notices, SubsidyLedger subsidies,
                        AuditLog audit, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.notices = notices;
        this.subsidies = subsidies;
        this.audit = audit;
        this.clock = clock;
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
            idemKey = "ent:" + enterpriseId + ":" + ResponseStore.checkIdempotencyKey(idempotencyKey);
            ResponseDocument earlier = store.byIdempotencyKey(idemKey);
            if (earlier != null) {
                return replay(earlier, noticeId);
            }
        }
        Notice notice = notices.find(noticeId).filter(n -> notices.isVisibleToEnterprise(n, enterpriseId))
                .orElseThrow(() -> new NotFoundException("notice", noticeId));
        Map<String, Object> clean = checked(notice, kind, fields);
        Instant now = clock.instant();
        ResponseForms.requireOpen(notice, kind, now);
        ResponseDocument doc = newResponse(notice, enterpriseId, kind, clean, actor, now);
        doc.idempotencyKey = idemKey != null ? idemKey : "ent:" + enterpriseId + ":" + doc.id;
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException e) {
            if (doc.amount != null) {
                subsidies.release(noticeId, enterpriseId, SubsidyLedger.fen(doc.amount));
            }
            ResponseDocument raced = idemKey == null ? null : store.byIdempotencyKey(idemKey);
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

    private Response replay(ResponseDocument earlier, String noticeId) {
        // an enterprise's response never waits for a place
        return store.replay(earlier, noticeId).toResponse();
    }

    /** The fields of an enterprise's response checked against the notice: its kind, a policy for enterprises, the form. */
    private static Map<String, Object> checked(Notice notice, ResponseKind kind, Map<String, Object> fields) {
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
        return clean;
    }

    /** An RSVP, confirmed at once, or a claim waiting for review with its amount reserved. */
    private ResponseDocument newResponse(Notice notice, String enterpriseId, ResponseKind kind, Map<String, Object> clean,
                                         Actor actor, Instant now) {
        ResponseDocument doc = new ResponseDocument();
        doc.id = new ObjectId().toHexString();
        doc.noticeId = notice.id();
        doc.enterpriseId = enterpriseId;
        doc.submittedBy = actor.id();
        doc.kind = kind;
        doc.fields = clean;
        doc.createdAt = now;
        doc.updatedAt = now;
        if (kind == ResponseKind.RSVP) {
            doc.activeKey = ActiveKey.ofEnterpriseRsvp(notice.id(), enterpriseId).value();
            doc.status = ResponseStatus.CONFIRMED;
        } else {
            doc.activeKey = ActiveKey.ofClaim(notice.id(), doc.id).value();
            doc.status = ResponseStatus.SUBMITTED;
            doc.amount = reserveSubsidy(notice, enterpriseId, (Integer) clean.get("persons"));
        }
        return doc;
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
        ResponseDocument current = store.document(responseId);
        if (!enterpriseId.equals(current.enterpriseId)) {
            throw new NotFoundException("response", responseId);
        }
        ResponseDocument cancelled = mongo.findAndModify(
                Query.query(where("_id").is(new ObjectId(responseId)).and("status").in(ReviewRules.ENTERPRISE_CANCELLABLE)),
                new Update().set("status", ResponseStatus.CANCELLED).set("activeKey", ActiveKey.cancelled(responseId).value())
                        .set("updatedAt", clock.instant()).inc("version", 1),
                FindAndModifyOptions.options().returnNew(false), ResponseDocument.class);
        if (cancelled == null) {
            throw new ConflictException("error.response-state", store.document(responseId).status.name());
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

    /**
     * Moves a reviewed claim's amount in its enterprise's ledger: an approval adds it to
     * {@code granted}, taking one back removes it, and a rejection releases it from {@code reserved}
     * for other claims. The response changes first, so a stop in between leaves the ledger reserving
     * too much, never too little: the cap still holds.
     */
    void settleClaim(ResponseDocument before, ResponseStatus decision) {
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

    private static String enterpriseOf(Actor actor) {
        actor.require(Role.HR);
        if (actor.enterpriseId() == null) {
            throw new NotAllowedException("error.hr-needs-enterprise");
        }
        return actor.enterpriseId();
    }
}
