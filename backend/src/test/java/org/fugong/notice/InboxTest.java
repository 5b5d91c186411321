package org.fugong.notice;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.notice.internal.InboxBucketDocument;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker's inbox ({@code GET /me/inbox}): every notice that reached them, newest first, in their
 * language, paged by cursor; reading is recorded once; a decision on their response brings the notice
 * back to the top.
 */
class InboxTest extends IntegrationTest {

    private static final String INBOX = "/api/v1/me/inbox";

    @org.springframework.beans.factory.annotation.Autowired
    private InboxService inboxService;
    @org.springframework.beans.factory.annotation.Autowired
    private NoticeService noticeService;

    private StaffUser officialUser;
    private String official;
    private String reviewer;

    @BeforeEach
    void people() {
        officialUser = data.staff("inbox.official", Role.OFFICIAL);
        official = api.staffToken("inbox.official", "password-1");
        reviewer = data.signedInStaff("inbox.reviewer", Role.REVIEWER);
    }

    @Test
    void the_inbox_lists_notices_newest_first_a_page_at_a_time() {
        TestData.Worker ada = data.worker(null, "赤坎区");
        List<String> published = new ArrayList<>();
        for (String title : List.of("第一条", "第二条", "第三条")) {
            published.add(publish(notices.announcement(title, Notices.everyone())));
            clock.advance(Duration.ofMinutes(1));
        }

        Api.Reply first = api.get(INBOX + "?limit=2").as(ada.accessToken()).send();
        Api.Reply second = api.get(INBOX + "?limit=2&cursor=" + first.text("nextCursor")).as(ada.accessToken()).send();

        assertThat(ids(first)).containsExactly(published.get(2), published.get(1));
        assertThat(first.text("nextCursor")).isNotBlank();
        assertThat(ids(second)).containsExactly(published.get(0));
        assertThat(second.body().path("nextCursor").isNull()).isTrue();
        JsonNode item = first.body().path("items").get(0);
        assertThat(item.path("type").asText()).isEqualTo("ANNOUNCEMENT");
        assertThat(item.path("title").asText()).isEqualTo("第三条");
        assertThat(item.path("summary").asText()).isEqualTo("第三条，详情请咨询人社局。");
        assertThat(item.path("publishedAt").asText()).isNotBlank();
    }

    @Test
    void only_notices_that_reached_the_worker_are_in_their_inbox() {
        TestData.Worker ada = data.worker(null, "赤坎区");
        TestData.Worker far = data.worker(null, "霞山区");
        String forChikan = publish(notices.announcement("赤坎停水", Notices.inDistricts("赤坎区")));

        assertThat(ids(api.get(INBOX).as(ada.accessToken()).send())).containsExactly(forChikan);
        assertThat(ids(api.get(INBOX).as(far.accessToken()).send())).isEmpty();
        assertThat(api.post("/api/v1/notices/" + forChikan + "/read").as(far.accessToken()).send().status()).isEqualTo(404);
    }

