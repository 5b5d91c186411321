package org.fugong.response;

import org.fugong.response.internal.ResponseDocument;
import org.fugong.response.internal.SubsidyLedgerDocument;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.BureauTime;
import org.fugong.base.CsvExport;
import org.fugong.base.Messages;
import org.fugong.base.NotAllowedException;
import org.fugong.base.NotFoundException;
import org.fugong.base.NoticeType;
import org.fugong.base.Role;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeFinder;
import org.fugong.notice.NoticeService;
import org.fugong.notice.ResponseKind;
import org.fugong.worker.WorkerService;
import org.fugong.worker.WorkerSummary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Subsidies (专策) as the console shows them: what an enterprise still has of a policy's cap, the
 * approved claims with who got them, totals per enterprise and per policy, and the approvals as a
 * CSV file. Claims themselves are made through {@link EnterpriseResponses} and reviewed through
 * {@link ResponseReview}; an approval is a SUBSIDY_APPLICATION response ACCEPTED by an official.
 * Staff see everything; HR users only their own enterprise.
 */
@Service
public class SubsidyService {

    private static final DateTimeFormatter TIME = BureauTime.MINUTES;

    private final MongoTemplate mongo;
    private final SubsidyLedger ledger;
    private final NoticeService notices;
    private final NoticeFinder finder;
    private final EnterpriseService enterprises;
    private final WorkerService workers;
    private final AuditLog audit;
    private final Messages messages;

