package org.fugong.response;

import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enterprises join job fairs through their HR users (专网): once per fair while the RSVP stands,
 * only fairs they can see, without taking a place from the workers, and only with the answers an
 * enterprise gives (an RSVP or a subsidy claim).
 */
class EnterpriseRsvpTest extends IntegrationTest {

    @Autowired
    EnterpriseResponses responses;

    @Autowired
    ResponseListing listing;

    @Autowired
    CapacityLedger ledger;

    private StaffUser officialUser;
    private String official;
    private String reviewer;
    private Enterprise factory;
    private Enterprise rival;
    private String hr;
    private String rivalHr;

    @BeforeEach
    void people() {
        officialUser = data.staff("rsvp.official", Role.OFFICIAL);
        official = api.staffToken("rsvp.official", "password-1");
        reviewer = data.signedInStaff("rsvp.reviewer", Role.REVIEWER);
        factory = data.enterprise("湛江电子厂", officialUser, false);
        rival = data.enterprise("湛江五金厂", officialUser, false);
        hr = data.signedInHr("rsvp.hr", factory.id());
        rivalHr = data.signedInHr("rsvp.rival.hr", rival.id());
    }

    @Test
    void an_enterprise_joins_a_job_fair_once_until_it_withdraws() {
        String fair = published(notices.jobFair(Notices.everyone()));

        Api.Reply joined = rsvp(hr, fair, map());
        Api.Reply again = rsvp(hr, fair, map("attendanceMode", "ONLINE"));

        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        assertThat(joined.text("enterpriseId")).isEqualTo(factory.id());
        assertThat(joined.text("kind")).isEqualTo("RSVP");
        assertThat(joined.text("status")).isEqualTo("CONFIRMED");
        assertThat(joined.body().path("workerId").isNull()).isTrue();
        assertThat(joined.body().path("fields").path("attendanceMode").asText()).as("the fair's own mode").isEqualTo("ONLINE");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).isEqualTo("urn:fugong:problem:enterprise-already-responded");
        assertThat(rsvp(rivalHr, fair, map()).status()).as("another enterprise joins too").isEqualTo(201);

        assertThat(api.delete("/api/v1/admin/responses/" + joined.text("id")).as(rivalHr).send().status())
                .as("only the enterprise itself withdraws").isEqualTo(404);
        assertThat(api.delete("/api/v1/admin/responses/" + joined.text("id")).as(hr).send().status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/admin/responses/" + joined.text("id")).as(hr).send().status()).isEqualTo(409);
        Api.Reply rejoined = rsvp(hr, fair, map());

        assertThat(rejoined.status()).isEqualTo(201);
        assertThat(responses.ofEnterprise(fair, users.findByUsername("rsvp.hr").orElseThrow().toActor()))
                .extracting(Response::status).containsExactly(ResponseStatus.CONFIRMED, ResponseStatus.CANCELLED);
    }

    @Test
    void an_enterprise_takes_no_place_from_the_workers_and_a_rejected_one_gives_none_back() {
        Map<String, Object> draft = notices.jobFair(Notices.everyone());
        Notices.part(draft, "jobFair").put("capacity", 1);
        TestData.Worker ada = data.worker(null, "赤坎区");
        TestData.Worker bo = data.worker(null, "赤坎区");
        String fair = published(draft);

        String exhibitor = rsvp(hr, fair, map()).text("id");
        Api.Reply visitor = workerRsvp(ada, fair);

        assertThat(visitor.status()).isEqualTo(201);
        assertThat(visitor.text("status")).isEqualTo("CONFIRMED");
        assertThat(api.patch("/api/v1/admin/responses/" + exhibitor).as(official).json(map("status", "REJECTED")).send().status())
                .isEqualTo(200);
        assertThat(ledger.places(fair)).extracting(CapacityLedger.Places::taken, CapacityLedger.Places::capacity)
                .containsExactly(1, 1);
        assertThat(workerRsvp(bo, fair).text("status")).as("the one place is still the worker's").isEqualTo("WAITLISTED");
        assertThat(rsvp(hr, fair, map()).status()).as("a rejected enterprise cannot simply join again").isEqualTo(409);
    }

