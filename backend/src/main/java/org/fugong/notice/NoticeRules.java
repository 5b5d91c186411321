package org.fugong.notice;

import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.base.Problems;
import org.fugong.base.Regions;
import org.fugong.base.Texts;
import org.fugong.worker.Audience;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;

/**
 * What makes a notice well-formed: the rules checked on every save, and the time rules checked again
 * when it is submitted and approved (a notice may not go out already expired).
 */
final class NoticeRules {

    static final int MAX_TITLE = 80;
    static final int MAX_BODY = 5000;
    static final int MAX_SEATS = 100;
    /**
     * The times a notice may carry. Anything outside is a typo or a probe, and the far ends of
     * {@link Instant} do not even fit the database's dates.
     */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private NoticeRules() {
    }

    /** The draft with defaults filled in (response kind, respond-by and expiry from the type's facts). */
    static NoticeDraft normalize(NoticeDraft draft) {
        if (draft.type() == null) {
            return draft;
        }
        ResponseKind kind = draft.responseKind() == null ? ResponseKind.defaultFor(draft.type()) : draft.responseKind();
        Instant respondBy = draft.respondBy();
        Instant expiresAt = draft.expiresAt();
        if (draft.type() == NoticeType.RETURN_BUS && draft.returnBus() != null && inRange(draft.returnBus().departsAt())) {
            respondBy = respondBy == null ? draft.returnBus().departsAt() : respondBy;
            expiresAt = expiresAt == null ? draft.returnBus().departsAt().plusSeconds(24 * 3600) : expiresAt;
        }
        if (draft.type() == NoticeType.JOB_FAIR && draft.jobFair() != null && draft.jobFair().endsAt() != null) {
            expiresAt = expiresAt == null ? draft.jobFair().endsAt() : expiresAt;
        }
        if (draft.type() == NoticeType.POLICY && draft.policy() != null && draft.policy().deadline() != null) {
            respondBy = respondBy == null ? draft.policy().deadline() : respondBy;
        }
        ReturnBus bus = draft.returnBus() == null ? null : new ReturnBus(draft.returnBus().origin(),
                draft.returnBus().destination(), draft.returnBus().departsAt(), draft.returnBus().seats(),
                Texts.distinct(draft.returnBus().pickupPoints()), Texts.trimToNull(draft.returnBus().healthRequirement()),
                Texts.trimToNull(draft.returnBus().receivingEnterpriseId()));
        JobFair fair = draft.jobFair() == null ? null : new JobFair(draft.jobFair().startsAt(), draft.jobFair().endsAt(),
                draft.jobFair().mode(), Texts.trimToNull(draft.jobFair().venue()), Texts.trimToNull(draft.jobFair().url()),
                Texts.distinct(draft.jobFair().enterpriseIds()), draft.jobFair().positions(), draft.jobFair().capacity());
        Policy policy = draft.policy() == null ? null : new Policy(draft.policy().benefit(),
                draft.policy().amountPerPerson(), draft.policy().capPerEnterprise(), draft.policy().deadline(),
                Texts.trimToNull(draft.policy().eligibility()),
                draft.policy().applicant() == null ? Applicant.ENTERPRISE : draft.policy().applicant(),
                draft.policy().tellWorkers());
        JobPosting posting = draft.jobPosting() == null ? null : new JobPosting(
                Texts.trimToNull(draft.jobPosting().enterpriseId()), Texts.trimToNull(draft.jobPosting().title()),
                draft.jobPosting().headcount(), draft.jobPosting().salaryMin(), draft.jobPosting().salaryMax(),
                Texts.trimToNull(draft.jobPosting().requirements()), null, draft.jobPosting().internship());
        return new NoticeDraft(draft.type(), draft.title(), draft.body(), draft.audience(), kind, respondBy, expiresAt,
                draft.scheduledAt(), fair, bus, policy, posting);
    }