    SubsidyService(MongoTemplate mongo, SubsidyLedger ledger, NoticeService notices, NoticeFinder finder, EnterpriseService enterprises,
                   WorkerService workers, AuditLog audit, Messages messages) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.notices = notices;
        this.finder = finder;
        this.enterprises = enterprises;
        this.workers = workers;
        this.audit = audit;
        this.messages = messages;
        mongo.indexOps(ResponseDocument.class).createIndex(new Index().on("kind", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC).on("reviewedAt", Sort.Direction.ASC));
    }

    /**
     * Which approvals to take: of one policy or all, approved (reviewed) in {@code [from, to)} or ever.
     * Every part may be null.
     */
    public record ApprovalFilter(String policyId, Instant from, Instant to) {

        public static ApprovalFilter all() {
            return new ApprovalFilter(null, null, null);
        }

        public static ApprovalFilter ofPolicy(String policyId) {
            return new ApprovalFilter(policyId, null, null);
        }

        public static ApprovalFilter between(Instant from, Instant to) {
            return new ApprovalFilter(null, from, to);
        }
    }

    /**
     * An approved claim. An enterprise's claim has the enterprise; a worker's personal application the
     * worker (never their phone number).
     */
    public record Approval(String responseId, String policyId, String policyTitle, String enterpriseId,
                           String enterpriseName, String workerId, String workerName, Integer persons,
                           BigDecimal amount, String reviewedBy, Instant reviewedAt) {
    }

    /** An enterprise's approved claims: how many and how much (yuan). */
    public record EnterpriseTotal(String enterpriseId, String enterpriseName, long approvals, BigDecimal amount) {
    }

    /** A policy's approved claims: how many, for how many enterprises, and how much (yuan). */
    public record PolicyTotal(String policyId, String policyTitle, long approvals, long enterprises,
                              BigDecimal amount) {
    }

    /**
     * Where an enterprise stands with a policy (yuan): its cap (null when the policy has none), what
     * counts against it (waiting for review or approved), what was approved, and what is left to claim
     * (null without a cap).
     */
    public record Standing(String policyId, String enterpriseId, BigDecimal cap, BigDecimal reserved,
                           BigDecimal granted, BigDecimal left) {
    }

    /** An enterprise's standing with a policy; HR users only their own enterprise's. */
    public Standing standing(String policyId, String enterpriseId, Actor actor) {
        if (!actor.isStaff() && (enterpriseId == null || !enterpriseId.equals(actor.enterpriseId()))) {
            throw new NotFoundException("enterprise", enterpriseId);
        }
        Notice policy = notices.find(policyId).filter(n -> n.type() == NoticeType.POLICY && n.policy() != null)
                .orElseThrow(() -> new NotFoundException("notice", policyId));
        if (!actor.isStaff() && !notices.isVisibleToEnterprise(policy, enterpriseId)) {
            throw new NotFoundException("notice", policyId);
        }
        long reserved = 0;
        long granted = 0;
        SubsidyLedgerDocument doc = ledger.find(policyId, enterpriseId).orElse(null);
        if (doc != null) {
            reserved = doc.reserved;
            granted = doc.granted;
        }
        BigDecimal cap = policy.policy().capPerEnterprise();
        BigDecimal left = cap == null ? null
                : SubsidyLedger.yuan(Math.max(0, SubsidyLedger.fen(cap) - reserved));
        return new Standing(policyId, enterpriseId, cap, SubsidyLedger.yuan(reserved), SubsidyLedger.yuan(granted), left);
    }

    /** The approved claims, the latest approval first. */
    public List<Approval> approvals(ApprovalFilter filter, Actor actor) {
        return toApprovals(approvedRows(filter, actor));
    }

    /** Approvals of some approved claims, with the policy's title and who got them by name. */
    List<Approval> toApprovals(List<ResponseDocument> rows) {
        Map<String, String> titles = finder.titles(rows.stream().map(r -> r.noticeId).distinct().toList());
        Map<String, String> names = enterprises.names(rows.stream().map(r -> r.enterpriseId)
                .filter(Objects::nonNull).distinct().toList());
        Map<String, WorkerSummary> people = workers.summaries(rows.stream().map(r -> r.workerId)
                .filter(Objects::nonNull).distinct().toList());
        return rows.stream().map(r -> new Approval(r.id, r.noticeId, titles.get(r.noticeId), r.enterpriseId,
                r.enterpriseId == null ? null : names.get(r.enterpriseId), r.workerId,
                r.workerId == null || people.get(r.workerId) == null ? null : people.get(r.workerId).name(),
                persons(r), r.amount == null ? BigDecimal.ZERO : r.amount, r.reviewedBy, r.reviewedAt)).toList();
    }

    /** Approvals per enterprise (enterprises' claims only), the largest amount first. */
    public List<EnterpriseTotal> totalsByEnterprise(ApprovalFilter filter, Actor actor) {
        Map<String, List<Approval>> byEnterprise = approvals(filter, actor).stream()
                .filter(a -> a.enterpriseId() != null)
                .collect(Collectors.groupingBy(Approval::enterpriseId, LinkedHashMap::new, Collectors.toList()));
        return byEnterprise.values().stream()
                .map(list -> new EnterpriseTotal(list.get(0).enterpriseId(), list.get(0).enterpriseName(), list.size(),
                        sum(list)))
                .sorted(Comparator.comparing(EnterpriseTotal::amount).reversed()
                        .thenComparing(EnterpriseTotal::enterpriseId))
                .toList();
    }

    /** Approvals per policy (enterprises' claims and workers' applications), the largest amount first. */
    public List<PolicyTotal> totalsByPolicy(ApprovalFilter filter, Actor actor) {
        Map<String, List<Approval>> byPolicy = approvals(filter, actor).stream()
                .collect(Collectors.groupingBy(Approval::policyId, LinkedHashMap::new, Collectors.toList()));
        return byPolicy.values().stream()
                .map(list -> new PolicyTotal(list.get(0).policyId(), list.get(0).policyTitle(), list.size(),
                        list.stream().map(Approval::enterpriseId).filter(Objects::nonNull).distinct().count(), sum(list)))
                .sorted(Comparator.comparing(PolicyTotal::amount).reversed().thenComparing(PolicyTotal::policyId))
                .toList();
    }

    /** The approvals as a CSV file for Excel (UTF-8 with BOM), headed in the reader's language. Audited. */
    public byte[] approvalsCsv(ApprovalFilter filter, Actor actor, Locale locale) {
        List<Approval> approvals = approvals(filter, actor);
        List<String> header = List.of("seq", "policy", "enterprise", "worker", "persons", "amount", "reviewed")
                .stream().map(column -> messages.get("csv.subsidies." + column, locale)).toList();
        List<List<?>> rows = new ArrayList<>();
        int n = 0;
        for (Approval a : approvals) {
            rows.add(Arrays.asList(++n, a.policyTitle(), a.enterpriseName(), a.workerName(), a.persons(),
                    a.amount().toPlainString(), a.reviewedAt() == null ? null : TIME.format(a.reviewedAt())));
        }
        audit.record(actor, "subsidy.export", "notice", filter.policyId() == null ? "*" : filter.policyId(),
                Map.of("rows", rows.size()));
        return CsvExport.write(header, rows);
    }

    /** The trips charter-bus claims carry as evidence (企业包车一次性补助), by the claim's id. */
    public Map<String, BusTrips.Trip> trips(java.util.Collection<String> responseIds) {
        List<org.bson.types.ObjectId> ids = responseIds.stream().filter(org.bson.types.ObjectId::isValid).distinct()
                .map(org.bson.types.ObjectId::new).toList();
        Map<String, BusTrips.Trip> trips = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            Query query = new Query(where("_id").in(ids));
            query.fields().include("fields");
            mongo.find(query, ResponseDocument.class).forEach(r -> {
                BusTrips.Trip trip = BusTrips.of(r.fields);
                if (trip != null) {
                    trips.put(r.id, trip);
                }
            });
        }
        return trips;
    }

    private List<ResponseDocument> approvedRows(ApprovalFilter filter, Actor actor) {
        return mongo.find(new Query(approvedCriteria(filter, actor))
                        .with(Sort.by(Sort.Order.desc("reviewedAt"), Sort.Order.desc("_id"))), ResponseDocument.class);
    }

    /** The approved claims a filter selects and the actor may see (HR users: their own enterprise's). */
    Criteria approvedCriteria(ApprovalFilter filter, Actor actor) {
        if (!actor.isStaff() && !(actor.has(Role.HR) && actor.enterpriseId() != null)) {
            throw new NotAllowedException("error.role-required", "ADMIN/OFFICIAL/REVIEWER/HR");
        }
        ApprovalFilter f = filter == null ? ApprovalFilter.all() : filter;
        Criteria criteria = where("kind").is(ResponseKind.SUBSIDY_APPLICATION).and("status").is(ResponseStatus.ACCEPTED);
        if (f.from() != null || f.to() != null) {
            Criteria reviewed = where("reviewedAt");
            if (f.from() != null) {
                reviewed = reviewed.gte(f.from());
            }
            if (f.to() != null) {
                reviewed = reviewed.lt(f.to());
            }
            criteria = new Criteria().andOperator(criteria, reviewed);
        }
        if (f.policyId() != null) {
            criteria = new Criteria().andOperator(criteria, where("noticeId").is(f.policyId()));
        }
        if (!actor.isStaff()) {
            criteria = new Criteria().andOperator(criteria, where("enterpriseId").is(actor.enterpriseId()));
        }
        return criteria;
    }

    private static Integer persons(ResponseDocument r) {
        Object persons = r.fields == null ? null : r.fields.get("persons");
        return persons instanceof Number number ? number.intValue() : null;
    }

    private static BigDecimal sum(List<Approval> approvals) {
        return approvals.stream().map(Approval::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
