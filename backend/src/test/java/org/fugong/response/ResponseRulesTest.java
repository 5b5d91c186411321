package org.fugong.response;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rules of responding: one active response per worker and notice, idempotent submission, a bus
 * that never confirms more seats than it has and serves its waitlist in order, no answers after the
 * deadline, only the fields a kind of response takes, and HR users who review only their own
 * enterprise's applicants.
 */
class ResponseRulesTest extends IntegrationTest {

    private static final List<String> PICKUPS = List.of("玉林站", "北流站");

    private StaffUser officialUser;
    private String official;
    private String reviewer;
    private Enterprise factory;

    @BeforeEach
    void people() {
        officialUser = data.staff("resp.official", Role.OFFICIAL);
        official = api.staffToken("resp.official", "password-1");
        reviewer = data.signedInStaff("resp.reviewer", Role.REVIEWER);
        factory = data.enterprise("湛江己厂", officialUser, false);
    }

    @Test
    void the_same_idempotency_key_gives_back_the_first_response() {
        TestData.Worker ada = data.worker("token-idem", "赤坎区");
        String posting = published(notices.jobPosting(factory.id(), Notices.everyone()));

        Api.Reply first = apply(ada, posting, "key-1");
        Api.Reply retry = apply(ada, posting, "key-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(retry.text("status")).isEqualTo("SUBMITTED");
        assertThat(api.get("/api/v1/me/responses").as(ada.accessToken()).send().body().path("items")).hasSize(1);
    }

    @Test
    void the_same_key_on_another_notice_is_a_conflict() {
        TestData.Worker ada = data.worker("token-idem-2", "赤坎区");
        String one = published(notices.jobPosting(factory.id(), Notices.everyone()));
        String other = published(notices.jobPosting(factory.id(), Notices.everyone()));
        assertThat(apply(ada, one, "key-1").status()).isEqualTo(201);

        Api.Reply reused = apply(ada, other, "key-1");

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(apply(ada, other, "key-2").status()).isEqualTo(201);
    }

    @Test
    void a_second_active_response_is_a_conflict_until_the_first_is_cancelled() {
        TestData.Worker ada = data.worker("token-second", "赤坎区");
        String posting = published(notices.jobPosting(factory.id(), Notices.everyone()));
        String first = apply(ada, posting, "key-1").text("id");

        Api.Reply second = apply(ada, posting, "key-2");
        assertThat(second.status()).isEqualTo(409);

        assertThat(api.delete("/api/v1/me/responses/" + first).as(ada.accessToken()).send().status()).isEqualTo(204);
        Api.Reply afterCancelling = apply(ada, posting, "key-3");

        assertThat(afterCancelling.status()).isEqualTo(201);
        assertThat(afterCancelling.text("status")).isEqualTo("SUBMITTED");
        assertThat(statuses(ada)).containsExactlyInAnyOrder("CANCELLED", "SUBMITTED");
    }

    @Test
    void a_full_bus_waitlists_the_next_bookings_in_order() {
        List<TestData.Worker> passengers = workers(5, "token-bus-");
        String bus = published(notices.returnBus(3, PICKUPS, Notices.everyone()));

        List<Api.Reply> bookings = passengers.stream().map(p -> book(p, bus)).toList();

        assertThat(bookings).allSatisfy(b -> assertThat(b.status()).isEqualTo(201));
        assertThat(bookings).extracting(b -> b.text("status"))
                .containsExactly("CONFIRMED", "CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED");
        assertThat(bookings).extracting(b -> b.body().path("waitlistPosition").asInt(0)).containsExactly(0, 0, 0, 1, 2);
        List<Integer> reviewed = new ArrayList<>();
        api.get("/api/v1/admin/notices/" + bus + "/responses?limit=4").as(official).send().body().path("items")
                .forEach(item -> reviewed.add(item.path("waitlistPosition").asInt(0)));
        assertThat(reviewed).as("the review list shows the same line").containsExactly(0, 0, 0, 1);
        JsonNode rest = api.get("/api/v1/admin/notices/" + bus + "/responses?status=WAITLISTED&limit=1&cursor="
                + api.get("/api/v1/admin/notices/" + bus + "/responses?status=WAITLISTED&limit=1").as(official).send()
                .text("nextCursor")).as(official).send().body().path("items");
        assertThat(rest.get(0).path("waitlistPosition").asInt()).as("a later page knows who is ahead").isEqualTo(2);
    }

    @Test
    void a_cancelled_seat_goes_to_the_first_on_the_waitlist_who_is_told() {
        List<TestData.Worker> passengers = workers(5, "token-promote-");
        String bus = published(notices.returnBus(3, PICKUPS, Notices.everyone()));
        List<String> bookings = passengers.stream().map(p -> book(p, bus).text("id")).toList();

        assertThat(api.delete("/api/v1/me/responses/" + bookings.get(1)).as(passengers.get(1).accessToken()).send().status())
                .isEqualTo(204);

        Response fourth = mine(passengers.get(3));
        assertThat(fourth.status).isEqualTo("CONFIRMED");
        assertThat(fourth.position).isZero();
        Response fifth = mine(passengers.get(4));
        assertThat(fifth.status).isEqualTo("WAITLISTED");
        assertThat(fifth.position).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !fcm.received(m -> bus.equals(m.noticeId()) && "DECISION".equals(m.kind())).isEmpty());
        assertThat(fcm.received(m -> bus.equals(m.noticeId()) && "DECISION".equals(m.kind())))
                .extracting(m -> m.token()).containsExactly("token-promote-3");
        JsonNode inboxItem = api.get("/api/v1/me/inbox").as(passengers.get(3).accessToken()).send().body().path("items").get(0);
        assertThat(inboxItem.path("responseStatus").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmedOn(bus)).isEqualTo(3);
    }