    /**
     * Everything that can be wrong with a draft, field by field.
     *
     * @param enterpriseExists tells whether an enterprise id is known
     * @param previous         the notice's audience before this change ({@code null} for a new notice):
     *                         industry and skill codes it named stay valid for it
     */
    static void check(NoticeDraft d, Predicate<String> enterpriseExists, Audience previous, Problems problems) {
        problems.check(d.type() != null, "type", "error.required");
        checkText(d.title(), "title", MAX_TITLE, problems);
        checkText(d.body(), "body", MAX_BODY, problems);
        if (d.audience() == null) {
            problems.add("audience", "error.required");
        } else {
            d.audience().check("audience", problems, previous);
            for (int i = 0; i < d.audience().enterpriseIds().size(); i++) {
                problems.check(enterpriseExists.test(d.audience().enterpriseIds().get(i)),
                        "audience.enterpriseIds[" + i + "]", "error.enterprise-unknown");
            }
        }
        if (d.type() == null) {
            return;
        }
        problems.check(ResponseKind.allowedFor(d.type()).contains(d.responseKind()), "responseKind",
                "error.response-kind", d.type().name());
        problems.check(d.respondBy() == null || d.expiresAt() == null || !d.respondBy().isAfter(d.expiresAt()),
                "respondBy", "error.respond-by-after-expiry");
        problems.check(d.scheduledAt() == null || d.expiresAt() == null || d.scheduledAt().isBefore(d.expiresAt()),
                "scheduledAt", "error.scheduled-after-expiry");
        checkTime(d.respondBy(), "respondBy", problems);
        checkTime(d.expiresAt(), "expiresAt", problems);
        checkTime(d.scheduledAt(), "scheduledAt", problems);

        onlyFor(d.type(), NoticeType.JOB_FAIR, d.jobFair(), "jobFair", problems);
        onlyFor(d.type(), NoticeType.RETURN_BUS, d.returnBus(), "returnBus", problems);
        onlyFor(d.type(), NoticeType.POLICY, d.policy(), "policy", problems);
        onlyFor(d.type(), NoticeType.JOB_POSTING, d.jobPosting(), "jobPosting", problems);

        if (d.jobFair() != null && d.type() == NoticeType.JOB_FAIR) {
            checkJobFair(d.jobFair(), enterpriseExists, problems);
        }
        if (d.returnBus() != null && d.type() == NoticeType.RETURN_BUS) {
            checkReturnBus(d.returnBus(), enterpriseExists, problems);
        }
        if (d.policy() != null && d.type() == NoticeType.POLICY) {
            checkPolicy(d.policy(), d.responseKind(), problems);
            // applications close at the deadline; one after the notice's expiry could never be reached
            problems.check(d.policy().deadline() == null || d.expiresAt() == null
                    || !d.policy().deadline().isAfter(d.expiresAt()), "policy.deadline", "error.deadline-after-expiry");
        }
        if (d.jobPosting() != null && d.type() == NoticeType.JOB_POSTING) {
            checkJobPosting(d.jobPosting(), enterpriseExists, problems);
        }
    }

    /** The time rules for sending a notice out at {@code at}: nothing may already be over. */
    static void checkTimesForRelease(Notice n, Instant at, Problems problems) {
        problems.check(n.expiresAt() == null || n.expiresAt().isAfter(at), "expiresAt", "error.in-past");
        problems.check(n.respondBy() == null || n.respondBy().isAfter(at), "respondBy", "error.in-past");
        if (n.returnBus() != null) {
            problems.check(n.returnBus().departsAt() == null || n.returnBus().departsAt().isAfter(at),
                    "returnBus.departsAt", "error.in-past");
        }
        if (n.jobFair() != null) {
            problems.check(n.jobFair().endsAt() == null || n.jobFair().endsAt().isAfter(at), "jobFair.endsAt", "error.in-past");
        }
        if (n.policy() != null) {
            problems.check(n.policy().deadline() == null || n.policy().deadline().isAfter(at), "policy.deadline",
                    "error.in-past");
        }
    }

    private static boolean inRange(Instant time) {
        return time != null && !time.isBefore(EARLIEST) && time.isBefore(LATEST);
    }

