package org.fugong;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.FakeFcmServer;
import fugong.testing.IntegrationTest;
import fugong.testing.TestData;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The product's story over real HTTP, with the real firebase-admin client talking to an
 * FCM-compatible server: an official drafts and submits, cannot approve their own notice, a reviewer
 * approves, exactly the targeted workers' devices get the push, they find it in their inbox, an
 * untargeted worker cannot see it, a worker applies (twice with one key: one response), an official
 * accepts, and the worker's device gets the decision.
 */
class CoreLoopStoryTest extends IntegrationTest {

    @Test
    void a_notice_travels_from_draft_to_decision() {
        StaffUser officialUser = data.staff("wang.official", Role.OFFICIAL);
        Enterprise factory = data.enterprise("湛江口罩厂", officialUser, true);
        String official = api.staffToken("wang.official", "password-1");
        String reviewer = data.signedInStaff("li.reviewer", Role.REVIEWER);

        // two welders in 赤坎区 are the audience; a third worker there does not weld; one welder lives elsewhere
        TestData.Worker ada = data.worker("token-ada", "赤坎区");
        TestData.Worker bo = data.worker("token-bo", "赤坎区");
        TestData.Worker cook = data.worker("token-cook", "赤坎区", List.of("cooking"), "SEEKING", null);
        TestData.Worker far = data.worker("token-far", "霞山区");

        Map<String, Object> draft = Map.of(
                "type", "JOB_POSTING",
                "title", Map.of("zh-CN", "招聘焊工 20 名", "en", "20 welders wanted"),
                "body", Map.of("zh-CN", "口罩机生产线急需焊工，包食宿。", "en", "Mask machine line needs welders; board and lodging."),
                "audience", Map.of("all", false, "districts", List.of("赤坎区"), "skills", List.of("welding")),
                "expiresAt", Instant.now().plus(Duration.ofDays(10)).toString(),
                "jobPosting", Map.of("enterpriseId", factory.id(), "title", "焊工", "headcount", 20,
                        "salaryMin", 6000, "salaryMax", 9000, "requirements", "持焊工证"));

        Api.Reply created = api.post("/api/v1/admin/notices").as(official).json(draft).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("DRAFT");
        String noticeId = created.text("id");

        Api.Reply preview = api.post("/api/v1/admin/audience/preview").as(official)
                .json(Map.of("audience", draft.get("audience"))).send();
        assertThat(preview.body().path("count").asLong()).isEqualTo(2);

        assertThat(api.post("/api/v1/admin/notices/" + noticeId + "/submit").as(official).send().text("status"))
                .isEqualTo("IN_REVIEW");

        Api.Reply ownApproval = api.post("/api/v1/admin/notices/" + noticeId + "/approve").as(official)
                .json(Map.of("comment", "looks fine")).send();
        assertThat(ownApproval.status()).isEqualTo(403);
        assertThat(ownApproval.contentType()).startsWith("application/problem+json");

        Api.Reply approved = api.post("/api/v1/admin/notices/" + noticeId + "/approve").as(reviewer)
                .json(Map.of("comment", "同意发布")).send();
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("PUBLISHED");

        await().atMost(Duration.ofSeconds(20)).until(() -> fcm.received(m -> noticeId.equals(m.noticeId())).size() >= 2);
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        List<FakeFcmServer.Received> pushes = fcm.received(m -> noticeId.equals(m.noticeId()));
        assertThat(pushes.stream().map(FakeFcmServer.Received::token).collect(Collectors.toSet()))
                .isEqualTo(Set.of("token-ada", "token-bo"));
        assertThat(pushes).hasSize(2).allSatisfy(push -> {
            assertThat(push.channelId()).isEqualTo("jobs");
            assertThat(push.kind()).isEqualTo("NOTICE");
            assertThat(push.data()).containsEntry("type", "JOB_POSTING");
            assertThat(push.collapseKey()).isEqualTo(noticeId);
            assertThat(push.title()).isEqualTo("招聘焊工 20 名");
            assertThat(push.project()).isEqualTo("fugong-test");
        });

        JsonNode inbox = api.get("/api/v1/me/inbox").as(ada.accessToken()).send().body();
        assertThat(inbox.path("items")).hasSize(1);
        assertThat(inbox.path("items").get(0).path("noticeId").asText()).isEqualTo(noticeId);
        assertThat(inbox.path("items").get(0).path("title").asText()).isEqualTo("招聘焊工 20 名");
        assertThat(api.get("/api/v1/me/inbox").as(ada.accessToken()).header("Accept-Language", "en").send()
                .body().path("items").get(0).path("title").asText()).isEqualTo("20 welders wanted");

        Api.Reply detail = api.get("/api/v1/notices/" + noticeId).as(bo.accessToken()).send();
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body().path("jobPosting").path("enterpriseName").asText()).isEqualTo("湛江口罩厂");
        Api.Reply hidden = api.get("/api/v1/notices/" + noticeId).as(far.accessToken()).send();
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/notices/" + noticeId).as(cook.accessToken()).send().status()).isEqualTo(404);