    @Test
    void hr_users_join_only_fairs_their_enterprise_can_see() {
        Map<String, Object> forDistrict = notices.jobFair(Notices.inDistricts("赤坎区"));
        String hidden = published(forDistrict);
        Map<String, Object> withRival = notices.jobFair(Notices.inDistricts("赤坎区"));
        Notices.part(withRival, "jobFair").put("enterpriseIds", Notices.list(rival.id()));
        String listed = published(withRival);

        assertThat(rsvp(hr, hidden, map()).status()).isEqualTo(404);
        assertThat(rsvp(rivalHr, hidden, map()).status()).isEqualTo(404);
        assertThat(rsvp(rivalHr, listed, map()).status()).as("a listed enterprise sees its fair").isEqualTo(201);
        assertThat(rsvp(official, listed, map()).status()).as("officials do not join fairs").isEqualTo(403);
        String draft = notices.create(notices.jobFair(Notices.everyone()), official);
        assertThat(rsvp(hr, draft, map()).status()).as("a draft is not there for enterprises").isEqualTo(404);
    }

    @Test
    void enterprises_only_join_fairs_or_claim_subsidies() {
        String posting = published(notices.jobPosting(factory.id(), Notices.everyone()));
        String bus = published(notices.returnBus(3, List.of("玉林站"), Notices.everyone()));
        String fair = published(notices.jobFair(Notices.everyone()));

        Api.Reply application = submit(hr, posting, map("kind", "APPLY", "fields", map("message", "我们来应聘")));
        Api.Reply booking = submit(hr, bus, map("kind", "SEAT_BOOKING", "fields", map("pickupPoint", "玉林站")));
        Api.Reply wrongMode = rsvp(hr, fair, map("attendanceMode", "ONSITE"));
        Api.Reply unreadable = api.post("/api/v1/admin/notices/" + fair + "/responses").as(hr).raw("{", "application/json").send();

        assertThat(application.status()).isEqualTo(400);
        assertThat(fields(application)).contains("kind");
        assertThat(booking.status()).isEqualTo(400);
        assertThat(fields(booking)).contains("kind");
        assertThat(wrongMode.status()).isEqualTo(400);
        assertThat(fields(wrongMode)).containsExactly("fields.attendanceMode");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(listing.count(fair, null, null, officialUser.toActor())).isZero();
    }

    @Test
    void malformed_answers_are_problem_details_naming_the_field() {
        String fair = published(notices.jobFair(Notices.everyone()));

        Api.Reply kindList = submit(hr, fair, map("kind", List.of("RSVP"), "fields", map()));
        Api.Reply unknownKind = submit(hr, fair, map("kind", "BOOTH", "fields", map()));
        Api.Reply fieldsText = submit(hr, fair, map("kind", "RSVP", "fields", "ONLINE"));
        Api.Reply modeNumber = rsvp(hr, fair, map("attendanceMode", 1));
        Api.Reply noBody = api.post("/api/v1/admin/notices/" + fair + "/responses").as(hr).send();

        assertThat(List.of(kindList, unknownKind, fieldsText, modeNumber, noBody))
                .allSatisfy(reply -> {
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
                    assertThat(reply.contentType()).startsWith("application/problem+json");
                });
        assertThat(fields(kindList)).containsExactly("kind");
        assertThat(fields(unknownKind)).containsExactly("kind");
        assertThat(fields(fieldsText)).containsExactly("fields");
        assertThat(fields(modeNumber)).containsExactly("fields.attendanceMode");
    }

    private String published(Map<String, Object> draft) {
        String id = notices.publish(draft, official, reviewer);
        notices.awaitDispatched(id);
        return id;
    }

    private Api.Reply rsvp(String token, String fairId, Map<String, Object> fields) {
        return submit(token, fairId, map("kind", "RSVP", "fields", fields));
    }

    private Api.Reply submit(String token, String noticeId, Map<String, Object> body) {
        return api.post("/api/v1/admin/notices/" + noticeId + "/responses").as(token).json(body).send();
    }

    private Api.Reply workerRsvp(TestData.Worker worker, String fairId) {
        return api.post("/api/v1/notices/" + fairId + "/responses").as(worker.accessToken())
                .header("Idempotency-Key", "rsvp-" + worker.id())
                .json(map("kind", "RSVP", "fields", map("attendanceMode", "ONLINE"))).send();
    }

    private static List<String> fields(Api.Reply reply) {
        return StreamSupport.stream(reply.body().path("errors").spliterator(), false)
                .map(e -> e.path("field").asText()).toList();
    }
}
