package org.fugong.notice;

import org.fugong.base.Actor;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.base.Place;
import org.fugong.base.Role;
import org.fugong.worker.Audience;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Notices and console users as plain values, for unit tests of the rules that read them (what a page
 * may show and offer) without a database.
 */
public final class NoticeFixtures {

    public static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    public static final String AUTHOR = "author-1";
    public static final String ENTERPRISE = "enterprise-1";

    private NoticeFixtures() {
    }

    public static Actor user(String id, Role... roles) {
        return new Actor(id, id, id, Set.of(roles), null);
    }

    public static Actor hr(String id, String enterpriseId) {
        return new Actor(id, id, id, Set.of(Role.HR), enterpriseId);
    }

    /** An announcement, written by {@link #AUTHOR}, in the given status. */
    public static Notice announcement(NoticeStatus status) {
        return notice(NoticeType.ANNOUNCEMENT, ResponseKind.NONE, status, null, null, null, null, null);
    }

    /** A job posting of {@link #ENTERPRISE}, taking applications. */
    public static Notice posting(NoticeStatus status) {
        return notice(NoticeType.JOB_POSTING, ResponseKind.APPLY, status, null, null, null,
                new JobPosting(ENTERPRISE, "焊工", 10, 5000, 7000, null), null);
    }

    public static Notice bus(NoticeStatus status) {
        return notice(NoticeType.RETURN_BUS, ResponseKind.SEAT_BOOKING, status, null, null,
                new ReturnBus(new Place("广西壮族自治区", "玉林市"), new Place("广东省", "湛江市"), NOW.plusSeconds(86_400), 40,
                        List.of("玉林站"), null, null), null, null);
    }

    public static Notice fair(NoticeStatus status) {
        return notice(NoticeType.JOB_FAIR, ResponseKind.RSVP, status, null,
                new JobFair(NOW.plusSeconds(3_600), NOW.plusSeconds(7_200), AttendanceMode.ONSITE, "会展中心", null,
                        List.of(ENTERPRISE), 100, null), null, null, null);
    }

    public static Notice enterprisePolicy(NoticeStatus status) {
        return notice(NoticeType.POLICY, ResponseKind.SUBSIDY_APPLICATION, status, null, null, null, null,
                new Policy(Benefit.HIRING_SUBSIDY, new BigDecimal("1000"), new BigDecimal("50000"), null, "新招用本地劳动者",
                        Applicant.ENTERPRISE));
    }

    /** The same notice sent back with a comment. */
    public static Notice rejected(Notice notice, String comment) {
        return notice(notice.type(), notice.responseKind(), NoticeStatus.REJECTED, comment, notice.jobFair(),
                notice.returnBus(), notice.jobPosting(), notice.policy());
    }

    private static Notice notice(NoticeType type, ResponseKind kind, NoticeStatus status, String comment, JobFair fair,
                                 ReturnBus bus, JobPosting posting, Policy policy) {
        return new Notice("notice-1", type, LocalizedText.zh("标题"), LocalizedText.zh("正文"), Audience.everyone(), kind,
                null, null, null, fair, bus, policy, posting, status, AUTHOR, null, comment, NOW, NOW, null, null, null,
                null, List.of());
    }
}
