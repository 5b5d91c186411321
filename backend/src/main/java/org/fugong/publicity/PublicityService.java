package org.fugong.publicity;

import org.bson.types.ObjectId;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.ConflictException;
import org.fugong.base.NotFoundException;
import org.fugong.base.Problems;
import org.fugong.base.NoticeType;
import org.fugong.base.Role;
import org.fugong.notice.Applicant;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.notice.NoticeStatus;
import org.fugong.publicity.internal.ObjectionDocument;
import org.fugong.publicity.internal.PublicityClaimDocument;
import org.fugong.publicity.internal.PublicityDocument;
import org.fugong.publicity.internal.PublicityPeriods;
import org.fugong.response.BusTrips;
import org.fugong.response.SubsidyService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Publicity of approved subsidies (公示): an official lists a policy's approved enterprise claims not
 * publicised yet; the list becomes public with its announcement, which a second official approves
 * like any notice (the two-person rule); objections are taken for the period ({@link Objections},
 * {@link PublicityPeriods}). Only enterprises' claims are listed: enterprise names, persons and
 * amounts, never a worker.
 */
@Service
public class PublicityService {

    private final MongoTemplate mongo;
    private final NoticeService notices;
    private final SubsidyService subsidies;
    private final Announcements announcements;
    private final AuditLog audit;
    private final PublicityProperties properties;
    private final Clock clock;

