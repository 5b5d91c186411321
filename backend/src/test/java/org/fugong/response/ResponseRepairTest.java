package org.fugong.response;

import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.bson.Document;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash between the two writes of one operation (there are no transactions) is mended by the
 * repair pass: each test writes one side only, as a process killed in between would have left it,
 * and shows that the pass puts it right, and that a second pass finds nothing more to do.
 */
class ResponseRepairTest extends IntegrationTest {

    @Autowired
    ResponseRepair repair;

    private String official;
    private String reviewer;
    private StaffUser officialUser;

    @BeforeEach
    void staff() {
        officialUser = data.staff("repair.official", Role.OFFICIAL);
        official = api.staffToken("repair.official", "password-1");
        reviewer = data.signedInStaff("repair.reviewer", Role.REVIEWER);
        repair.run(); // whatever earlier tests left is mended and checked off
    }

    @Test
    void a_response_whose_inbox_entry_was_never_told_shows_up_there_after_the_pass() {
        TestData.Worker worker = data.worker("repair-token-1", "赤坎区");
        String fair = published(notices.jobFair(Notices.everyone()));
        String response = rsvp(worker, fair).text("id");
        // the process died after inserting the response, before telling the inbox entry
        mongo.getCollection("inboxBuckets").updateMany(new Document(),
                new Document("$unset", new Document("e." + fair + ".ri", "").append("e." + fair + ".rs", "")));
        assertThat(inboxItem(worker, fair).path("responseId").isNull()).isTrue();

        ResponseRepair.Report report = repair.run();

        assertThat(report.inboxLinks()).isEqualTo(1);
        assertThat(inboxItem(worker, fair).path("responseId").asText()).isEqualTo(response);
        assertThat(inboxItem(worker, fair).path("responseStatus").asText()).isEqualTo("CONFIRMED");
        assertThat(repair.run().mendedAnything()).as("a second pass has nothing to do").isFalse();
    }

    @Test
    void a_decision_the_inbox_never_showed_comes_back_to_the_top_unread() {
        TestData.Worker worker = data.worker("repair-token-2", "赤坎区");
        String posting = published(notices.jobPosting(data.enterprise("湛江修复厂", officialUser, false).id(),
                Notices.everyone()));
        String response = api.post("/api/v1/notices/" + posting + "/responses").as(worker.accessToken())
                .header("Idempotency-Key", "apply-1").json(map("kind", "APPLY", "fields", map("message", "我会焊接")))
                .send().text("id");
        api.post("/api/v1/notices/" + posting + "/read").as(worker.accessToken()).send();
        clock.advance(Duration.ofMinutes(3));
        // an official accepted it and the process died before the inbox entry heard of it
        mongo.getCollection("responses").updateOne(new Document("_id", new org.bson.types.ObjectId(response)),
                new Document("$set", new Document("status", "ACCEPTED").append("reviewedAt", java.util.Date.from(clock.instant()))
                        .append("updatedAt", java.util.Date.from(clock.instant()))));

        repair.run();

        var item = inboxItem(worker, posting);
        assertThat(item.path("responseStatus").asText()).isEqualTo("ACCEPTED");
        assertThat(item.path("readAt").isNull()).as("the decision is unread").isTrue();
        assertThat(api.get("/api/v1/me/inbox").as(worker.accessToken()).send().body().path("items").get(0)
                .path("noticeId").asText()).as("and at the top").isEqualTo(posting);
    }

    @Test
    void a_subsidy_reservation_without_its_claim_is_released_once_the_ledger_has_settled() {
        Enterprise factory = data.enterprise("湛江补贴厂", officialUser, false);
        String hr = data.signedInHr("repair.hr", factory.id());
        String policy = published(map("type", "POLICY",
                "title", map("zh-CN", "一次性吸纳就业补贴"), "body", map("zh-CN", "每人 1000 元，每家最多 5000 元。"),
                "audience", Notices.everyone(),
                "policy", map("benefit", "HIRING_SUBSIDY", "amountPerPerson", 1000, "capPerEnterprise", 5000,
                        "deadline", notices.in(Duration.ofDays(10)), "applicant", "ENTERPRISE")));
        assertThat(claim(hr, policy, 2).status()).isEqualTo(201);
        // a second claim reserved 3000 and the process died before the claim was written
        mongo.getCollection("subsidyLedgers").updateOne(new Document("_id", policy + ":" + factory.id()),
                new Document("$inc", new Document("reserved", 300_000L)));
        assertThat(claim(hr, policy, 1).status()).as("the cap looks used up").isEqualTo(409);

        assertThat(repair.run().ledgers()).as("a ledger touched a moment ago may be mid-claim: left alone").isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(repair.run().ledgers()).isEqualTo(1);

        Api.Reply again = claim(hr, policy, 3);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.body().path("amount").decimalValue()).isEqualByComparingTo("3000");
    }

    @Test
    void a_seat_a_cancellation_never_gave_back_goes_to_the_first_on_the_waitlist() {
        TestData.Worker ada = data.worker("repair-token-3", "赤坎区");
        TestData.Worker bo = data.worker("repair-token-4", "赤坎区");
        String bus = published(notices.returnBus(1, List.of("玉林汽车总站"), Notices.everyone()));
        String adaSeat = book(ada, bus).text("id");
        assertThat(book(bo, bus).text("status")).isEqualTo("WAITLISTED");
        // Ada cancelled; the process died before the seat was given back
        mongo.getCollection("responses").updateOne(new Document("_id", new org.bson.types.ObjectId(adaSeat)),
                new Document("$set", new Document("status", "CANCELLED").append("activeKey", "cancelled:" + adaSeat)
                        .append("updatedAt", java.util.Date.from(clock.instant()))));
        clock.advance(Duration.ofMinutes(2));

        assertThat(repair.run().places()).isEqualTo(1);

        Api.Reply mine = api.get("/api/v1/me/responses").as(bo.accessToken()).send();
        assertThat(mine.body().path("items").get(0).path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(repair.run().mendedAnything()).isFalse();
    }

    private String published(Map<String, Object> draft) {
        String id = notices.publish(draft, official, reviewer);
        notices.awaitDispatched(id);
        return id;
    }

    private Api.Reply rsvp(TestData.Worker worker, String fair) {
        Api.Reply reply = api.post("/api/v1/notices/" + fair + "/responses").as(worker.accessToken())
                .header("Idempotency-Key", "rsvp-" + fair).json(map("kind", "RSVP", "fields", map("attendanceMode", "ONLINE")))
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    private Api.Reply book(TestData.Worker worker, String bus) {
        Api.Reply reply = api.post("/api/v1/notices/" + bus + "/responses").as(worker.accessToken())
                .header("Idempotency-Key", "seat-" + bus)
                .json(map("kind", "SEAT_BOOKING", "fields", map("pickupPoint", "玉林汽车总站"))).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    private Api.Reply claim(String hr, String policy, int persons) {
        return api.post("/api/v1/admin/notices/" + policy + "/responses").as(hr)
                .json(map("kind", "SUBSIDY_APPLICATION", "fields", map("persons", persons))).send();
    }

    private com.fasterxml.jackson.databind.JsonNode inboxItem(TestData.Worker worker, String noticeId) {
        for (var item : api.get("/api/v1/me/inbox").as(worker.accessToken()).send().body().path("items")) {
            if (noticeId.equals(item.path("noticeId").asText())) {
                return item;
            }
        }
        throw new AssertionError("notice " + noticeId + " is not in the inbox");
    }
}
