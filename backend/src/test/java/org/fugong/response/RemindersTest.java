package org.fugong.response;

import fugong.testing.FakeFcmServer;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.fugong.base.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders go once, at the lead time (two hours by default), to those who RSVP'd and still do, at
 * high priority.
 */
class RemindersTest extends IntegrationTest {

    @Test
    void the_reminder_goes_once_only_to_those_who_rsvpd_at_the_lead_time() {
        data.staff("fair.official", Role.OFFICIAL);
        String official = api.staffToken("fair.official", "password-1");
        String reviewer = data.signedInStaff("fair.reviewer", Role.REVIEWER);
        TestData.Worker going = data.worker("rsvp-going", "麻章区");
        TestData.Worker changedMind = data.worker("rsvp-cancelled", "麻章区");
        data.worker("rsvp-never", "麻章区");

        Map<String, Object> fair = notices.jobFair(Notices.inDistricts("麻章区"));
        Instant startsAt = notices.at(Duration.ofHours(6));
        Notices.part(fair, "jobFair").put("startsAt", startsAt.toString());
        Notices.part(fair, "jobFair").put("endsAt", startsAt.plus(Duration.ofHours(3)).toString());
        String id = notices.publish(fair, official, reviewer);
        notices.awaitDispatched(id);
        assertThat(api.post("/api/v1/notices/" + id + "/responses").as(going.accessToken()).header("Idempotency-Key", "r1")
                .json(map("kind", "RSVP", "fields", map("attendanceMode", "ONLINE"))).send().status()).isEqualTo(201);
        String cancel = api.post("/api/v1/notices/" + id + "/responses").as(changedMind.accessToken())
                .header("Idempotency-Key", "r2").json(map("kind", "RSVP", "fields", map())).send().text("id");
        api.delete("/api/v1/me/responses/" + cancel).as(changedMind.accessToken()).send();

        // three hours before the start: still outside the two-hour lead time
        clock.advance(Duration.ofHours(3));
        await().pollDelay(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> true);
        assertThat(reminders(id)).isEmpty();

        // an hour and a half before: the reminder goes, to the one who RSVP'd
        clock.advance(Duration.ofMinutes(90));
        await().atMost(Duration.ofSeconds(10)).until(() -> !reminders(id).isEmpty());
        await().pollDelay(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> true);
        assertThat(reminders(id)).extracting(FakeFcmServer.Received::token).containsExactly("rsvp-going");
        assertThat(reminders(id).get(0).priority()).isEqualTo("high");
        assertThat(reminders(id).get(0).title()).startsWith("提醒");

        // later checks do not send it again
        clock.advance(Duration.ofMinutes(30));
        await().pollDelay(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> true);
        assertThat(reminders(id)).hasSize(1);
    }

    private List<FakeFcmServer.Received> reminders(String noticeId) {
        return fcm.received(m -> noticeId.equals(m.noticeId()) && "REMINDER".equals(m.kind()));
    }
}