    PublicityService(MongoTemplate mongo, NoticeService notices, SubsidyService subsidies, Announcements announcements,
                     AuditLog audit, PublicityProperties properties, Clock clock) {
        this.mongo = mongo;
        this.notices = notices;
        this.subsidies = subsidies;
        this.announcements = announcements;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** A policy with approved claims not publicised yet: what an official may publicise now. */
    public record PolicyChoice(String policyId, String policyTitle, int claims, BigDecimal amount) {
    }

    /** Policies for enterprises with approved claims waiting to be publicised. */
    public List<PolicyChoice> choices(Actor actor) {
        actor.requireStaff();
        Map<String, List<SubsidyService.Approval>> byPolicy = unlisted(null, actor).stream()
                .collect(Collectors.groupingBy(SubsidyService.Approval::policyId));
        return byPolicy.values().stream().map(list -> new PolicyChoice(list.get(0).policyId(), list.get(0).policyTitle(),
                        list.size(), list.stream().map(SubsidyService.Approval::amount).reduce(BigDecimal.ZERO, BigDecimal::add)))
                .sorted(Comparator.comparing(PolicyChoice::policyTitle, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The lines a publicity of this policy would list now, in the order it would list them. */
    public List<PublicityLine> candidates(String policyId, Actor actor) {
        actor.requireStaff();
        policy(policyId);
        return lines(unlisted(policyId, actor)).stream().map(l -> new PublicityLine(l.no(), l.enterpriseName(),
                l.persons(), l.amount(), l.trip(), null)).toList();
    }

    /**
     * Lists the policy's approved claims not publicised yet and writes the announcement, sent for review
     * at once: the publicity is public when a second official approves it.
     */
    public Publicity publish(String policyId, Actor actor) {
        actor.require(Role.OFFICIAL);
        Notice policy = policy(policyId);
        PublicityDocument doc = new PublicityDocument();
        doc.id = new ObjectId().toHexString();
        List<PublicityDocument.Line> lines = claim(doc.id, lines(unlisted(policyId, actor)));
        if (lines.isEmpty()) {
            throw new ConflictException("error.publicity-nothing");
        }
        doc.policyId = policyId;
        doc.policyTitle = policy.title();
        doc.benefit = policy.policy().benefit();
        doc.status = PublicityStatus.PENDING;
        doc.workingDays = properties.workingDays();
        doc.lines = lines;
        doc.createdById = actor.id();
        doc.createdBy = actor.displayName() == null ? actor.username() : actor.displayName();
        doc.createdAt = clock.instant();
        mongo.insert(doc);
        try {
            doc.announcementId = announcements.submit(doc, policy, actor);
        } catch (RuntimeException e) {
            mongo.remove(Query.query(where("publicityId").is(doc.id)), PublicityClaimDocument.class);
            mongo.remove(Query.query(where("_id").is(doc.id)), PublicityDocument.class);
            throw e;
        }
        mongo.updateFirst(Query.query(where("_id").is(doc.id)), new Update().set("announcementId", doc.announcementId),
                PublicityDocument.class);
        audit.record(actor, "publicity.create", "publicity", doc.id, Map.of("policyId", policyId,
                "lines", lines.size(), "announcementId", doc.announcementId));
        return get(doc.id, actor);
    }

    /** Every publicity, the newest first (staff). */
    public List<Publicity> list(Actor actor) {
        actor.requireStaff();
        List<PublicityDocument> docs = mongo.find(new Query().with(Sort.by(Sort.Order.desc("createdAt"))), PublicityDocument.class);
        return docs.stream().map(d -> PublicityViews.staff(d, List.of(), properties)).toList();
    }

    /** One publicity with its objections (staff). */
    public Publicity get(String publicityId, Actor actor) {
        actor.requireStaff();
        PublicityDocument doc = find(publicityId).orElseThrow(() -> new NotFoundException("publicity", publicityId));
        List<ObjectionDocument> objections = mongo.find(Query.query(where("publicityId").is(doc.id))
                .with(Sort.by("at")), ObjectionDocument.class);
        return PublicityViews.staff(doc, PublicityViews.objections(doc, objections, actor), properties);
    }

    /** A publicity as the public sees it: only once its announcement is out; 404 before and after withdrawal. */
    public PublicPublicity publicView(String publicityId) {
        return find(publicityId).filter(d -> d.status == PublicityStatus.RUNNING || d.status == PublicityStatus.CLOSED)
                .map(d -> PublicityViews.open(d, clock.instant()))
                .orElseThrow(() -> new NotFoundException("publicity", publicityId));
    }

    /** The publicities the public may see, the newest first. */
    public List<PublicPublicity> publicList() {
        return mongo.find(Query.query(where("status").in(PublicityStatus.RUNNING, PublicityStatus.CLOSED))
                        .with(Sort.by(Sort.Order.desc("publishedAt"))).limit(100), PublicityDocument.class).stream()
                .map(d -> PublicityViews.open(d, clock.instant())).toList();
    }

    Optional<PublicityDocument> find(String publicityId) {
        return Optional.ofNullable(publicityId == null ? null : mongo.findById(publicityId, PublicityDocument.class));
    }

    private Notice policy(String policyId) {
        new Problems().check(policyId != null && !policyId.isBlank(), "policyId", "error.required").throwIfAny();
        Notice policy = notices.find(policyId).filter(n -> n.type() == NoticeType.POLICY && n.policy() != null)
                .orElseThrow(() -> new NotFoundException("notice", policyId));
        if (policy.policy().applicant() != Applicant.ENTERPRISE) {
            // workers' own applications would name workers: personal data is never publicised
            throw new ConflictException("error.publicity-enterprise-policy");
        }
        if (policy.status() == NoticeStatus.DRAFT || policy.status() == NoticeStatus.IN_REVIEW) {
            throw new NotFoundException("notice", policyId);
        }
        return policy;
    }

    /** Approved enterprise claims of a policy (or all policies) that no publicity lists. */
    private List<SubsidyService.Approval> unlisted(String policyId, Actor actor) {
        List<SubsidyService.Approval> approvals = subsidies.approvals(policyId == null ? SubsidyService.ApprovalFilter.all()
                : SubsidyService.ApprovalFilter.ofPolicy(policyId), actor).stream()
                .filter(a -> a.enterpriseId() != null).toList();
        if (approvals.isEmpty()) {
            return List.of();
        }
        Set<String> listed = mongo.find(Query.query(where("_id").in(approvals.stream().map(SubsidyService.Approval::responseId)
                .toList())), PublicityClaimDocument.class).stream().map(c -> c.id).collect(Collectors.toSet());
        return approvals.stream().filter(a -> !listed.contains(a.responseId())).toList();
    }

    /** The claims as numbered lines, by enterprise name then approval, each with its trip if it has one. */
    private List<PublicityDocument.Line> lines(List<SubsidyService.Approval> approvals) {
        Map<String, BusTrips.Trip> trips = subsidies.trips(approvals.stream().map(SubsidyService.Approval::responseId).toList());
        List<SubsidyService.Approval> ordered = approvals.stream()
                .sorted(Comparator.comparing((SubsidyService.Approval a) -> Objects.toString(a.enterpriseName(), ""))
                        .thenComparing(a -> a.reviewedAt() == null ? java.time.Instant.EPOCH : a.reviewedAt()))
                .toList();
        List<PublicityDocument.Line> lines = new ArrayList<>();
        for (SubsidyService.Approval a : ordered) {
            lines.add(new PublicityDocument.Line(lines.size() + 1, a.responseId(), a.enterpriseId(), a.enterpriseName(),
                    a.persons(), a.amount(), trips.get(a.responseId()), PaymentStatus.LISTED));
        }
        return lines;
    }

    /** Claims each line for this publicity; a claim another publicity took meanwhile is left out. */
    private List<PublicityDocument.Line> claim(String publicityId, List<PublicityDocument.Line> lines) {
        List<PublicityDocument.Line> claimed = new ArrayList<>();
        for (PublicityDocument.Line line : lines) {
            PublicityClaimDocument claim = new PublicityClaimDocument();
            claim.id = line.responseId();
            claim.publicityId = publicityId;
            try {
                mongo.insert(claim);
                claimed.add(new PublicityDocument.Line(claimed.size() + 1, line.responseId(), line.enterpriseId(),
                        line.enterpriseName(), line.persons(), line.amount(), line.trip(), line.payment()));
            } catch (DuplicateKeyException listedElsewhere) {
                // listed by a publicity created at the same moment
            }
        }
        return claimed;
    }
}
