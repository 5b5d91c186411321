package org.fugong.notice;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every field of a notice a person edits, with the path the service reports problems under (the same
 * path the API's {@code errors[].field} carries) and how to read its value from a draft. Forms bind
 * their components to these constants, so a problem lands on its field without a path kept by hand
 * in a view; the changes since a rejection are listed by them too.
 */
public enum NoticeField {
    TYPE("type", NoticeDraft::type),
    TITLE_ZH("title.zh-CN", d -> d.title() == null ? null : d.title().zh()),
    TITLE_EN("title.en", d -> d.title() == null ? null : d.title().en()),
    BODY_ZH("body.zh-CN", d -> d.body() == null ? null : d.body().zh()),
    BODY_EN("body.en", d -> d.body() == null ? null : d.body().en()),
    AUDIENCE("audience", NoticeDraft::audience),
    RESPONSE_KIND("responseKind", NoticeDraft::responseKind),
    RESPOND_BY("respondBy", NoticeDraft::respondBy),
    EXPIRES_AT("expiresAt", NoticeDraft::expiresAt),
    SCHEDULED_AT("scheduledAt", NoticeDraft::scheduledAt),

    FAIR_STARTS_AT("jobFair.startsAt", d -> fair(d, JobFair::startsAt), "jobFair"),
    FAIR_ENDS_AT("jobFair.endsAt", d -> fair(d, JobFair::endsAt)),
    FAIR_MODE("jobFair.mode", d -> fair(d, JobFair::mode)),
    FAIR_VENUE("jobFair.venue", d -> fair(d, JobFair::venue)),
    FAIR_URL("jobFair.url", d -> fair(d, JobFair::url)),
    FAIR_ENTERPRISES("jobFair.enterpriseIds", d -> fair(d, JobFair::enterpriseIds)),
    FAIR_POSITIONS("jobFair.positions", d -> fair(d, JobFair::positions)),
    FAIR_CAPACITY("jobFair.capacity", d -> fair(d, JobFair::capacity)),

    BUS_ORIGIN_PROVINCE("returnBus.origin.province", d -> bus(d, b -> b.origin() == null ? null : b.origin().province()),
            "returnBus", "returnBus.origin"),
    BUS_ORIGIN_CITY("returnBus.origin.city", d -> bus(d, b -> b.origin() == null ? null : b.origin().city())),
    BUS_DESTINATION_PROVINCE("returnBus.destination.province",
            d -> bus(d, b -> b.destination() == null ? null : b.destination().province()), "returnBus.destination"),
    BUS_DESTINATION_CITY("returnBus.destination.city",
            d -> bus(d, b -> b.destination() == null ? null : b.destination().city())),
    BUS_DEPARTS_AT("returnBus.departsAt", d -> bus(d, ReturnBus::departsAt)),
    BUS_SEATS("returnBus.seats", d -> bus(d, ReturnBus::seats)),
    BUS_PICKUP_POINTS("returnBus.pickupPoints", d -> bus(d, ReturnBus::pickupPoints)),
    BUS_HEALTH("returnBus.healthRequirement", d -> bus(d, ReturnBus::healthRequirement)),
    BUS_RECEIVING_ENTERPRISE("returnBus.receivingEnterpriseId", d -> bus(d, ReturnBus::receivingEnterpriseId)),

    POLICY_BENEFIT("policy.benefit", d -> policy(d, Policy::benefit), "policy"),
    POLICY_APPLICANT("policy.applicant", d -> policy(d, Policy::applicant)),
    POLICY_AMOUNT("policy.amountPerPerson", d -> policy(d, p -> money(p.amountPerPerson()))),
    POLICY_CAP("policy.capPerEnterprise", d -> policy(d, p -> money(p.capPerEnterprise()))),
    POLICY_DEADLINE("policy.deadline", d -> policy(d, Policy::deadline)),
    POLICY_ELIGIBILITY("policy.eligibility", d -> policy(d, Policy::eligibility)),

    POSTING_ENTERPRISE("jobPosting.enterpriseId", d -> posting(d, JobPosting::enterpriseId), "jobPosting"),
    POSTING_TITLE("jobPosting.title", d -> posting(d, JobPosting::title)),
    POSTING_HEADCOUNT("jobPosting.headcount", d -> posting(d, JobPosting::headcount)),
    POSTING_SALARY_MIN("jobPosting.salaryMin", d -> posting(d, JobPosting::salaryMin)),
    POSTING_SALARY_MAX("jobPosting.salaryMax", d -> posting(d, JobPosting::salaryMax)),
    POSTING_REQUIREMENTS("jobPosting.requirements", d -> posting(d, JobPosting::requirements));

    private final String path;
    private final Function<NoticeDraft, Object> value;
    private final String[] aliases;

    NoticeField(String path, Function<NoticeDraft, Object> value, String... aliases) {
        this.path = path;
        this.value = value;
        this.aliases = aliases;
    }

    /** The path problems with this field are reported under. */
    public String path() {
        return path;
    }

    /** The field's value in a draft, in a form two values can be compared by ({@code null} when absent). */
    public Object valueIn(NoticeDraft draft) {
        return draft == null ? null : value.apply(draft);
    }

    /**
     * The field a reported path is about: list positions are dropped ({@code returnBus.pickupPoints[2]}),
     * a block's problem goes to its first field, and anything under {@code audience} to the audience.
     */
    public static Optional<NoticeField> of(String reported) {
        if (reported == null) {
            return Optional.empty();
        }
        String path = reported.replaceAll("\\[\\d+]", "");
        if (path.equals("audience") || path.startsWith("audience.")) {
            return Optional.of(AUDIENCE);
        }
        for (NoticeField field : values()) {
            if (field.path.equals(path)) {
                return Optional.of(field);
            }
            for (String alias : field.aliases) {
                if (alias.equals(path)) {
                    return Optional.of(field);
                }
            }
        }
        return Optional.empty();
    }

    private static Object fair(NoticeDraft d, Function<JobFair, Object> part) {
        return d.jobFair() == null ? null : part.apply(d.jobFair());
    }

    private static Object bus(NoticeDraft d, Function<ReturnBus, Object> part) {
        return d.returnBus() == null ? null : part.apply(d.returnBus());
    }

    private static Object policy(NoticeDraft d, Function<Policy, Object> part) {
        return d.policy() == null ? null : part.apply(d.policy());
    }

    private static Object posting(NoticeDraft d, Function<JobPosting, Object> part) {
        return d.jobPosting() == null ? null : part.apply(d.jobPosting());
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros();
    }
}
