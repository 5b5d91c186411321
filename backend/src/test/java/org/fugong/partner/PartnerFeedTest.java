package org.fugong.partner;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import org.fugong.base.Actor;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.partner.internal.PostingFeed;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner feed (专网): a partner platform pulls the published job postings with its key, then
 * only what changed since its last pull; without a key, or with a revoked one, it gets 401 problem
 * details; the feed is in the OpenAPI document, and no personal data is in it.
 */
class PartnerFeedTest extends IntegrationTest {

    private static final String FEED = "/api/v1/partner/postings";
    /** Every field a posting of the feed has: the stable schema, without anything about a person. */
    private static final Set<String> SCHEMA = Set.of("id", "status", "updatedAt", "title", "description", "enterpriseName",
            "industry", "location", "position", "headcount", "salaryMin", "salaryMax", "requirements", "internship",
            "publishedAt", "expiresAt");

    @Autowired
    PartnerService partners;

    private Actor admin;
    private String official;
    private String reviewer;
    private Enterprise factory;

    @BeforeEach
    void people() {
        admin = data.staff("feed.admin", Role.ADMIN).toActor();
        StaffUser author = data.staff("feed.official", Role.OFFICIAL);
        official = api.staffToken("feed.official", "password-1");
        reviewer = data.signedInStaff("feed.reviewer", Role.REVIEWER);
        factory = data.enterprise("湛江电子厂", author, false);
    }

    @Test
    void a_partner_pulls_the_open_postings_then_only_what_changed_since_its_last_pull() {
        String key = partners.create("柳州市农民工服务平台", "0772-1234567", admin).key();
        String first = posting("招聘普工 10 名");
        settle();

        JsonNode whole = pull(key, null);
        assertThat(ids(whole)).containsExactly(first);
        JsonNode item = whole.path("items").get(0);
        assertThat(item.path("status").asText()).isEqualTo("OPEN");
        assertThat(item.path("enterpriseName").asText()).isEqualTo("湛江电子厂");
        assertThat(item.path("location").path("city").asText()).isEqualTo("湛江市");
        assertThat(item.path("industry").asText()).isEqualTo("manufacturing");
        List<String> fields = new ArrayList<>();
        item.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as("the documented schema, nothing about a person").containsExactlyInAnyOrderElementsOf(SCHEMA);

        String second = posting("招聘电工 3 名");
        assertThat(api.post("/api/v1/admin/notices/" + first + "/recall").as(official).json(map("push", false)).send()
                .status()).isEqualTo(200);
        settle();
        JsonNode changes = pull(key, whole.path("until").asText());
        assertThat(ids(changes)).containsExactlyInAnyOrder(first, second);
        assertThat(statusOf(changes, first)).as("withdrawn: remove it").isEqualTo("CLOSED");
        assertThat(statusOf(changes, second)).isEqualTo("OPEN");

        JsonNode nothing = pull(key, changes.path("until").asText());
        assertThat(nothing.path("items")).isEmpty();

        Partner recorded = partners.list(admin).get(0);
        assertThat(recorded.lastPullAt()).isNotNull();
        assertThat(recorded.pulls()).hasSize(3);
        assertThat(recorded.pulls().get(1).items()).isEqualTo(2);
        assertThat(recorded.itemsServed()).isEqualTo(3);
    }

    @Test
    void a_pull_pages_with_a_cursor_and_every_posting_comes_once_also_as_csv() {
        String key = partners.create("陇南市就业服务平台", null, admin).key();
        List<String> published = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            published.add(posting("岗位 " + i));
        }
        settle();
        List<String> seen = new ArrayList<>();
        JsonNode page = call(key, FEED + "?limit=2");
        seen.addAll(ids(page));
        while (!page.path("nextCursor").isNull()) {
            page = call(key, FEED + "?limit=2&cursor=" + page.path("nextCursor").asText());
            seen.addAll(ids(page));
        }
        assertThat(seen).containsExactlyElementsOf(published);

        Api.Reply csv = api.get(FEED + ".csv?limit=3").header("X-Api-Key", key).send();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = new String(csv.raw().body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).contains("id,status,updatedAt,titleZh");
        assertThat(text.lines().count()).isEqualTo(4);
        assertThat(csv.header("Fugong-Next-Cursor")).isNotBlank();
    }

    @Test
    void a_missing_unknown_or_revoked_key_gets_401_problem_details() {
        IssuedKey issued = partners.create("玉林市人社平台", null, admin);
        assertThat(api.get(FEED).header("X-Api-Key", issued.key()).send().status()).isEqualTo(200);

        for (Api.Reply refused : List.of(api.get(FEED).send(),
                api.get(FEED).header("X-Api-Key", "fgp_not-a-key").header("Accept-Language", "en").send())) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("detail")).isNotBlank();
        }
        partners.revoke(issued.partner().id(), admin);
        Api.Reply revoked = api.get(FEED + ".csv").header("X-Api-Key", issued.key()).send();
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.text("detail")).contains("吊销");
        assertThat(api.get(FEED).as(official).send().status()).as("a console token is no partner key").isEqualTo(401);
    }

    @Test
    void the_feed_and_its_schema_are_in_the_openapi_document() {
        JsonNode document = api.get("/v3/api-docs").send().body();
        JsonNode operation = document.path("paths").path(FEED).path("get");
        assertThat(operation.isMissingNode()).isFalse();
        assertThat(operation.path("parameters").findValuesAsText("name")).contains("updatedSince", "limit", "cursor");
        assertThat(operation.path("security").toString()).contains("partnerKey");
        assertThat(document.path("paths").path(FEED + ".csv").path("get").isMissingNode()).isFalse();
        JsonNode scheme = document.path("components").path("securitySchemes").path("partnerKey");
        assertThat(scheme.path("type").asText()).isEqualTo("apiKey");
        assertThat(scheme.path("name").asText()).isEqualTo("X-Api-Key");
        List<String> properties = new ArrayList<>();
        document.path("components").path("schemas").path("FeedPosting").path("properties").fieldNames()
                .forEachRemaining(properties::add);
        assertThat(properties).containsExactlyInAnyOrderElementsOf(SCHEMA);
    }

    private String posting(String title) {
        var draft = notices.jobPosting(factory.id(), Notices.everyone());
        draft.put("title", map("zh-CN", title));
        return notices.publish(draft, official, reviewer);
    }

    /** The feed serves changes a few seconds old, so that none still being written is skipped. */
    private void settle() {
        clock.advance(PostingFeed.SETTLE.plus(Duration.ofSeconds(1)));
    }

    private JsonNode pull(String key, String updatedSince) {
        return call(key, FEED + (updatedSince == null ? "" : "?updatedSince=" + updatedSince));
    }

    private JsonNode call(String key, String path) {
        Api.Reply reply = api.get(path).header("X-Api-Key", key).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }

    private static String statusOf(JsonNode page, String id) {
        for (JsonNode item : page.path("items")) {
            if (item.path("id").asText().equals(id)) {
                return item.path("status").asText();
            }
        }
        return null;
    }
}
