package org.fugong.response;

import org.fugong.base.Actor;
import org.fugong.base.Role;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeStatus;
import org.fugong.notice.ResponseKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.notice.NoticeFixtures.ENTERPRISE;
import static org.fugong.notice.NoticeFixtures.NOW;
import static org.fugong.notice.NoticeFixtures.announcement;
import static org.fugong.notice.NoticeFixtures.bus;
import static org.fugong.notice.NoticeFixtures.enterprisePolicy;
import static org.fugong.notice.NoticeFixtures.fair;
import static org.fugong.notice.NoticeFixtures.hr;
import static org.fugong.notice.NoticeFixtures.posting;
import static org.fugong.notice.NoticeFixtures.user;

/**
 * Who sees and decides a notice's responses, by the rules alone: staff review every notice's
 * responses and decide them (an ADMIN only looks), HR users their own enterprise's posting; HR
 * answers a fair or an enterprise subsidy for the enterprise, claims while some is left and withdraws
 * what is not granted yet; trips are staff's, changed while published.
 */
class ResponseActionsTest {

    private final ResponseActions actions = new ResponseActions();
    private final Actor official = user("official-1", Role.OFFICIAL);
    private final Actor admin = user("admin-1", Role.ADMIN);
    private final Actor ownHr = hr("hr-1", ENTERPRISE);
    private final Actor otherHr = hr("hr-2", "enterprise-2");

    @Test
    void an_official_reviews_and_decides_a_postings_applications_with_the_bureaus_figures_not_an_enterprises() {
        ResponseActions.OnNotice published = actions.on(posting(NoticeStatus.PUBLISHED), official);
        assertThat(published.seeResponses()).isTrue();
        assertThat(published.seeOwnFigures()).isFalse();
        assertThat(actions.on(posting(NoticeStatus.IN_REVIEW), official).seeOwnFigures()).isFalse();
        assertThat(published.bulkDecisions()).containsExactlyInAnyOrder(ResponseStatus.ACCEPTED, ResponseStatus.WAITLISTED,
                ResponseStatus.REJECTED);
        assertThat(published.answerForEnterprise()).isFalse();
        assertThat(actions.on(bus(NoticeStatus.PUBLISHED), official).bulkDecisions()).as("seats are only ever rejected")
                .containsExactly(ResponseStatus.REJECTED);
    }

    @Test
    void an_admin_only_looks_and_nobody_reviews_a_notice_that_takes_no_answers() {
        ResponseActions.OnNotice forAdmin = actions.on(posting(NoticeStatus.PUBLISHED), admin);
        assertThat(forAdmin.seeResponses()).isTrue();
        assertThat(forAdmin.bulkDecisions()).isEmpty();
        ResponseActions.OnNotice announcement = actions.on(announcement(NoticeStatus.PUBLISHED), official);
        assertThat(announcement.seeResponses()).isFalse();
        assertThat(announcement.seeOwnFigures()).isFalse();
    }

    @Test
    void hr_reviews_their_own_enterprises_posting_with_their_own_figures_and_nobody_elses() {
        ResponseActions.OnNotice own = actions.on(posting(NoticeStatus.PUBLISHED), ownHr);
        assertThat(own.seeResponses()).isTrue();
        assertThat(own.seeOwnFigures()).isTrue();
        assertThat(own.bulkDecisions()).contains(ResponseStatus.ACCEPTED);
        ResponseActions.OnNotice other = actions.on(posting(NoticeStatus.PUBLISHED), otherHr);
        assertThat(other.seeResponses()).isFalse();
        assertThat(other.seeOwnFigures()).isFalse();
        assertThat(other.bulkDecisions()).isEmpty();
    }

    @Test
    void hr_answers_a_published_fair_or_enterprise_subsidy_for_the_enterprise_and_staff_never_do() {
        assertThat(actions.on(fair(NoticeStatus.PUBLISHED), otherHr).answerForEnterprise()).isTrue();
        assertThat(actions.on(enterprisePolicy(NoticeStatus.PUBLISHED), ownHr).answerForEnterprise()).isTrue();
        assertThat(actions.on(enterprisePolicy(NoticeStatus.RECALLED), ownHr).answerForEnterprise()).isFalse();
        assertThat(actions.on(fair(NoticeStatus.PUBLISHED), official).answerForEnterprise()).isFalse();
        assertThat(actions.on(posting(NoticeStatus.PUBLISHED), ownHr).answerForEnterprise()).isFalse();
    }

    @Test
    void an_enterprise_joins_a_fair_once_and_withdraws_only_what_is_not_granted() {
        Response pending = answer(ResponseStatus.SUBMITTED);
        Response granted = answer(ResponseStatus.ACCEPTED);
        Response left = answer(ResponseStatus.CANCELLED);
        assertThat(actions.ofEnterprise(List.of(left)).joined()).isFalse();
        ResponseActions.OfEnterprise own = actions.ofEnterprise(List.of(pending, granted, left));
        assertThat(own.joined()).isTrue();
        assertThat(own.mayWithdraw(pending)).isTrue();
        assertThat(own.mayWithdraw(granted)).as("granted money is withdrawn by an official only").isFalse();
        assertThat(own.mayWithdraw(left)).isFalse();
    }

    @Test
    void an_enterprise_claims_while_some_of_the_cap_is_left_or_there_is_no_cap() {
        assertThat(actions.mayClaim(standing(new BigDecimal("50000"), new BigDecimal("35000")))).isTrue();
        assertThat(actions.mayClaim(standing(new BigDecimal("50000"), BigDecimal.ZERO))).isFalse();
        assertThat(actions.mayClaim(standing(null, null))).isTrue();
    }

    @Test
    void staff_open_a_trip_and_change_it_while_it_is_published() {
        TripActions trips = new TripActions();
        assertThat(trips.of(bus(NoticeStatus.PUBLISHED), official)).isEqualTo(new TripActions.Allowed(true, true));
        assertThat(trips.of(bus(NoticeStatus.RECALLED), admin)).isEqualTo(new TripActions.Allowed(true, false));
        assertThat(trips.of(bus(NoticeStatus.PUBLISHED), ownHr).open()).isFalse();
        assertThat(trips.of(posting(NoticeStatus.PUBLISHED), official).open()).as("not a bus").isFalse();
        assertThat(trips.of(null, official).open()).isFalse();
    }

    private static Response answer(ResponseStatus status) {
        return new Response("r-" + status, "notice-1", null, ENTERPRISE, ResponseKind.SUBSIDY_APPLICATION, status,
                Map.of("persons", 3), new BigDecimal("3000"), null, null, NOW, NOW, null, null, null, null, null);
    }

    private static SubsidyService.Standing standing(BigDecimal cap, BigDecimal left) {
        return new SubsidyService.Standing("notice-1", ENTERPRISE, cap, BigDecimal.ZERO, BigDecimal.ZERO, left);
    }
}