    private static void checkTime(Instant time, String field, Problems problems) {
        problems.check(time == null || inRange(time), field, "error.time-range",
                String.valueOf(EARLIEST.atZone(ZoneOffset.UTC).getYear()),
                String.valueOf(LATEST.atZone(ZoneOffset.UTC).getYear() - 1));
    }

    private static void checkText(LocalizedText text, String field, int max, Problems problems) {
        if (text == null || text.zh() == null) {
            problems.add(field + ".zh-CN", "error.required");
            return;
        }
        problems.check(text.zh().length() <= max, field + ".zh-CN", "error.max-length", max);
        problems.check(text.en() == null || text.en().length() <= max * 2, field + ".en", "error.max-length", max * 2);
        problems.check(!Texts.hasControlCharacters(text.zh()), field + ".zh-CN", "error.control-characters");
        problems.check(!Texts.hasControlCharacters(text.en()), field + ".en", "error.control-characters");
    }

    private static void onlyFor(NoticeType type, NoticeType owner, Object block, String field, Problems problems) {
        if (type == owner) {
            problems.check(block != null, field, "error.required");
        } else {
            problems.check(block == null, field, "error.block-not-for-type", type.name());
        }
    }

    private static void checkJobFair(JobFair fair, Predicate<String> enterpriseExists, Problems problems) {
        problems.check(fair.startsAt() != null, "jobFair.startsAt", "error.required");
        problems.check(fair.endsAt() != null, "jobFair.endsAt", "error.required");
        checkTime(fair.startsAt(), "jobFair.startsAt", problems);
        checkTime(fair.endsAt(), "jobFair.endsAt", problems);
        problems.check(fair.startsAt() == null || fair.endsAt() == null || fair.endsAt().isAfter(fair.startsAt()),
                "jobFair.endsAt", "error.ends-before-start");
        problems.check(fair.mode() != null, "jobFair.mode", "error.required");
        if (fair.mode() == AttendanceMode.ONSITE || fair.mode() == AttendanceMode.HYBRID) {
            problems.check(fair.venue() != null, "jobFair.venue", "error.required");
        }
        if (fair.mode() == AttendanceMode.ONLINE || fair.mode() == AttendanceMode.HYBRID) {
            problems.check(fair.url() != null, "jobFair.url", "error.required");
        }
        problems.check(fair.url() == null || isWebAddress(fair.url()), "jobFair.url", "error.url");
        problems.check(fair.venue() == null || fair.venue().length() <= 200, "jobFair.venue", "error.max-length", 200);
        problems.check(fair.positions() == null || fair.positions() >= 0 && fair.positions() <= 1_000_000,
                "jobFair.positions", "error.range", 0, 1_000_000);
        problems.check(fair.capacity() == null || fair.capacity() >= 1 && fair.capacity() <= 1_000_000,
                "jobFair.capacity", "error.range", 1, 1_000_000);
        checkEnterprises(fair.enterpriseIds(), "jobFair.enterpriseIds", enterpriseExists, problems);
    }

    private static void checkReturnBus(ReturnBus bus, Predicate<String> enterpriseExists, Problems problems) {
        Regions.china().check(bus.origin(), "returnBus.origin", problems, true);
        Regions.china().check(bus.destination(), "returnBus.destination", problems, true);
        problems.check(bus.departsAt() != null, "returnBus.departsAt", "error.required");
        checkTime(bus.departsAt(), "returnBus.departsAt", problems);
        problems.check(bus.seats() != null, "returnBus.seats", "error.required");
        problems.check(bus.seats() == null || bus.seats() >= 1 && bus.seats() <= MAX_SEATS, "returnBus.seats",
                "error.range", 1, MAX_SEATS);
        problems.check(bus.pickupPoints().size() <= 20, "returnBus.pickupPoints", "error.max-items", 20);
        for (int i = 0; i < bus.pickupPoints().size(); i++) {
            problems.check(bus.pickupPoints().get(i).length() <= 100, "returnBus.pickupPoints[" + i + "]",
                    "error.max-length", 100);
        }
        problems.check(bus.healthRequirement() == null || bus.healthRequirement().length() <= 500,
                "returnBus.healthRequirement", "error.max-length", 500);
        problems.check(bus.receivingEnterpriseId() == null || enterpriseExists.test(bus.receivingEnterpriseId()),
                "returnBus.receivingEnterpriseId", "error.enterprise-unknown");
    }

