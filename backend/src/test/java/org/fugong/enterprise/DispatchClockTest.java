package org.fugong.enterprise;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.FakeFcmServer;
import fugong.testing.IntegrationTest;
import org.fugong.alert.StaffAlert;
import org.fugong.alert.StaffAlerts;
import org.fugong.base.Role;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fugong.testing.Notices.list;
import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dispatch clock of key enterprises' requests (24 小时重点企业用工调度保障): a request not taken up
 * is flagged to its task force at 75 % of its day and escalated to the administrators when the day is
 * over, on their consoles and their phones, and its thread says both; the queue puts the least time
 * left first; the briefing counts what was handled in time in a period.
 */
class DispatchClockTest extends IntegrationTest {

    private static final String ADMIN = "/api/v1/admin";
    /** Monday 2 March 2026, 09:00 in Zhanjiang. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T01:00:00Z");

    @Autowired
    StaffAlerts alerts;

    @Autowired
    EnterpriseRequestService requests;

    private StaffUser leader;
    private StaffUser specialist;
    private StaffUser chief;
    private String hr;
    private Enterprise keyFactory;

    @BeforeEach
    void people() {
        clock.setTo(MONDAY_MORNING);
        leader = data.staff("clock.leader", Role.OFFICIAL);
        specialist = data.staff("clock.specialist", Role.OFFICIAL);
        chief = data.staff("clock.chief", Role.ADMIN);
        phone(api.staffToken("clock.leader", "password-1"), "leader-phone-1", "leader-fcm-token");
        phone(api.staffToken("clock.chief", "password-1"), "chief-phone-1", "chief-fcm-token");
        keyFactory = data.enterprise("湛江医疗用品厂", leader, specialist, true);
        hr = data.signedInHr("clock.hr", keyFactory.id());
    }

    @Test
    void a_request_not_taken_up_is_flagged_at_three_quarters_of_its_day_and_escalated_when_the_day_is_over() {
        String request = raise(map("category", "LABOUR_SHORTAGE", "text", "口罩生产线缺挡车工 40 人", "headcount", 40,
                "skills", list("packing")));
        JsonNode raised = get(request);
        Instant raisedAt = Instant.parse(raised.path("createdAt").asText());
        assertThat(instant(raised.path("deadlines").path("takeUpDueAt"))).isEqualTo(raisedAt.plus(Duration.ofHours(24)));
        assertThat(instant(raised.path("deadlines").path("resolveDueAt"))).isEqualTo(raisedAt.plus(Duration.ofHours(72)));

        clock.advance(Duration.ofHours(17).plusMinutes(50));
        awaitSweeps();
        assertThat(systemNotes(request)).as("nothing before 75 %").isEmpty();

        clock.advance(Duration.ofMinutes(15));
        await().atMost(Duration.ofSeconds(10)).until(() -> systemNotes(request).size() == 1);
        JsonNode warning = systemNotes(request).get(0);
        assertThat(warning.path("event").asText()).isEqualTo("CLOCK_WARNED");
        assertThat(warning.path("role").asText()).isEqualTo("SYSTEM");
        assertThat(warning.path("text").asText()).contains("2026-03-03 09:00", "clock.leader", "clock.specialist");
        assertThat(inBox(leader)).extracting(a -> a.title().zh()).containsExactly("重点企业诉求即将超时：湛江医疗用品厂");
        assertThat(inBox(specialist)).hasSize(1);
        assertThat(inBox(chief)).as("administrators are not bothered yet").isEmpty();
        FakeFcmServer.Received push = await().atMost(Duration.ofSeconds(10))
                .until(() -> fcm.received(m -> "leader-fcm-token".equals(m.token())), pushes -> pushes.size() == 1).get(0);
        assertThat(push.data()).containsEntry("requestId", request).containsEntry("kind", "REMINDER");
        assertThat(push.priority()).isEqualTo("high");

        clock.advance(Duration.ofHours(6));
        await().atMost(Duration.ofSeconds(10)).until(() -> systemNotes(request).size() == 2);
        JsonNode escalation = systemNotes(request).get(1);
        assertThat(escalation.path("event").asText()).isEqualTo("CLOCK_ESCALATED");
        assertThat(escalation.path("text").asText()).contains("已超过受理时限", "clock.chief");
        assertThat(inBox(chief)).extracting(a -> a.title().en()).containsExactly("Key enterprise request overdue: 湛江医疗用品厂");
        await().atMost(Duration.ofSeconds(10)).until(() -> !fcm.received(m -> "chief-fcm-token".equals(m.token())).isEmpty());
        JsonNode late = get(request).path("deadlines");
        assertThat(late.path("onTime").asBoolean(true)).isFalse();
        assertThat(instant(late.path("settledAt"))).as("late from the moment its day was over")
                .isEqualTo(raisedAt.plus(Duration.ofHours(24)));

        awaitSweeps();
        assertThat(systemNotes(request)).as("each event once, however often the clock looks").hasSize(2);
        assertThat(inBox(leader)).hasSize(1);
        assertThat(fcm.received(m -> "leader-fcm-token".equals(m.token()))).hasSize(1);
    }

    @Test
    void a_request_taken_up_and_resolved_in_time_is_neither_flagged_nor_escalated() {
        String request = raise(map("category", "POLICY_QUESTION", "text", "稳岗补贴怎么申请？"));
        clock.advance(Duration.ofHours(2));
        reply(request, "已安排专员上门讲解。");
        clock.advance(Duration.ofHours(3));
        resolve(request);

        clock.advance(Duration.ofDays(3));
        awaitSweeps();

        assertThat(systemNotes(request)).isEmpty();
        assertThat(inBox(leader)).isEmpty();
        JsonNode deadlines = get(request).path("deadlines");
        assertThat(instant(deadlines.path("takenUpAt"))).isBetween(MONDAY_MORNING.plus(Duration.ofHours(2)),
                MONDAY_MORNING.plus(Duration.ofHours(3)));
        assertThat(deadlines.path("onTime").asBoolean()).isTrue();
        assertThat(instant(deadlines.path("settledAt"))).isBetween(MONDAY_MORNING.plus(Duration.ofHours(5)),
                MONDAY_MORNING.plus(Duration.ofHours(6)));
    }

    @Test
    void a_reopened_request_keeps_its_deadlines_and_is_escalated_when_it_stays_open_past_them() {
        String request = raise(map("category", "TRANSPORT", "text", "返岗员工需要接驳车"));
        reply(request, "已联系公交公司。");
        resolve(request);
        clock.advance(Duration.ofDays(3));
        Api.Reply reopened = api.post(ADMIN + "/requests/" + request + "/status").as(api.staffToken("clock.hr", "password-1"))
                .json(map("status", "OPEN", "note", "接驳车只来了一天")).send();
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(instant(reopened.body().path("deadlines").path("resolveDueAt")))
                .as("the two days it had, not two more").isBefore(clock.instant());

        await().atMost(Duration.ofSeconds(10)).until(() -> systemNotes(request).stream()
                .anyMatch(n -> n.path("event").asText().equals("CLOCK_ESCALATED")));
        assertThat(get(request).path("deadlines").path("onTime").asBoolean(true)).isFalse();
    }

    @Test
    void the_briefing_counts_the_requests_handled_in_time_in_the_period_their_outcome_was_decided() {
        String late = raise(map("category", "LABOUR_SHORTAGE", "text", "缺叉车司机 6 人", "headcount", 6,
                "skills", list("forklift")));
        String onTime = raise(map("category", "POLICY_QUESTION", "text", "社保补贴的材料"));
        reply(onTime, "材料清单已发。");
        resolve(onTime);
        clock.advance(Duration.ofHours(25));
        await().atMost(Duration.ofSeconds(10)).until(() -> get(late).path("deadlines").has("onTime")
                && !get(late).path("deadlines").path("onTime").isNull());

        JsonNode both = briefing("2026-03-02", "2026-03-03");
        assertThat(both.path("figures").path("keyRequestsSettled").asLong()).isEqualTo(2);
        assertThat(both.path("figures").path("keyRequestsInTime").asLong()).isEqualTo(1);
        assertThat(both.path("figures").path("keyRequestsInTimeShare").asDouble()).isEqualTo(50.0);
        assertThat(both.path("text").asText()).contains("重点企业用工调度诉求到期或办结2件，其中按时办结1件，按时率50.0%");
        JsonNode monday = briefing("2026-03-02", "2026-03-02").path("figures");
        assertThat(monday.path("keyRequestsSettled").asLong()).as("resolved on Monday, in time").isEqualTo(1);
        assertThat(monday.path("keyRequestsInTimeShare").asDouble()).isEqualTo(100.0);
        JsonNode tuesday = briefing("2026-03-03", "2026-03-03").path("figures");
        assertThat(tuesday.path("keyRequestsSettled").asLong()).as("its day ran out on Tuesday").isEqualTo(1);
        assertThat(tuesday.path("keyRequestsInTime").asLong()).isZero();
    }

    @Test
    void the_queue_puts_the_key_request_with_the_least_time_left_first() {
        String question = raise(map("category", "POLICY_QUESTION", "text", "用工补贴的条件"));
        clock.advance(Duration.ofHours(1));
        String shortage = raise(map("category", "LABOUR_SHORTAGE", "text", "缺包装工", "headcount", 5,
                "skills", list("packing")));
        reply(question, "收到，正在核实。");

        // the question was raised first but is taken up: it runs against its two-day resolution now
        assertThat(requests.queue(leader.toActor(), 10)).extracting(EnterpriseRequest::id)
                .containsExactly(shortage, question);
        assertThat(requests.queue(leader.toActor(), 10).get(0).deadlines().timeLeft(clock.instant()))
                .isBetween(Duration.ofHours(23).plusMinutes(59), Duration.ofHours(24));
    }

    private String raise(Map<String, Object> request) {
        Api.Reply raised = api.post(ADMIN + "/enterprises/" + keyFactory.id() + "/requests").as(hr).json(request).send();
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        return raised.text("id");
    }

    private void reply(String request, String text) {
        Api.Reply reply = api.post(ADMIN + "/requests/" + request + "/messages").as(leader()).json(map("text", text)).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private void resolve(String request) {
        Api.Reply resolved = api.post(ADMIN + "/requests/" + request + "/status").as(leader())
                .json(map("status", "RESOLVED", "solution", "专员上门对接", "effect", "企业满意")).send();
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    }

    private JsonNode briefing(String from, String to) {
        Api.Reply reply = api.get(ADMIN + "/reports/briefing?from=" + from + "&to=" + to).as(leader()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body();
    }

    private JsonNode get(String request) {
        return api.get(ADMIN + "/requests/" + request).as(leader()).send().body();
    }

    private List<JsonNode> systemNotes(String request) {
        List<JsonNode> notes = new ArrayList<>();
        get(request).path("messages").forEach(m -> {
            if (m.path("role").asText().equals("SYSTEM")) {
                notes.add(m);
            }
        });
        return notes;
    }

    /** A fresh token: the clock moves past a token's hour. */
    private String leader() {
        return api.staffToken("clock.leader", "password-1");
    }

    private static Instant instant(JsonNode time) {
        return Instant.parse(time.asText());
    }

    private List<StaffAlert> inBox(StaffUser user) {
        return alerts.box(user.toActor()).alerts();
    }

    private void phone(String token, String installation, String fcmToken) {
        Api.Reply registered = api.put(ADMIN + "/me/devices/" + installation).as(token)
                .json(Map.of("platform", "ANDROID", "fcmToken", fcmToken, "locale", "zh-CN")).send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
    }

    /** Lets the clock's sweep (every 200 ms in tests) run a few times. */
    private static void awaitSweeps() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
