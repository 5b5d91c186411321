package org.fugong.notice;

import org.fugong.notice.internal.NoticeStore;
import org.fugong.notice.internal.ActiveNotices;
import org.fugong.notice.internal.NoticeDocument;
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
 * Writing, approving, publishing and recalling notices, and a notice as its readers may see it (the
 * finders other features use are {@link NoticeFinder}, the figures {@link NoticeFigures}). Every
 * state change is one atomic find-and-modify guarded by the state it leaves, so two reviewers can never both approve, and the
 * author can never approve their own notice.
 */
@Service
public class NoticeService {

    private static final Logger log = LoggerFactory.getLogger(NoticeService.class);

    private final MongoTemplate mongo;
    private final NoticeStore store;
    private final WorkerService workers;
    private final EnterpriseService enterprises;
    private final InboxService inbox;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final NoticeFigures figures;
    private final ActiveNotices active;
    private final Clock clock;

    NoticeService(MongoTemplate mongo, NoticeStore store, WorkerService workers, EnterpriseService enterprises,
                  InboxService inbox, AuditLog audit, ApplicationEventPublisher events, NoticeFigures figures,
                  ActiveNotices active, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.workers = workers;
        this.enterprises = enterprises;
        this.inbox = inbox;
        this.audit = audit;
        this.events = events;
        this.figures = figures;
        this.active = active;
        this.clock = clock;
    }

    /** An official writes a new draft. */
    public Notice create(NoticeDraft input, Actor author) {
        author.require(Role.OFFICIAL);
        NoticeDraft draft = NoticeDrafts.validated(input, null, enterprises);
        Instant now = clock.instant();
        NoticeDocument doc = new NoticeDocument();
        NoticeDrafts.apply(draft, doc);
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
        NoticeDocument current = store.document(id);
        requireAuthor(current, author);
        NoticeDraft draft = NoticeDrafts.validated(input, current.audience, enterprises);
        if (draft.type() != current.type) {
            throw InvalidInputException.of("type", "error.type-change");
        }
        NoticeDocument changed = new NoticeDocument();
        NoticeDrafts.apply(draft, changed);
        Update update = new Update()
                .set("title", changed.title).set("body", changed.body).set("audience", changed.audience)
                .set("responseKind", changed.responseKind).set("respondBy", changed.respondBy)
                .set("expiresAt", changed.expiresAt).set("scheduledAt", changed.scheduledAt)
                .set("jobFair", changed.jobFair).set("returnBus", changed.returnBus).set("policy", changed.policy)
                .set("jobPosting", changed.jobPosting)
                .set("status", NoticeStatus.DRAFT).set("updatedAt", clock.instant()).inc("version", 1);
        NoticeDocument saved = store.transition(id, Set.of(NoticeStatus.DRAFT, NoticeStatus.REJECTED),
                where("authorId").is(author.id()), update);
        audit.record(author, "notice.update", "notice", id);
        return saved.toNotice();
    }

    /** The author sends a draft for approval. */
    public Notice submit(String id, Actor author) {
        NoticeDocument current = store.document(id);
        requireAuthor(current, author);
        Problems problems = new Problems();
        NoticeRules.checkTimesForRelease(current.toNotice(), clock.instant(), problems);
        problems.throwIfAny();
        NoticeDocument saved = store.transition(id, Set.of(NoticeStatus.DRAFT, NoticeStatus.REJECTED),
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
        NoticeDocument current = store.document(id);
        if (current.authorId.equals(reviewer.id())) {
            throw new NotAllowedException("error.own-notice");
        }
        String note = NoticeDrafts.checkComment(comment, false);
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
        NoticeDocument saved = store.transition(id, Set.of(NoticeStatus.IN_REVIEW), where("authorId").ne(reviewer.id()), update);
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
        NoticeDocument current = store.document(id);
        if (current.authorId.equals(reviewer.id())) {
            throw new NotAllowedException("error.own-notice");
        }
        String note = NoticeDrafts.checkComment(comment, true);
        Instant now = clock.instant();
        NoticeDocument saved = store.transition(id, Set.of(NoticeStatus.IN_REVIEW), where("authorId").ne(reviewer.id()),
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
        NoticeDocument before = store.document(id);
        NoticeDocument saved = store.transition(id, Set.of(NoticeStatus.PUBLISHED, NoticeStatus.SCHEDULED), new Criteria(),
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
            store.changed(due.id);
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
        NoticeDocument current = store.document(id);
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
        NoticeDocument saved = store.transition(id, Set.of(NoticeStatus.PUBLISHED, NoticeStatus.SCHEDULED), new Criteria(),
                new Update().set("returnBus", draft.returnBus()).set("respondBy", draft.respondBy())
                        .set("expiresAt", draft.expiresAt()).set("updatedAt", clock.instant()).inc("version", 1));
        active.changed(saved.toNotice());
        audit.record(actor, "notice.bus-change", "notice", id, Map.of(
                "departsAt", String.valueOf(draft.returnBus().departsAt()),
                "seats", String.valueOf(draft.returnBus().seats()),
                "pickupPoints", String.join(", ", draft.returnBus().pickupPoints())));
        return saved.toNotice();
    }

    /** A notice by id, whatever its state, for other features (no visibility rules applied). */
    public Optional<Notice> find(String id) {
        return store.find(id);
    }

    /** Several notices by id. */
    public Map<String, Notice> findAll(Collection<String> ids) {
        return store.findAll(ids);
    }

    /**
     * A notice for the console or the integration API, with its delivery figures and
     * acknowledgements. HR users see only published notices that target or concern their enterprise,
     * and only their own enterprise's acknowledgements.
     */
    public Notice getFor(String id, Actor actor) {
        NoticeDocument doc = store.document(id);
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
        return doc.toNotice().withStats(figures.stats(id)).withAcknowledgements(acknowledgements);
    }

    /** A published notice that reached this worker; 404 otherwise. */
    public Notice getForWorker(String id, String workerId) {
        Notice notice = store.findRecent(id).filter(n -> n.status() == NoticeStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("notice", id));
        if (!inbox.isDelivered(notice, workerId)) {
            throw new NotFoundException("notice", id);
        }
        return notice;
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

    private static void requireAuthor(NoticeDocument doc, Actor actor) {
        if (!doc.authorId.equals(actor.id())) {
            throw new NotAllowedException("error.not-author");
        }
    }
}