        Map<String, Object> application = Map.of("kind", "APPLY", "fields", Map.of("message", "有五年焊接经验", "expectedSalary", 8000));
        Api.Reply first = api.post("/api/v1/notices/" + noticeId + "/responses").as(ada.accessToken())
                .header("Idempotency-Key", "apply-1").json(application).send();
        Api.Reply again = api.post("/api/v1/notices/" + noticeId + "/responses").as(ada.accessToken())
                .header("Idempotency-Key", "apply-1").json(application).send();
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("id")).isEqualTo(first.text("id"));
        assertThat(first.text("status")).isEqualTo("SUBMITTED");
        Api.Reply second = api.post("/api/v1/notices/" + noticeId + "/responses").as(ada.accessToken())
                .header("Idempotency-Key", "apply-2").json(application).send();
        assertThat(second.status()).isEqualTo(409);

        JsonNode responses = api.get("/api/v1/admin/notices/" + noticeId + "/responses").as(official).send().body();
        assertThat(responses.path("items")).hasSize(1);
        assertThat(responses.path("items").get(0).path("worker").path("phoneMasked").asText())
                .matches("1\\d{2}\\*{4}\\d{4}");

        Api.Reply accepted = api.patch("/api/v1/admin/responses/" + first.text("id")).as(official)
                .json(Map.of("status", "ACCEPTED", "note", "请周一到厂报到")).send();
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.text("status")).isEqualTo("ACCEPTED");

        await().atMost(Duration.ofSeconds(10)).until(() ->
                !fcm.received(m -> noticeId.equals(m.noticeId()) && "DECISION".equals(m.kind())).isEmpty());
        List<FakeFcmServer.Received> decisions = fcm.received(m -> noticeId.equals(m.noticeId()) && "DECISION".equals(m.kind()));
        assertThat(decisions).extracting(FakeFcmServer.Received::token).containsExactly("token-ada");
        assertThat(decisions.get(0).body()).contains("请周一到厂报到");

        JsonNode adaInbox = api.get("/api/v1/me/inbox").as(ada.accessToken()).send().body();
        assertThat(adaInbox.path("items").get(0).path("responseStatus").asText()).isEqualTo("ACCEPTED");
        assertThat(adaInbox.path("items").get(0).path("readAt").isNull()).isTrue();

        JsonNode stats = api.get("/api/v1/admin/notices/" + noticeId).as(official).send().body().path("stats");
        assertThat(stats.path("targeted").asLong()).isEqualTo(2);
        assertThat(stats.path("sent").asLong()).isEqualTo(2);
        assertThat(stats.path("failed").asLong()).isZero();
        assertThat(stats.path("responses").asLong()).isEqualTo(1);
    }
}
