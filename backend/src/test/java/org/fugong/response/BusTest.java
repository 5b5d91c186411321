package org.fugong.response;

import org.fugong.response.internal.ResponseDocument;
import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.FakeFcmServer;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.fugong.base.Place;
import org.fugong.base.Role;
import org.fugong.security.TokenService;
import org.fugong.worker.DeviceRegistration;
import org.fugong.worker.DeviceService;
import org.fugong.worker.EmploymentStatus;
import org.fugong.worker.Platform;
import org.fugong.worker.ProfileUpdate;
import org.fugong.worker.WorkerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static fugong.testing.Notices.list;
import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Return buses (专车): a hard seat capacity under concurrent bookings, the waitlist in booking order,
 * promotion on cancellation, the manifest with boarding and arrival, and changes pushed at high
 * priority to passengers only.
 */
class BusTest extends IntegrationTest {

    @Autowired
    WorkerService workers;
    @Autowired
    DeviceService devices;
    @Autowired
    TokenService tokens;

    private String official;
    private String reviewer;

    @BeforeEach
    void staff() {
        data.staff("bus.official", Role.OFFICIAL);
        official = api.staffToken("bus.official", "password-1");
        reviewer = data.signedInStaff("bus.reviewer", Role.REVIEWER);
    }

    /** A worker in 坡头区 with a device whose FCM token is "bus-token-{n}"; returns id and access token. */
    private String[] passenger(int n) {
        String id = workers.findOrCreateByPhone(String.format("+86136%08d", 20_000_000 + n));
        workers.update(id, new ProfileUpdate("乘客" + n, new Place("广西壮族自治区", "玉林市"), "坡头区", List.of(), List.of(),
                EmploymentStatus.SEEKING, null, "zh-CN", null));
        devices.register(id, "bus-install-" + n, new DeviceRegistration(Platform.ANDROID, "bus-token-" + n, "zh-CN", "1.0"));
        return new String[]{id, tokens.issueForWorker(id).accessToken()};
    }

    private Map<String, Object> booking() {
        return map("kind", "SEAT_BOOKING", "fields", map("pickupPoint", "玉林汽车总站"));
    }

