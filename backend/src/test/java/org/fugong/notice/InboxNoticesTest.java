package org.fugong.notice;

import org.fugong.notice.internal.InboxNotices;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.fugong.base.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static fugong.testing.Notices.list;
import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox holds what it shows of published notices in memory for a few seconds: a change made on
 * this node shows on the next page, a change made on another node within the holding time.
 */
class InboxNoticesTest extends IntegrationTest {

    private static final String INBOX = "/api/v1/me/inbox";

    private String official;
    private String reviewer;

    @BeforeEach
    void people() {
        official = data.signedInStaff("cache.official", Role.OFFICIAL);
        reviewer = data.signedInStaff("cache.reviewer", Role.REVIEWER);
    }

    @Test
    void a_recalled_notice_leaves_the_inbox_on_the_next_page() {
        TestData.Worker ada = data.worker(null, "赤坎区");
        String id = publish(notices.announcement("停工通知", Notices.everyone()));
        assertThat(items(api.get(INBOX).as(ada.accessToken()).send())).isEqualTo(1);

        api.post("/api/v1/admin/notices/" + id + "/recall").as(official).send();

        assertThat(items(api.get(INBOX).as(ada.accessToken()).send())).isZero();
    }

    @Test
    void a_delayed_bus_shows_its_new_respond_by_on_the_next_page() {
        TestData.Worker ada = data.worker(null, "坡头区");
        String bus = publish(notices.returnBus(10, list("玉林汽车总站"), Notices.inDistricts("坡头区")));
        Api.Reply before = api.get(INBOX).as(ada.accessToken()).send();
        assertThat(before.body().path("items").get(0).path("respondBy").asText()).isNotBlank();

        String later = notices.in(Duration.ofDays(4));
        Api.Reply delayed = api.post("/api/v1/admin/notices/" + bus + "/bus-changes").as(official)
                .json(map("kind", "DELAY", "departsAt", later, "message", map("zh-CN", "推迟一天发车"))).send();
        assertThat(delayed.status()).as(delayed.toString()).isEqualTo(200);

        Api.Reply after = api.get(INBOX).as(ada.accessToken()).send();
        assertThat(Instant.parse(after.body().path("items").get(0).path("respondBy").asText()))
                .isEqualTo(Instant.parse(later).truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void a_recall_made_on_another_node_stops_showing_once_the_holding_time_is_over() throws InterruptedException {
        data.worker(null, "赤坎区");
        String id = publish(notices.announcement("别处撤回", Notices.everyone()));
        InboxNotices held = new InboxNotices(mongo, Duration.ofMillis(300));
        assertThat(held.published(List.of(id))).containsKey(id);

        // another node recalls it: the database changes, this node's memory is not told
        mongo.getCollection("notices").updateOne(new Document("_id", new ObjectId(id)),
                new Document("$set", new Document("status", "RECALLED")));
        assertThat(held.published(List.of(id))).as("still within the holding time").containsKey(id);
        Thread.sleep(400);

        assertThat(held.published(List.of(id))).isEmpty();
    }

    @Test
    void a_notice_that_is_not_a_notice_is_never_shown() {
        InboxNotices held = new InboxNotices(mongo, Duration.ofSeconds(5));

        assertThat(held.published(List.of("not-an-id", new ObjectId().toHexString()))).isEmpty();
    }

    private String publish(java.util.Map<String, Object> draft) {
        String id = notices.publish(draft, official, reviewer);
        notices.awaitDispatched(id);
        return id;
    }

    private static int items(Api.Reply page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.body().path("items").size();
    }
}
