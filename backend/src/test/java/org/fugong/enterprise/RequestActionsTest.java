package org.fugong.enterprise;

import org.fugong.base.Actor;
import org.fugong.base.Role;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the console offers on enterprises and their requests, by the rules alone: the bureau takes up
 * an open request, resolves it until it is resolved and reopens it after; HR users only write in the
 * thread; officials and administrators register enterprises; any enabled staff member serves on a
 * task force.
 */
class RequestActionsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private final RequestActions requests = new RequestActions();
    private final EnterpriseActions enterprises = new EnterpriseActions();
    private final Actor official = new Actor("o", "o", "o", Set.of(Role.OFFICIAL), null);
    private final Actor reviewer = new Actor("r", "r", "r", Set.of(Role.REVIEWER), null);
    private final Actor hr = new Actor("h", "h", "h", Set.of(Role.HR), "enterprise-1");

    @Test
    void the_bureau_takes_up_resolves_and_reopens_as_the_request_moves_on() {
        assertThat(requests.of(request(RequestStatus.OPEN), official))
                .containsExactlyInAnyOrder(RequestAction.TAKE_UP, RequestAction.RESOLVE);
        assertThat(requests.of(request(RequestStatus.IN_PROGRESS), reviewer)).containsExactly(RequestAction.RESOLVE);
        assertThat(requests.of(request(RequestStatus.RESOLVED), official)).containsExactly(RequestAction.REOPEN);
    }

    @Test
    void hr_users_have_no_request_actions_and_no_queue() {
        for (RequestStatus status : RequestStatus.values()) {
            assertThat(requests.of(request(status), hr)).isEmpty();
        }
        assertThat(requests.hasQueue(hr)).isFalse();
        assertThat(requests.hasQueue(reviewer)).isTrue();
    }

    @Test
    void officials_and_administrators_register_enterprises() {
        assertThat(enterprises.mayRegister(official)).isTrue();
        assertThat(enterprises.mayRegister(new Actor("a", "a", "a", Set.of(Role.ADMIN), null))).isTrue();
        assertThat(enterprises.mayRegister(reviewer)).isFalse();
        assertThat(enterprises.mayRegister(hr)).isFalse();
    }

    @Test
    void enabled_staff_serve_on_a_task_force() {
        assertThat(EnterpriseActions.mayServeOnTaskForce(staff(Set.of(Role.OFFICIAL), true))).isTrue();
        assertThat(EnterpriseActions.mayServeOnTaskForce(staff(Set.of(Role.REVIEWER), true))).isTrue();
        assertThat(EnterpriseActions.mayServeOnTaskForce(staff(Set.of(Role.ADMIN), true))).isTrue();
        assertThat(EnterpriseActions.mayServeOnTaskForce(staff(Set.of(Role.OFFICIAL), false))).as("disabled").isFalse();
        assertThat(EnterpriseActions.mayServeOnTaskForce(staff(Set.of(Role.HR), true))).isFalse();
    }

    private static StaffUser staff(Set<Role> roles, boolean enabled) {
        return new StaffUser("u", "u", "u", roles, null, enabled, NOW);
    }

    private static EnterpriseRequest request(RequestStatus status) {
        return new EnterpriseRequest("rq-1", "enterprise-1", "湛江甲厂", false, RequestCategory.LABOUR_SHORTAGE, "缺焊工", 10,
                List.of(), status, "h", RequestRole.HR, List.of(), null, List.of(), 0, NOW, NOW, null, false);
    }
}