    @Test
    void concurrent_bookings_never_confirm_more_seats_than_the_bus_has() throws Exception {
        List<TestData.Worker> passengers = workers(8, "token-rush-");
        String bus = published(notices.returnBus(3, PICKUPS, Notices.everyone()));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Api.Reply>> rush = passengers.stream().map(p -> (Callable<Api.Reply>) () -> book(p, bus)).toList();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> reply : pool.invokeAll(rush)) {
                replies.add(reply.get());
            }
            assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
            // an answer is the state at that instant: a booking answered "waitlisted" may be promoted by a
            // concurrent one right after (and is then told by push), so answers never exceed the seats
            assertThat(replies).filteredOn(r -> "CONFIRMED".equals(r.text("status"))).hasSizeLessThanOrEqualTo(3);
            assertThat(confirmedOn(bus)).isEqualTo(3);
            List<String> toldWaiting = replies.stream().filter(r -> "WAITLISTED".equals(r.text("status")))
                    .map(r -> r.text("workerId")).toList();
            for (int i = 0; i < passengers.size(); i++) {
                TestData.Worker p = passengers.get(i);
                JsonNode now = api.get("/api/v1/me/responses?noticeId=" + bus).as(p.accessToken()).send().body()
                        .path("items").get(0);
                if (toldWaiting.contains(p.id()) && "CONFIRMED".equals(now.path("status").asText())) {
                    await().atMost(Duration.ofSeconds(10)).until(() -> !fcm.received(m -> bus.equals(m.noticeId())
                            && "DECISION".equals(m.kind()) && p.deviceToken().equals(m.token())).isEmpty());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(confirmedOn(bus)).isEqualTo(3);
    }

    @Test
    void responding_after_the_deadline_is_a_conflict() {
        TestData.Worker ada = data.worker("token-late", "赤坎区");
        String id = postingDueInTwoMinutes();

        clock.advance(Duration.ofMinutes(3));
        Api.Reply late = apply(ada, id, "key-late");

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_retry_after_the_deadline_still_gets_the_response_the_first_submission_made() {
        TestData.Worker ada = data.worker("token-late-retry", "赤坎区");
        String id = postingDueInTwoMinutes();
        Api.Reply first = apply(ada, id, "key-in-time");

        clock.advance(Duration.ofMinutes(3));
        Api.Reply retry = apply(ada, id, "key-in-time");
        Api.Reply another = apply(ada, id, "key-too-late");

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(another.status()).isEqualTo(409);
    }

    private String postingDueInTwoMinutes() {
        Map<String, Object> posting = notices.jobPosting(factory.id(), Notices.everyone());
        posting.put("respondBy", notices.in(Duration.ofMinutes(2)));
        return published(posting);
    }

    @Test
    void a_response_of_another_kind_than_the_notice_takes_is_bad_input() {
        TestData.Worker ada = data.worker("token-kind", "赤坎区");
        String posting = published(notices.jobPosting(factory.id(), Notices.everyone()));

        Api.Reply rsvp = respond(ada, posting, "key-kind", map("kind", "RSVP", "fields", map("attendanceMode", "ONLINE")));

        assertThat(rsvp.status()).isEqualTo(400);
        assertThat(fields(rsvp)).contains("kind");
    }

    @Test
    void fields_a_response_does_not_take_are_bad_input() {
        TestData.Worker ada = data.worker("token-fields", "赤坎区");
        String posting = published(notices.jobPosting(factory.id(), Notices.everyone()));

        Api.Reply unknown = respond(ada, posting, "key-f", map("kind", "APPLY", "fields", map("message", "你好", "shoeSize", 42)));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("fields.shoeSize");
        assertThat(api.get("/api/v1/me/responses").as(ada.accessToken()).send().body().path("items")).isEmpty();
    }

    @Test
    void a_booking_needs_one_of_the_buses_pickup_points() {
        TestData.Worker ada = data.worker("token-pickup", "赤坎区");
        String bus = published(notices.returnBus(3, PICKUPS, Notices.everyone()));

        Api.Reply none = respond(ada, bus, "key-p1", map("kind", "SEAT_BOOKING", "fields", map()));
        Api.Reply elsewhere = respond(ada, bus, "key-p2", map("kind", "SEAT_BOOKING", "fields", map("pickupPoint", "南宁站")));

        assertThat(none.status()).isEqualTo(400);
        assertThat(fields(none)).contains("fields.pickupPoint");
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(fields(elsewhere)).contains("fields.pickupPoint");
        assertThat(book(ada, bus).status()).isEqualTo(201);
    }

    @Test
    void hr_users_review_the_applicants_of_their_own_enterprise_only() {
        Enterprise rival = data.enterprise("湛江庚厂", officialUser, false);
        String hr = data.signedInHr("resp.hr", factory.id());
        TestData.Worker ada = data.worker("token-applicant", "赤坎区");
        String ours = published(notices.jobPosting(factory.id(), Notices.everyone()));
        String theirs = published(notices.jobPosting(rival.id(), Notices.everyone()));
        String toOurs = apply(ada, ours, "key-ours").text("id");
        String toTheirs = apply(ada, theirs, "key-theirs").text("id");

        Api.Reply applicants = api.get("/api/v1/admin/notices/" + ours + "/responses").as(hr).send();
        assertThat(applicants.status()).isEqualTo(200);
        assertThat(applicants.body().path("items")).singleElement().satisfies(item -> {
            assertThat(item.path("id").asText()).isEqualTo(toOurs);
            assertThat(item.path("worker").path("id").asText()).isEqualTo(ada.id());
            assertThat(item.path("worker").path("phoneMasked").asText()).matches("1\\d{2}\\*{4}\\d{4}");
            assertThat(item.path("worker").has("phone")).isFalse();
        });
        Api.Reply accepted = api.patch("/api/v1/admin/responses/" + toOurs).as(hr)
                .json(map("status", "ACCEPTED", "note", "请周一报到")).send();
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.text("status")).isEqualTo("ACCEPTED");

        assertThat(api.get("/api/v1/admin/notices/" + theirs + "/responses").as(hr).send().status()).isEqualTo(404);
        assertThat(api.patch("/api/v1/admin/responses/" + toTheirs).as(hr).json(map("status", "REJECTED")).send().status())
                .isEqualTo(404);
        assertThat(mine(ada, theirs).status).isEqualTo("SUBMITTED");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !fcm.received(m -> ours.equals(m.noticeId()) && "DECISION".equals(m.kind())).isEmpty());
    }

