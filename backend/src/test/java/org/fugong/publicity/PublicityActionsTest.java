package org.fugong.publicity;

import org.fugong.base.Actor;
import org.fugong.base.LocalizedText;
import org.fugong.base.Role;
import org.fugong.notice.Benefit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Officials publish subsidy lists; a publicity links its public page while it runs and after, never before or once withdrawn. */
class PublicityActionsTest {

    private final PublicityActions actions = new PublicityActions();

    @Test
    void officials_publish_and_reviewers_do_not() {
        assertThat(actions.mayPublish(new Actor("o", "o", "o", Set.of(Role.OFFICIAL), null))).isTrue();
        assertThat(actions.mayPublish(new Actor("r", "r", "r", Set.of(Role.REVIEWER, Role.ADMIN), null))).isFalse();
    }

    @Test
    void the_public_page_is_there_while_running_and_after() {
        assertThat(actions.hasPublicPage(publicity(PublicityStatus.PENDING))).isFalse();
        assertThat(actions.hasPublicPage(publicity(PublicityStatus.RUNNING))).isTrue();
        assertThat(actions.hasPublicPage(publicity(PublicityStatus.CLOSED))).isTrue();
        assertThat(actions.hasPublicPage(publicity(PublicityStatus.WITHDRAWN))).isFalse();
    }

    private static Publicity publicity(PublicityStatus status) {
        Instant now = Instant.parse("2026-03-02T02:00:00Z");
        return new Publicity("p-1", "policy-1", LocalizedText.zh("补贴"), Benefit.HIRING_SUBSIDY, status, null, 5, "o", now,
                null, null, null, List.of(), 0, BigDecimal.ZERO, List.of(), "/public/p-1");
    }
}