    @Test
    void a_hundred_concurrent_bookings_on_a_ten_seat_bus_confirm_exactly_ten_and_waitlist_ninety_in_order() throws Exception {
        List<String[]> passengers = IntStream.range(0, 100).mapToObj(this::passenger).toList();
        String bus = notices.publish(notices.returnBus(10, list("玉林汽车总站"), Notices.inDistricts("坡头区")), official, reviewer);
        notices.awaitDispatched(bus);

        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Callable<Api.Reply>> bookings = new ArrayList<>();
        for (String[] p : passengers) {
            bookings.add(() -> api.post("/api/v1/notices/" + bus + "/responses").as(p[1])
                    .header("Idempotency-Key", "book-" + p[0]).json(booking()).send());
        }
        List<Api.Reply> replies = new ArrayList<>();
        for (Future<Api.Reply> reply : pool.invokeAll(bookings)) {
            replies.add(reply.get());
        }
        pool.shutdown();
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));

        JsonNode manifest = api.get("/api/v1/admin/notices/" + bus + "/manifest").as(official).send().body().path("items");
        List<JsonNode> confirmed = new ArrayList<>();
        List<JsonNode> waiting = new ArrayList<>();
        manifest.forEach(entry -> (entry.path("status").asText().equals("CONFIRMED") ? confirmed : waiting).add(entry));
        assertThat(confirmed).hasSize(10);
        assertThat(waiting).hasSize(90);
        assertThat(waiting).extracting(e -> e.path("status").asText()).containsOnly("WAITLISTED");
        assertThat(waiting).extracting(e -> e.path("waitlistPosition").asInt())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 90).boxed().toList());

        // what each worker was told agrees with the manifest, and the waitlist follows booking order
        Map<String, JsonNode> byResponse = replies.stream().collect(Collectors.toMap(r -> r.text("id"), Api.Reply::body));
        List<ResponseDocument> inBookingOrder = mongo.find(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("noticeId").is(bus)
                        .and("status").is(ResponseStatus.WAITLISTED)), ResponseDocument.class).stream()
                .sorted(Comparator.comparingLong(r -> r.seq)).toList();
        assertThat(inBookingOrder.stream().map(r -> r.id).toList())
                .containsExactlyElementsOf(waiting.stream().map(e -> e.path("responseId").asText()).toList());
        assertThat(confirmed).allSatisfy(e -> assertThat(byResponse).containsKey(e.path("responseId").asText()));

        // a confirmed passenger cancels: the first on the waitlist gets the seat and a push
        String leaving = confirmed.get(3).path("workerId").asText();
        String leavingToken = passengers.stream().filter(p -> p[0].equals(leaving)).findFirst().orElseThrow()[1];
        String first = waiting.get(0).path("workerId").asText();
        int firstIndex = passengers.stream().map(p -> p[0]).toList().indexOf(first);
        assertThat(api.delete("/api/v1/me/responses/" + confirmed.get(3).path("responseId").asText()).as(leavingToken)
                .send().status()).isEqualTo(204);

        JsonNode after = api.get("/api/v1/admin/notices/" + bus + "/manifest").as(official).send().body().path("items");
        List<JsonNode> nowConfirmed = new ArrayList<>();
        after.forEach(e -> {
            if (e.path("status").asText().equals("CONFIRMED")) {
                nowConfirmed.add(e);
            }
        });
        assertThat(nowConfirmed).hasSize(10);
        assertThat(nowConfirmed).extracting(e -> e.path("workerId").asText()).contains(first).doesNotContain(leaving);
        await().atMost(Duration.ofSeconds(10)).until(() -> !fcm.received(m -> bus.equals(m.noticeId())
                && "DECISION".equals(m.kind()) && ("bus-token-" + firstIndex).equals(m.token())).isEmpty());
        // every promotion push went to someone answered "waitlisted" who now holds a seat (under the rush a
        // booking answered "waitlisted" can be promoted a moment later by a concurrent one, and is told)
        Map<String, String> answered = replies.stream().collect(Collectors.toMap(r -> r.text("workerId"), r -> r.text("status")));
        Set<String> nowSeated = new java.util.HashSet<>();
        after.forEach(e -> {
            if (e.path("status").asText().equals("CONFIRMED")) {
                nowSeated.add(e.path("workerId").asText());
            }
        });
        for (FakeFcmServer.Received push : fcm.received(m -> bus.equals(m.noticeId()) && "DECISION".equals(m.kind()))) {
            String worker = passengers.get(Integer.parseInt(push.token().substring("bus-token-".length())))[0];
            assertThat(answered.get(worker)).as("told waitlisted").isEqualTo("WAITLISTED");
            if (!worker.equals(leaving)) {
                assertThat(nowSeated).as("promoted").contains(worker);
            }
        }
        JsonNode seat = api.get("/api/v1/me/responses?noticeId=" + bus).as(passengers.get(firstIndex)[1]).send()
                .body().path("items").get(0);
        assertThat(seat.path("status").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void officials_check_passengers_on_board_and_hand_them_over_on_arrival() {
        String[] ada = passenger(1);
        String[] bo = passenger(2);
        String bus = notices.publish(notices.returnBus(1, list("玉林汽车总站"), Notices.inDistricts("坡头区")), official, reviewer);
        notices.awaitDispatched(bus);
        String adaSeat = api.post("/api/v1/notices/" + bus + "/responses").as(ada[1]).header("Idempotency-Key", "a")
                .json(booking()).send().text("id");
        String boWait = api.post("/api/v1/notices/" + bus + "/responses").as(bo[1]).header("Idempotency-Key", "b")
                .json(booking()).send().text("id");

        Api.Reply waitlisted = api.post("/api/v1/admin/responses/" + boWait + "/boarding").as(official)
                .json(map("event", "BOARDED")).send();
        assertThat(waitlisted.status()).isEqualTo(409);
        Api.Reply boarded = api.post("/api/v1/admin/responses/" + adaSeat + "/boarding").as(official)
                .json(map("event", "BOARDED")).send();
        assertThat(boarded.status()).as(boarded.toString()).isEqualTo(200);
        assertThat(boarded.text("boardedAt")).isNotNull();
        assertThat(boarded.body().path("arrivedAt").isNull()).isTrue();
        Api.Reply arrived = api.post("/api/v1/admin/responses/" + adaSeat + "/boarding").as(official)
                .json(map("event", "ARRIVED")).send();
        assertThat(arrived.text("arrivedAt")).isNotNull();
        assertThat(arrived.text("boardedAt")).isEqualTo(boarded.text("boardedAt"));
        assertThat(api.post("/api/v1/admin/responses/" + adaSeat + "/boarding").as(official)
                .json(map("event", "LANDED")).send().status()).isEqualTo(400);

        Api.Reply csv = api.get("/api/v1/admin/notices/" + bus + "/manifest.csv").as(official).send();
        assertThat(csv.status()).isEqualTo(200);
        byte[] bytes = csv.raw().body().getBytes(StandardCharsets.UTF_8);
        assertThat(csv.raw().body()).startsWith("\uFEFF序号,姓名,手机号");
        assertThat(csv.raw().body()).contains("乘客1", "玉林汽车总站", "已确认", "候补 #1");
        assertThat(bytes.length).isGreaterThan(50);

        String worker = api.signIn(TestData.phone());
        assertThat(api.get("/api/v1/admin/notices/" + bus + "/manifest").as(worker).send().status()).isEqualTo(403);
    }

    @Test
    void arrival_needs_boarding_first_and_a_check_off_is_undone_on_its_day_only() {
        String[] ada = passenger(21);
        String bus = notices.publish(notices.returnBus(2, list("玉林汽车总站"), Notices.inDistricts("坡头区")), official, reviewer);
        notices.awaitDispatched(bus);
        String seat = api.post("/api/v1/notices/" + bus + "/responses").as(ada[1]).header("Idempotency-Key", "u")
                .json(booking()).send().text("id");

        Api.Reply early = api.post("/api/v1/admin/responses/" + seat + "/boarding").as(official)
                .header("Accept-Language", "en").json(map("event", "ARRIVED")).send();
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("type")).isEqualTo("urn:fugong:problem:not-boarded");
        assertThat(early.text("detail")).isEqualTo("The passenger has not boarded yet, so cannot arrive.");

        api.post("/api/v1/admin/responses/" + seat + "/boarding").as(official).json(map("event", "BOARDED")).send();
        api.post("/api/v1/admin/responses/" + seat + "/boarding").as(official).json(map("event", "ARRIVED")).send();
        Api.Reply boardingFirst = api.post("/api/v1/admin/responses/" + seat + "/boarding:undo").as(official)
                .json(map("event", "BOARDED")).send();
        assertThat(boardingFirst.status()).as("an arrival is undone before its boarding").isEqualTo(409);
        Api.Reply undone = api.post("/api/v1/admin/responses/" + seat + "/boarding:undo").as(official)
                .json(map("event", "ARRIVED")).send();
        assertThat(undone.status()).isEqualTo(200);
        assertThat(undone.body().path("arrivedAt").isNull()).isTrue();
        assertThat(undone.text("boardedAt")).isNotNull();

        clock.advance(java.time.Duration.ofDays(1));
        official = api.staffToken("bus.official", "password-1");
        Api.Reply tooLate = api.post("/api/v1/admin/responses/" + seat + "/boarding:undo").as(official)
                .json(map("event", "BOARDED")).send();
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.text("type")).isEqualTo("urn:fugong:problem:undo-other-day");
        assertThat(mongo.getCollection("auditLog").countDocuments(new org.bson.Document("action", "bus.arrived.undo")))
                .isEqualTo(1);
    }

    @Test
    void a_delay_is_pushed_at_high_priority_to_booked_and_waitlisted_passengers_only() {
        String[] seated = passenger(11);
        String[] waiting = passenger(12);
        String[] cancelled = passenger(13);
        passenger(14); // in the audience, never booked
        String bus = notices.publish(notices.returnBus(1, list("玉林汽车总站", "博白县政府广场"), Notices.inDistricts("坡头区")),
                official, reviewer);
        notices.awaitDispatched(bus);
        api.post("/api/v1/notices/" + bus + "/responses").as(seated[1]).header("Idempotency-Key", "s").json(booking()).send();
        api.post("/api/v1/notices/" + bus + "/responses").as(waiting[1]).header("Idempotency-Key", "w").json(booking()).send();
        String gone = api.post("/api/v1/notices/" + bus + "/responses").as(cancelled[1]).header("Idempotency-Key", "c")
                .json(booking()).send().text("id");
        api.delete("/api/v1/me/responses/" + gone).as(cancelled[1]).send();
        fcm.reset();

        String later = notices.in(Duration.ofDays(4));
        Api.Reply delayed = api.post("/api/v1/admin/notices/" + bus + "/bus-changes").as(official)
                .json(map("kind", "DELAY", "departsAt", later, "message", map("zh-CN", "因天气原因推迟一天发车"))).send();
        assertThat(delayed.status()).as(delayed.toString()).isEqualTo(200);
        java.time.Instant laterInstant = java.time.Instant.parse(later).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        assertThat(java.time.Instant.parse(delayed.body().path("returnBus").path("departsAt").asText())).isEqualTo(laterInstant);
        assertThat(java.time.Instant.parse(delayed.text("respondBy"))).isEqualTo(laterInstant);

        await().atMost(Duration.ofSeconds(10)).until(() -> fcm.received(m -> "CHANGE".equals(m.kind())).size() >= 2);
        List<FakeFcmServer.Received> changes = fcm.received(m -> "CHANGE".equals(m.kind()));
        assertThat(changes).extracting(FakeFcmServer.Received::token).containsExactlyInAnyOrder("bus-token-11", "bus-token-12");
        assertThat(changes).allSatisfy(m -> {
            assertThat(m.priority()).isEqualTo("high");
            assertThat(m.body()).contains("推迟一天");
            assertThat(m.channelId()).isEqualTo("return_bus");
        });

        Api.Reply bad = api.post("/api/v1/admin/notices/" + bus + "/bus-changes").as(official)
                .json(map("kind", "PICKUP", "pickupPoints", list())).send();
        assertThat(bad.status()).isEqualTo(400);
        Api.Reply fewer = api.post("/api/v1/admin/notices/" + bus + "/bus-changes").as(official)
                .json(map("kind", "SEATS", "seats", 2)).send();
        assertThat(fewer.status()).isEqualTo(200);
        JsonNode promoted = api.get("/api/v1/me/responses?noticeId=" + bus).as(waiting[1]).send().body().path("items").get(0);
        assertThat(promoted.path("status").asText()).as("one more seat goes to the waitlist").isEqualTo("CONFIRMED");
        assertThat(api.post("/api/v1/admin/notices/" + bus + "/bus-changes").as(official)
                .json(map("kind", "SEATS", "seats", 1)).send().status()).as("fewer seats than confirmed").isEqualTo(409);

        Api.Reply cancelledTrip = api.post("/api/v1/admin/notices/" + bus + "/bus-changes").as(official)
                .json(map("kind", "CANCEL")).send();
        assertThat(cancelledTrip.text("status")).isEqualTo("RECALLED");
        JsonNode mine = api.get("/api/v1/me/responses?noticeId=" + bus).as(seated[1]).send().body().path("items").get(0);
        assertThat(mine.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.get("/api/v1/notices/" + bus).as(seated[1]).send().status()).isEqualTo(404);
    }

    @Test
    void bookings_close_when_the_bus_leaves() {
        String[] late = passenger(21);
        String bus = notices.publish(notices.returnBus(5, list("玉林汽车总站"), Notices.inDistricts("坡头区")), official, reviewer);
        notices.awaitDispatched(bus);
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        Api.Reply tooLate = api.post("/api/v1/notices/" + bus + "/responses").as(tokens.issueForWorker(late[0]).accessToken())
                .header("Idempotency-Key", "late").json(booking()).send();
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(Set.of(tooLate.text("detail"))).isNotEmpty();
    }
}
