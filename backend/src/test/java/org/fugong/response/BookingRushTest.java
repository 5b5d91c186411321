package org.fugong.response;

import org.fugong.response.internal.ResponseDocument;
import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import org.fugong.base.Place;
import org.fugong.base.Role;
import org.fugong.security.TokenService;
import org.fugong.worker.EmploymentStatus;
import org.fugong.worker.ProfileUpdate;
import org.fugong.worker.WorkerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static fugong.testing.Notices.list;
import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rush on one bus: five hundred workers book fifty seats at once, and fifty of them book twice with
 * different keys. Exactly fifty get a seat, the rest wait in the order their bookings were taken, and
 * nobody holds two bookings.
 */
class BookingRushTest extends IntegrationTest {

    @Autowired
    WorkerService workers;
    @Autowired
    TokenService tokens;

    private String[] passenger(int n) {
        String id = workers.findOrCreateByPhone(String.format("+86137%08d", 30_000_000 + n));
        workers.update(id, new ProfileUpdate("抢座" + n, new Place("广西壮族自治区", "玉林市"), "麻章区", List.of(), List.of(),
                EmploymentStatus.SEEKING, null, "zh-CN", null));
        return new String[]{id, tokens.issueForWorker(id).accessToken()};
    }

    @Test
    void five_hundred_workers_rushing_fifty_seats_seat_the_first_fifty_booked_and_line_up_the_rest_in_booking_order()
            throws Exception {
        data.staff("rush.official", Role.OFFICIAL);
        String official = api.staffToken("rush.official", "password-1");
        String reviewer = data.signedInStaff("rush.reviewer", Role.REVIEWER);
        List<String[]> passengers = IntStream.range(0, 500).mapToObj(this::passenger).toList();
        String bus = notices.publish(notices.returnBus(50, list("玉林汽车总站"), Notices.inDistricts("麻章区")), official, reviewer);
        notices.awaitDispatched(bus);

        List<Callable<Api.Reply>> bookings = new ArrayList<>();
        for (int i = 0; i < passengers.size(); i++) {
            String[] p = passengers.get(i);
            bookings.add(book(bus, p, "rush-" + p[0]));
            if (i % 10 == 0) {
                bookings.add(book(bus, p, "again-" + p[0]));
            }
        }
        java.util.Collections.shuffle(bookings, new java.util.Random(7));
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Api.Reply> replies = new ArrayList<>();
        for (Future<Api.Reply> reply : pool.invokeAll(bookings)) {
            replies.add(reply.get());
        }
        pool.shutdown();

        // every worker got exactly one booking; the second attempts of the same workers were refused
        Map<Integer, Long> statuses = replies.stream().collect(Collectors.groupingBy(Api.Reply::status, Collectors.counting()));
        assertThat(statuses).as(statuses.toString()).containsOnlyKeys(201, 409).containsEntry(201, 500L).containsEntry(409, 50L);
        assertThat(replies.stream().filter(r -> r.status() == 201).map(r -> r.text("workerId")).distinct()).hasSize(500);

        JsonNode manifest = api.get("/api/v1/admin/notices/" + bus + "/manifest").as(official).send().body().path("items");
        List<JsonNode> seated = new ArrayList<>();
        List<JsonNode> waiting = new ArrayList<>();
        manifest.forEach(e -> (e.path("status").asText().equals("CONFIRMED") ? seated : waiting).add(e));
        assertThat(seated).hasSize(50);
        assertThat(waiting).hasSize(450);
        assertThat(waiting).extracting(e -> e.path("status").asText()).containsOnly("WAITLISTED");
        assertThat(waiting).extracting(e -> e.path("waitlistPosition").asInt())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 450).boxed().toList());

        // the seats went to the first fifty bookings taken, and the line follows the order they were taken in
        Map<String, Long> numbers = mongo.find(Query.query(Criteria.where("noticeId").is(bus)), ResponseDocument.class).stream()
                .collect(Collectors.toMap(r -> r.id, r -> r.seq));
        assertThat(seated.stream().map(e -> numbers.get(e.path("responseId").asText())).sorted().toList())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
        assertThat(waiting.stream().map(e -> numbers.get(e.path("responseId").asText())).toList())
                .isSortedAccordingTo(Comparator.naturalOrder())
                .containsExactlyElementsOf(LongStream.rangeClosed(51, 500).boxed().toList());
    }

    private Callable<Api.Reply> book(String bus, String[] passenger, String key) {
        return () -> api.post("/api/v1/notices/" + bus + "/responses").as(passenger[1]).header("Idempotency-Key", key)
                .json(map("kind", "SEAT_BOOKING", "fields", map("pickupPoint", "玉林汽车总站"))).send();
    }
}