    @Test
    void reading_is_recorded_once_and_counted() {
        TestData.Worker ada = data.worker(null, "赤坎区");
        data.worker(null, "赤坎区");
        String id = publish(notices.announcement("复工须知", Notices.everyone()));
        assertThat(api.get(INBOX).as(ada.accessToken()).send().body().path("items").get(0).path("readAt").isNull()).isTrue();

        Api.Reply read = api.post("/api/v1/notices/" + id + "/read").as(ada.accessToken()).send();
        String readAt = api.get(INBOX).as(ada.accessToken()).send().body().path("items").get(0).path("readAt").asText();
        clock.advance(Duration.ofMinutes(5));
        Api.Reply again = api.post("/api/v1/notices/" + id + "/read").as(ada.accessToken()).send();

        assertThat(read.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(204);
        assertThat(readAt).isNotBlank();
        assertThat(api.get(INBOX).as(ada.accessToken()).send().body().path("items").get(0).path("readAt").asText())
                .as("the first reading counts").isEqualTo(readAt);
        JsonNode stats = api.get("/api/v1/admin/notices/" + id).as(official).send().body().path("stats");
        assertThat(stats.path("targeted").asLong()).isEqualTo(2);
        assertThat(stats.path("read").asLong()).isEqualTo(1);
    }

    @Test
    void the_inbox_speaks_the_callers_language_and_falls_back_to_chinese() {
        Enterprise factory = data.enterprise("湛江辛厂", officialUser, false);
        TestData.Worker ada = data.worker(null, "赤坎区");
        String bilingual = publish(notices.jobPosting(factory.id(), Notices.everyone()));
        String chineseOnly = publish(notices.announcement("只有中文", Notices.everyone()));

        Map<String, JsonNode> english = byId(api.get(INBOX).as(ada.accessToken()).header("Accept-Language", "en").send());
        Map<String, JsonNode> chinese = byId(api.get(INBOX).as(ada.accessToken()).header("Accept-Language", "zh-CN").send());

        assertThat(english.get(bilingual).path("title").asText()).isEqualTo("10 workers wanted");
        assertThat(english.get(bilingual).path("summary").asText()).isEqualTo("Board and lodging, four days off a month.");
        assertThat(english.get(chineseOnly).path("title").asText()).isEqualTo("只有中文");
        assertThat(chinese.get(bilingual).path("title").asText()).isEqualTo("招聘普工 10 名");
    }

    @Test
    void a_long_body_is_summarised() {
        TestData.Worker ada = data.worker(null, "赤坎区");
        Map<String, Object> draft = notices.announcement("长通知", Notices.everyone());
        draft.put("body", map("zh-CN", "政策".repeat(200)));
        publish(draft);

        String summary = api.get(INBOX).as(ada.accessToken()).send().body().path("items").get(0).path("summary").asText();

        assertThat(summary.codePointCount(0, summary.length())).isLessThanOrEqualTo(120);
        assertThat(summary).startsWith("政策政策").endsWith("…");
    }

    @Test
    void a_decision_brings_the_notice_back_to_the_top_unread() {
        Enterprise factory = data.enterprise("湛江壬厂", officialUser, false);
        TestData.Worker ada = data.worker(null, "赤坎区");
        String posting = publish(notices.jobPosting(factory.id(), Notices.everyone()));
        clock.advance(Duration.ofMinutes(1));
        String later = publish(notices.announcement("后来的通知", Notices.everyone()));
        api.post("/api/v1/notices/" + posting + "/read").as(ada.accessToken()).send();
        String response = api.post("/api/v1/notices/" + posting + "/responses").as(ada.accessToken())
                .header("Idempotency-Key", "inbox-apply").json(map("kind", "APPLY", "fields", map())).send().text("id");
        assertThat(ids(api.get(INBOX).as(ada.accessToken()).send())).containsExactly(later, posting);

        clock.advance(Duration.ofMinutes(1));
        api.patch("/api/v1/admin/responses/" + response).as(official).json(map("status", "REJECTED", "note", "名额已满")).send();

        Api.Reply inbox = api.get(INBOX).as(ada.accessToken()).send();
        assertThat(ids(inbox)).containsExactly(posting, later);
        JsonNode top = inbox.body().path("items").get(0);
        assertThat(top.path("responseStatus").asText()).isEqualTo("REJECTED");
        assertThat(top.path("responseId").asText()).isEqualTo(response);
        assertThat(top.path("readAt").isNull()).isTrue();
    }

    @Test
    void a_bucket_read_as_stored_holds_exactly_what_the_mapped_read_holds() {
        TestData.Worker ada = data.worker(null, "赤坎区");
        String untouched = publish(notices.announcement("未读的通知", Notices.everyone()));
        String answered = publish(notices.announcement("回应过的通知", Notices.everyone()));
        String read = publish(notices.announcement("读过的通知", Notices.everyone()));
        api.post("/api/v1/notices/" + answered + "/read").as(ada.accessToken()).send();
        api.post("/api/v1/notices/" + read + "/read").as(ada.accessToken()).send();
        clock.advance(Duration.ofMinutes(1));
        Notice trip = noticeService.getForWorker(answered, ada.id());
        inboxService.recordResponse(trip, ada.id(), "response-1", "ACCEPTED", true);
        inboxService.recordFollowUp(trip, ada.id(), new InboxFollowUp("check-1", 7, clock.instant(), clock.instant()));
        String hexId = new org.bson.types.ObjectId().toHexString();
        inboxService.recordFollowUp(readNotice(read, ada), ada.id(), new InboxFollowUp(hexId, 30, clock.instant(), null));
        String bucket = InboxBucketDocument.id(ada.id(), trip.publishedAt());

        InboxBucketDocument mapped = mongo.findById(bucket, InboxBucketDocument.class);
        InboxBucketDocument lean = InboxBucketDocument.of(
                mongo.findById(bucket, org.bson.Document.class, InboxBucketDocument.COLLECTION));

        assertThat(lean.id).isEqualTo(mapped.id).isEqualTo(bucket);
        assertThat(lean.e).isEqualTo(mapped.e).containsOnlyKeys(untouched, answered, read);
        InboxBucketDocument.Entry entry = lean.e.get(answered);
        assertThat(entry.readAt()).as("a decision shows it unread again").isNull();
        assertThat(entry.r()).isNotNull();
        assertThat(entry.f()).isEqualTo(new InboxFollowUp("check-1", 7, entry.f().askedAt(), entry.f().askedAt()));
        assertThat(lean.e.get(read).readAt()).isNotNull();
        assertThat(lean.e.get(read).f().id()).as("an id that looks like an ObjectId is stored as one").isEqualTo(hexId);
        assertThat(lean.e.get(untouched).r()).isNull();
        Map<String, JsonNode> page = byId(api.get(INBOX).as(ada.accessToken()).send());
        assertThat(page.get(answered).path("followUp").path("day").asInt()).isEqualTo(7);
        assertThat(page.get(answered).path("responseStatus").asText()).isEqualTo("ACCEPTED");
        assertThat(page.get(read).path("readAt").isNull()).isFalse();
    }

    private Notice readNotice(String id, TestData.Worker worker) {
        return noticeService.getForWorker(id, worker.id());
    }

    private String publish(Map<String, Object> draft) {
        String id = notices.publish(draft, official, reviewer);
        notices.awaitDispatched(id);
        return id;
    }

    private static List<String> ids(Api.Reply page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.body().path("items").forEach(item -> ids.add(item.path("noticeId").asText()));
        return ids;
    }

    private static Map<String, JsonNode> byId(Api.Reply page) {
        Map<String, JsonNode> items = new java.util.HashMap<>();
        page.body().path("items").forEach(item -> items.put(item.path("noticeId").asText(), item));
        return items;
    }
}
