package org.fugong.placement;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.FakeFcmServer;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static fugong.testing.Notices.list;
import static fugong.testing.Notices.map;
import static fugong.testing.Notices.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The follow-up after arrival (专车 "后续有跟踪"): a passenger handed over at the factory is asked on
 * day 1 and day 7 whether they are still at work, in the inbox and on the phone; one tap answers; a
 * call for help opens a request the task force sees and the enterprise does not; the enterprise's HR
 * confirms the start, and the trip's follow-ups show it all.
 */
class FollowUpTest extends IntegrationTest {

    /** Monday 2 March 2026, 09:00 in Zhanjiang; the bus leaves three days later. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T01:00:00Z");

    private Enterprise factory;
    private TestData.Worker passenger;
    private String bus;
    private String booking;

    @BeforeEach
    void a_trip_that_arrived() {
        clock.setTo(MONDAY_MORNING);
        StaffUser leader = data.staff("follow.official", Role.OFFICIAL);
        data.staff("follow.reviewer", Role.REVIEWER);
        factory = data.enterprise("湛江电子厂", leader, false);
        data.hr("follow.hr", factory.id());
        passenger = data.worker("follow-token-1", "坡头区");
        Map<String, Object> draft = notices.returnBus(30, list("玉林汽车总站"), Notices.inDistricts("坡头区"));
        part(draft, "returnBus").put("receivingEnterpriseId", factory.id());
        bus = notices.publish(draft, official(), token("follow.reviewer"));
        notices.awaitDispatched(bus);
        Api.Reply booked = api.post("/api/v1/notices/" + bus + "/responses").as(passenger.accessToken())
                .header("Idempotency-Key", "seat-1").json(map("kind", "SEAT_BOOKING",
                        "fields", map("pickupPoint", "玉林汽车总站"))).send();
        assertThat(booked.text("status")).isEqualTo("CONFIRMED");
        booking = booked.text("id");

        clock.setTo(Instant.parse("2026-03-05T03:00:00Z"));
        for (String event : List.of("BOARDED", "ARRIVED")) {
            Api.Reply marked = api.post("/api/v1/admin/responses/" + booking + "/boarding").as(official())
                    .json(map("event", event)).send();
            assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        }
    }

    @Test
    void day_one_and_day_seven_checks_reach_the_inbox_and_the_phone_and_a_call_for_help_opens_a_request() {
        clock.setTo(Instant.parse("2026-03-06T01:50:00Z"));
        pause();
        assertThat(fcm.received(m -> "REMINDER".equals(m.kind()) && bus.equals(m.noticeId()))).as("not before 10:00").isEmpty();

        clock.setTo(Instant.parse("2026-03-06T02:01:00Z"));
        JsonNode first = awaitCheckOnTop(1);
        FakeFcmServer.Received dayOne = awaitPush(1);
        assertThat(dayOne.title()).isEqualTo("到岗回访：玉林—湛江返岗专车");
        assertThat(dayOne.body()).contains("到岗第 1 天");
        assertThat(dayOne.priority()).as("a check can wait for the phone to wake").isNotEqualTo("high");
        assertThat(first.path("readAt").isNull()).isTrue();
        assertThat(first.path("responseId").asText()).isEqualTo(booking);

        Api.Reply atWork = answer(first.path("followUp").path("id").asText(), map("status", "AT_WORK"));
        assertThat(atWork.status()).as(atWork.toString()).isEqualTo(200);
        assertThat(atWork.body().path("requestId").isNull()).isTrue();
        assertThat(answer(first.path("followUp").path("id").asText(), map("status", "LEFT")).status())
                .as("answered once").isEqualTo(409);

        clock.setTo(Instant.parse("2026-03-12T02:01:00Z"));
        JsonNode seventh = awaitCheckOnTop(7);
        awaitPush(7);
        Api.Reply help = answer(seventh.path("followUp").path("id").asText(),
                map("status", "AT_WORK", "needHelp", true, "note", "宿舍没有热水"));
        assertThat(help.status()).as(help.toString()).isEqualTo(200);
        String request = help.body().path("requestId").asText();

        JsonNode opened = api.get("/api/v1/admin/requests/" + request).as(official()).send().body();
        assertThat(opened.path("category").asText()).isEqualTo("WORKER_HELP");
        assertThat(opened.path("raisedAs").asText()).isEqualTo("WORKER");
        assertThat(opened.path("text").asText()).contains("第 7 天", "宿舍没有热水", "玉林—湛江返岗专车");
        assertThat(opened.path("confidential").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/admin/requests/" + request).as(token("follow.hr")).send().status())
                .as("the enterprise never sees a worker's call for help").isEqualTo(404);

        JsonNode mine = api.get("/api/v1/me/follow-ups?noticeId=" + bus).as(worker()).send().body();
        assertThat(mine).extracting(f -> f.path("day").asInt()).containsExactly(7, 1);
        assertThat(mine.get(0).path("needHelp").asBoolean()).isTrue();
    }

    @Test
    void the_enterprise_confirms_the_start_and_the_trip_shows_each_passengers_follow_up() {
        JsonNode arrivals = api.get("/api/v1/admin/enterprises/" + factory.id() + "/placements?awaitingStart=true")
                .as(token("follow.hr")).send().body();
        assertThat(arrivals).hasSize(1);
        assertThat(arrivals.get(0).path("source").asText()).isEqualTo("BUS_ARRIVAL");
        Api.Reply started = api.post("/api/v1/admin/placements/" + arrivals.get(0).path("id").asText() + "/start")
                .as(token("follow.hr")).json(map("started", true)).send();
        assertThat(started.status()).as(started.toString()).isEqualTo(200);

        clock.setTo(Instant.parse("2026-03-06T02:01:00Z"));
        awaitCheckOnTop(1);
        JsonNode trip = api.get("/api/v1/admin/notices/" + bus + "/follow-ups").as(official()).send().body();
        assertThat(trip).hasSize(1);
        assertThat(trip.get(0).path("started").asBoolean()).isTrue();
        assertThat(trip.get(0).path("startReportedBy").asText()).isEqualTo("follow.hr");
        assertThat(trip.get(0).path("followUps")).extracting(f -> f.path("day").asInt()).containsExactly(1, 7, 30);
        assertThat(trip.get(0).path("followUps").get(0).path("askedAt").isNull()).isFalse();

        JsonNode briefing = api.get("/api/v1/admin/reports/briefing?from=2026-03-06&to=2026-03-06").as(official()).send().body();
        assertThat(briefing.path("figures").path("followUps").get(0).path("asked").asLong()).isEqualTo(1);
        assertThat(briefing.path("text").asText()).contains("到岗回访：第1天回访1人");
    }

    /** Waits until the trip is the newest in the passenger's inbox with the check of that day asked. */
    private JsonNode awaitCheckOnTop(int day) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> {
            JsonNode top = api.get("/api/v1/me/inbox").as(worker()).send().body().path("items").path(0);
            return top.path("noticeId").asText().equals(bus) && top.path("followUp").path("day").asInt() == day ? top : null;
        }, java.util.Objects::nonNull);
    }

    private FakeFcmServer.Received awaitPush(int day) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> fcm.received(m -> "follow-token-1".equals(m.token())
                        && "REMINDER".equals(m.kind()) && m.body() != null && m.body().contains(" " + day + " 天")),
                pushes -> pushes.size() == 1).get(0);
    }

    private Api.Reply answer(String followUp, Map<String, Object> answer) {
        return api.post("/api/v1/me/follow-ups/" + followUp + "/answer").as(worker()).json(answer).send();
    }

    /** The passenger signs in again: the clock moves past their token's hour. */
    private String worker() {
        return api.signIn(passenger.phone());
    }

    private String official() {
        return token("follow.official");
    }

    private String token(String user) {
        return api.staffToken(user, "password-1");
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