    private static void checkPolicy(Policy policy, ResponseKind kind, Problems problems) {
        problems.check(policy.benefit() != null, "policy.benefit", "error.required");
        checkTime(policy.deadline(), "policy.deadline", problems);
        if (kind == ResponseKind.SUBSIDY_APPLICATION) {
            problems.check(policy.amountPerPerson() != null, "policy.amountPerPerson", "error.required");
        }
        problems.check(policy.amountPerPerson() == null || positiveMoney(policy.amountPerPerson()),
                "policy.amountPerPerson", "error.money");
        problems.check(policy.capPerEnterprise() == null || positiveMoney(policy.capPerEnterprise()),
                "policy.capPerEnterprise", "error.money");
        problems.check(policy.capPerEnterprise() == null || policy.amountPerPerson() == null
                        || policy.capPerEnterprise().compareTo(policy.amountPerPerson()) >= 0,
                "policy.capPerEnterprise", "error.cap-below-amount");
        problems.check(policy.eligibility() == null || policy.eligibility().length() <= 2000,
                "policy.eligibility", "error.max-length", 2000);
        // workers apply for themselves only through the app's subsidy application
        problems.check(policy.applicant() != Applicant.WORKER || kind == ResponseKind.SUBSIDY_APPLICATION,
                "policy.applicant", "error.applicant-needs-application");
    }

    private static void checkJobPosting(JobPosting posting, Predicate<String> enterpriseExists, Problems problems) {
        problems.check(posting.enterpriseId() != null, "jobPosting.enterpriseId", "error.required");
        problems.check(posting.enterpriseId() == null || enterpriseExists.test(posting.enterpriseId()),
                "jobPosting.enterpriseId", "error.enterprise-unknown");
        problems.check(posting.title() != null, "jobPosting.title", "error.required");
        problems.check(posting.title() == null || posting.title().length() <= MAX_TITLE, "jobPosting.title",
                "error.max-length", MAX_TITLE);
        problems.check(posting.headcount() != null, "jobPosting.headcount", "error.required");
        problems.check(posting.headcount() == null || posting.headcount() >= 1 && posting.headcount() <= 100_000,
                "jobPosting.headcount", "error.range", 1, 100_000);
        problems.check(posting.salaryMin() == null || posting.salaryMin() >= 0 && posting.salaryMin() <= 1_000_000,
                "jobPosting.salaryMin", "error.range", 0, 1_000_000);
        problems.check(posting.salaryMax() == null || posting.salaryMax() >= 0 && posting.salaryMax() <= 1_000_000,
                "jobPosting.salaryMax", "error.range", 0, 1_000_000);
        problems.check(posting.salaryMin() == null || posting.salaryMax() == null
                || posting.salaryMin() <= posting.salaryMax(), "jobPosting.salaryMax", "error.salary-range");
        problems.check(posting.requirements() == null || posting.requirements().length() <= 2000,
                "jobPosting.requirements", "error.max-length", 2000);
    }

    private static void checkEnterprises(List<String> ids, String field, Predicate<String> exists, Problems problems) {
        problems.check(ids.size() <= 500, field, "error.max-items", 500);
        for (int i = 0; i < ids.size(); i++) {
            problems.check(exists.test(ids.get(i)), field + "[" + i + "]", "error.enterprise-unknown");
        }
    }

    private static boolean positiveMoney(BigDecimal amount) {
        return amount.signum() > 0 && amount.scale() <= 2 && amount.compareTo(new BigDecimal("100000000")) < 0;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && url.length() <= 500;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
