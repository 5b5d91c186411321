package org.fugong.push;

import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import org.bson.Document;
import org.fugong.base.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passing FCM failures (QUOTA_EXCEEDED here; UNAVAILABLE and INTERNAL too) are tried again with
 * backoff, honouring Retry-After; the ledger keeps how many tries a push took. Lasting ones end as FAILED.
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
        // (5xx answers are first retried inside firebase-admin itself; 429 is left to Fugong)
        fcm.failTokenTimes("retry-always", 100, 429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED", null);

        String id = notices.publish(notices.announcement("重试测试", Notices.inDistricts("吴川市")),
                api.staffToken("retry.official", "password-1"), api.staffToken("retry.reviewer", "password-1"));
        notices.awaitDispatched(id);

        assertThat(fcm.received(m -> id.equals(m.noticeId())).stream().map(m -> m.token()))
                .containsExactlyInAnyOrder("retry-once", "retry-never");
        assertThat(attempt(id, "retry-once").getString("outcome")).isEqualTo("SENT");
        assertThat(attempt(id, "retry-once").getInteger("tries")).isEqualTo(3);
        assertThat(attempt(id, "retry-never").getInteger("tries")).isEqualTo(1);
        Document lasting = attempt(id, "retry-always");
        assertThat(lasting.getString("outcome")).isEqualTo("FAILED");
        assertThat(lasting.getString("errorCode")).isEqualTo("QUOTA_EXCEEDED");
        assertThat(lasting.getInteger("tries")).isEqualTo(4);
        assertThat(lasting.getBoolean("invalidToken")).isFalse();

        var stats = api.get("/api/v1/admin/notices/" + id).as(api.staffToken("retry.official", "password-1")).send()
                .body().path("stats");
        assertThat(stats.path("sent").asLong()).isEqualTo(2);
        assertThat(stats.path("failed").asLong()).isEqualTo(1);
        assertThat(stats.path("invalidTokens").asLong()).isZero();
    }

    private Document attempt(String noticeId, String token) {
        return mongo.getCollection("pushAttempts")
                .find(new Document("noticeId", noticeId).append("installationId", "install-" + token)).first();
    }
}
