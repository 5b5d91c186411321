package org.fugong.response;

import org.fugong.base.Actor;
import org.fugong.base.Role;
import org.fugong.notice.Applicant;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeStatus;
import org.fugong.notice.ResponseKind;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may decide what about responses, in one place: {@link ResponseReview} and
 * {@link EnterpriseResponses} enforce these rules and the console shows them (which rows offer which decisions, who sees a notice's responses, when an
 * enterprise may answer or withdraw), so a view never keeps its own copy.
 */
public final class ReviewRules {

    /** An approved subsidy is money granted: the enterprise can no longer withdraw it, only an official can. */
    static final Set<ResponseStatus> ENTERPRISE_CANCELLABLE =
            EnumSet.of(ResponseStatus.SUBMITTED, ResponseStatus.CONFIRMED, ResponseStatus.WAITLISTED);

    private ReviewRules() {
    }

    /**
     * The decisions a kind of response takes: applications and subsidy claims are accepted, waitlisted
     * or rejected; RSVPs and seat bookings are confirmed or waitlisted at once and may only be rejected.
     */
    public static Set<ResponseStatus> decisionsFor(ResponseKind kind) {
        return switch (kind) {
            case APPLY, SUBSIDY_APPLICATION -> EnumSet.of(ResponseStatus.ACCEPTED, ResponseStatus.WAITLISTED,
                    ResponseStatus.REJECTED);
            case SEAT_BOOKING, RSVP -> EnumSet.of(ResponseStatus.REJECTED);
            case NONE -> EnumSet.noneOf(ResponseStatus.class);
        };
    }

    /** Whether the actor sees a notice's responses: staff, and HR users for their own enterprise's postings. */
    public static boolean mayReview(Notice notice, Actor actor) {
        return actor.isStaff() || actor.has(Role.HR) && actor.enterpriseId() != null
                && actor.enterpriseId().equals(notice.concernedEnterpriseId());
    }

    /** Whether the actor may decide on responses at all (an ADMIN alone only looks). */
    public static boolean mayDecide(Actor actor) {
        return actor.hasAny(Role.OFFICIAL, Role.REVIEWER) || actor.isEnterpriseOnly();
    }

    /** The decisions the actor may make on one response now: none once it is rejected or cancelled. */
    public static Set<ResponseStatus> decisionsFor(Response response, Actor actor) {
        if (!mayDecide(actor) || !response.status().isActive()) {
            return Set.of();
        }
        return Set.copyOf(decisionsFor(response.kind()));
    }

    /**
     * Whether an HR user answers this notice for the enterprise: joins a published job fair, or claims
     * a published policy's subsidy meant for enterprises.
     */
    public static boolean enterpriseMayRespond(Notice notice, Actor actor) {
        return actor.enterpriseId() != null && !actor.isStaff() && notice.status() == NoticeStatus.PUBLISHED
                && (notice.responseKind() == ResponseKind.RSVP && notice.jobFair() != null
                || notice.responseKind() == ResponseKind.SUBSIDY_APPLICATION && notice.policy() != null
                && notice.policy().applicant() == Applicant.ENTERPRISE);
    }

    /** Whether the enterprise may still withdraw one of its responses. */
    public static boolean enterpriseMayWithdraw(Response response) {
        return ENTERPRISE_CANCELLABLE.contains(response.status());
    }
}