    private record Response(String status, int position) {
    }

    private String published(Map<String, Object> draft) {
        String id = notices.publish(draft, official, reviewer);
        notices.awaitDispatched(id);
        return id;
    }

    private List<TestData.Worker> workers(int count, String tokenPrefix) {
        return IntStream.range(0, count).mapToObj(i -> data.worker(tokenPrefix + i, "赤坎区")).toList();
    }

    private Api.Reply apply(TestData.Worker worker, String noticeId, String key) {
        return respond(worker, noticeId, key, map("kind", "APPLY", "fields", map("message", "我有三年经验", "expectedSalary", 5500)));
    }

    private Api.Reply book(TestData.Worker worker, String busId) {
        return respond(worker, busId, "book-" + worker.id(), map("kind", "SEAT_BOOKING", "fields", map("pickupPoint", "北流站")));
    }

    private Api.Reply respond(TestData.Worker worker, String noticeId, String key, Map<String, Object> body) {
        return api.post("/api/v1/notices/" + noticeId + "/responses").as(worker.accessToken())
                .header("Idempotency-Key", key).json(body).send();
    }

    private Response mine(TestData.Worker worker) {
        JsonNode items = api.get("/api/v1/me/responses").as(worker.accessToken()).send().body().path("items");
        assertThat(items).hasSize(1);
        return new Response(items.get(0).path("status").asText(), items.get(0).path("waitlistPosition").asInt(0));
    }

    private Response mine(TestData.Worker worker, String noticeId) {
        JsonNode items = api.get("/api/v1/me/responses?noticeId=" + noticeId).as(worker.accessToken()).send().body().path("items");
        assertThat(items).hasSize(1);
        return new Response(items.get(0).path("status").asText(), items.get(0).path("waitlistPosition").asInt(0));
    }

    private List<String> statuses(TestData.Worker worker) {
        return StreamSupport.stream(api.get("/api/v1/me/responses").as(worker.accessToken()).send().body().path("items")
                .spliterator(), false).map(r -> r.path("status").asText()).toList();
    }

    private long confirmedOn(String busId) {
        JsonNode items = api.get("/api/v1/admin/notices/" + busId + "/responses?status=CONFIRMED").as(official).send()
                .body().path("items");
        return items.size();
    }

    private static List<String> fields(Api.Reply reply) {
        return StreamSupport.stream(reply.body().path("errors").spliterator(), false)
                .map(e -> e.path("field").asText()).toList();
    }
}
