package org.fugong.push;

import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.Ledger;
import java.time.Duration;
import java.util.List;
import org.fugong.base.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Passing FCM failures (QUOTA_EXCEEDED here; UNAVAILABLE and INTERNAL too) are tried again later, off
 * the batch, with backoff honouring Retry-After; the ledger keeps every try. Lasting ones end as FAILED
 * and count as failed once.
 */
class PushRetryTest extends IntegrationTest {

    @Test
    void a_push_refused_for_a_passing_reason_is_tried_again_and_arrives() {
        data.staff("retry.official", Role.OFFICIAL);
        data.staff("retry.reviewer", Role.REVIEWER);
        data.worker("retry-once", "吴川市");
        data.worker("retry-always", "吴川市");
        data.worker("retry-never", "吴川市");
        fcm.failTokenTimes("retry-once", 2, 429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED", 1L);
        fcm.failTokenTimes("retry-always", 100, 429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED", null);

        String id = notices.publish(notices.announcement("重试测试", Notices.inDistricts("吴川市")),
                api.staffToken("retry.official", "password-1"), api.staffToken("retry.reviewer", "password-1"));
        notices.awaitDispatched(id);
        Ledger ledger = new Ledger(mongo);
        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.queued() == 0
                && ledger.of(id, "install-retry-always").size() == 4);

        assertThat(fcm.received(m -> id.equals(m.noticeId())).stream().map(m -> m.token()))
                .containsExactlyInAnyOrder("retry-once", "retry-never");
        assertThat(ledger.of(id, "install-retry-once")).extracting(Ledger.Outcome::outcome)
                .containsExactly("FAILED", "FAILED", "SENT");
        assertThat(ledger.of(id, "install-retry-never")).extracting(Ledger.Outcome::outcome).containsExactly("SENT");
        List<Ledger.Outcome> lasting = ledger.of(id, "install-retry-always");
        assertThat(lasting).extracting(Ledger.Outcome::attempt).containsExactly(1, 2, 3, 4);
        assertThat(lasting).extracting(Ledger.Outcome::errorCode).containsOnly("QUOTA_EXCEEDED");
        assertThat(lasting.get(3).outcome()).isEqualTo("FAILED");
        assertThat(fcm.attempts("retry-once")).isEqualTo(3);

        var stats = api.get("/api/v1/admin/notices/" + id).as(api.staffToken("retry.official", "password-1")).send()
                .body().path("stats");
        assertThat(stats.path("sent").asLong()).isEqualTo(2);
        assertThat(stats.path("failed").asLong()).as("counted once, when the last try failed").isEqualTo(1);
        assertThat(stats.path("invalidTokens").asLong()).isZero();
    }

}
