package org.fugong.push;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.FakeFcmServer;
import fugong.testing.Devices;
import fugong.testing.IntegrationTest;
import fugong.testing.Ledger;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.bson.Document;
import org.fugong.base.BackgroundThreads;
import org.fugong.base.Role;
import org.fugong.push.internal.PushBatchDocument;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.fugong.enterprise.Enterprise;
import org.fugong.security.StaffUser;
import org.fugong.worker.Device;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Pushes as FCM receives them from the real firebase-admin client: what a message carries, in the
 * device's language, to whom (subscriptions, moved tokens, dead tokens), and exactly once each.
 */
class PushDeliveryTest extends IntegrationTest {

    private static final long DAY = 24 * 3600;

    @Autowired
    PushDispatcher dispatcher;

    private StaffUser officialUser;
    private String official;
    private String reviewer;

    @BeforeEach
    void people() {
        officialUser = data.staff("push.official", Role.OFFICIAL);
        official = api.staffToken("push.official", "password-1");
        reviewer = data.signedInStaff("push.reviewer", Role.REVIEWER);
    }

    @Test
    void dead_tokens_deactivate_their_devices_and_count_as_invalid() {
        data.worker("token-alive", "赤坎区");
        TestData.Worker gone = data.worker("token-unregistered", "赤坎区");
        TestData.Worker garbled = data.worker("token-invalid", "赤坎区");
        fcm.failToken("token-unregistered", 404, "NOT_FOUND", "UNREGISTERED");
        fcm.failToken("token-invalid", 400, "INVALID_ARGUMENT", "INVALID_ARGUMENT");

        String first = publishAndWait(notices.announcement("第一条", Notices.everyone()));

        assertThat(stats(first)).isEqualTo(map("targeted", 3L, "sent", 1L, "failed", 2L, "invalidTokens", 2L));
        assertThat(Devices.of(mongo, gone.id())).singleElement().satisfies(device -> {
            assertThat(device.active()).isFalse();
            assertThat(device.deactivatedReason()).isEqualTo("UNREGISTERED");
        });
        assertThat(Devices.of(mongo, garbled.id())).extracting(Device::active).containsExactly(false);

        String second = publishAndWait(notices.announcement("第二条", Notices.everyone()));

        assertThat(tokensPushed(second)).containsExactly("token-alive");
        assertThat(stats(second)).as("the dead devices were not tried again")
                .isEqualTo(map("targeted", 3L, "sent", 1L, "failed", 0L, "invalidTokens", 0L));
        assertThat(inbox(gone)).contains(second);
    }

    @Test
    void a_fan_out_is_walked_written_and_sent_by_threads_that_yield_to_requests() throws Exception {
        Path tasks = Path.of("/proc/self/task");
        Assumptions.assumeTrue(Files.isDirectory(tasks) && BackgroundThreads.niceness(Path.of("/proc/thread-self/stat")).isPresent(),
                "threads have their own nice value on Linux only");
        data.worker("token-nice", "赤坎区");
        String notice = publishAndWait(notices.announcement("后台推送", Notices.everyone()));
        assertThat(tokensPushed(notice)).containsExactly("token-nice");

        Map<String, Integer> background = new java.util.TreeMap<>();
        try (var threads = Files.list(tasks)) {
            for (Path task : threads.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    BackgroundThreads.niceness(task.resolve("stat")).ifPresent(n -> background.put(name + " " + task.getFileName(), n));
                } catch (java.io.IOException ended) {
                    // the thread ended while we looked
                }
            }
        }
        int mine = BackgroundThreads.niceness(Path.of("/proc/thread-self/stat")).orElseThrow();
        background.keySet().removeIf(name -> !name.startsWith("push-send-") && !name.startsWith("fcm-send-")
                && !name.matches("push-\\d+ .*"));
        assertThat(background.keySet()).as("the dispatcher's walk, its send pool and firebase-admin's threads")
                .anyMatch(name -> name.startsWith("push-send-")).anyMatch(name -> name.startsWith("fcm-send-"))
                .anyMatch(name -> name.matches("push-\\d+ .*"));
        assertThat(background.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(Math.max(10, mine)));
        assertThat(mine).as("the thread that asked (as a request would) keeps its priority").isLessThan(10);
    }

    @Test
    void a_registration_after_the_token_died_revives_the_device() {
        TestData.Worker ada = data.worker("token-flaky", "赤坎区");
        fcm.failToken("token-flaky", 404, "NOT_FOUND", "UNREGISTERED");
        publishAndWait(notices.announcement("第一条", Notices.everyone()));
        fcm.reset();

        api.put("/api/v1/me/devices/install-token-flaky").as(ada.accessToken())
                .json(map("platform", "ANDROID", "fcmToken", "token-fresh", "locale", "zh-CN")).send();
        String second = publishAndWait(notices.announcement("第二条", Notices.everyone()));

        assertThat(tokensPushed(second)).containsExactly("token-fresh");
    }

    @Test
    void a_worker_who_unsubscribed_from_a_type_finds_it_in_the_inbox_but_gets_no_push() {
        TestData.Worker policiesOnly = data.worker("token-policies-only", "赤坎区", List.of("welding"), "SEEKING", List.of("POLICY"));
        data.worker("token-everything", "赤坎区");

        String announcement = publishAndWait(notices.announcement("停水通知", Notices.everyone()));
        String policy = publishAndWait(notices.policy(Notices.everyone()));

        assertThat(tokensPushed(announcement)).containsExactly("token-everything");
        assertThat(inbox(policiesOnly)).contains(announcement, policy);
        assertThat(tokensPushed(policy)).containsExactlyInAnyOrder("token-everything", "token-policies-only");
    }

    @Test
    void each_type_of_notice_goes_to_its_own_android_channel() {
        data.worker("token-channels", "赤坎区");
        Enterprise factory = data.enterprise("湛江丁厂", officialUser, false);
        Map<String, String> expected = Map.of(
                publishAndWait(notices.jobFair(Notices.everyone())), "job_fairs",
                publishAndWait(notices.policy(Notices.everyone())), "policies",
                publishAndWait(notices.returnBus(30, List.of("玉林站"), Notices.everyone())), "return_bus",
                publishAndWait(notices.jobPosting(factory.id(), Notices.everyone())), "jobs",
                publishAndWait(notices.announcement("通知", Notices.everyone())), "general");

        expected.forEach((noticeId, channel) -> assertThat(fcm.received(m -> noticeId.equals(m.noticeId())))
                .singleElement().satisfies(push -> {
                    assertThat(push.channelId()).isEqualTo(channel);
                    assertThat(push.collapseKey()).isEqualTo(noticeId);
                    assertThat(push.kind()).isEqualTo("NOTICE");
                    assertThat(push.priority()).isEqualToIgnoringCase("normal");
                }));
    }

    @Test
    void a_push_lives_until_the_notice_expires_but_never_more_than_28_days() {
        data.worker("token-ttl", "赤坎区");
        Map<String, Object> tenDays = notices.announcement("十天", Notices.everyone());
        tenDays.put("expiresAt", notices.in(Duration.ofDays(10)));
        Map<String, Object> sixtyDays = notices.announcement("六十天", Notices.everyone());
        sixtyDays.put("expiresAt", notices.in(Duration.ofDays(60)));

        String shortLived = publishAndWait(tenDays);
        String longLived = publishAndWait(sixtyDays);
        String forever = publishAndWait(notices.announcement("无期限", Notices.everyone()));

        assertThat(ttlSeconds(shortLived)).isCloseTo(10 * DAY, within(120.0));
        assertThat(ttlSeconds(shortLived)).isLessThanOrEqualTo(10 * DAY);
        assertThat(ttlSeconds(longLived)).isEqualTo(28 * DAY);
        assertThat(ttlSeconds(forever)).isEqualTo(28 * DAY);
    }

    @Test
    void a_message_carries_the_notice_and_its_text() {
        data.worker("token-shape", "赤坎区");
        String id = publishAndWait(notices.announcement("复工须知", Notices.everyone()));

        assertThat(fcm.received(m -> id.equals(m.noticeId()))).singleElement().satisfies(push -> {
            assertThat(push.data()).isEqualTo(Map.of("noticeId", id, "type", "ANNOUNCEMENT", "kind", "NOTICE"));
            assertThat(push.title()).isEqualTo("复工须知");
            assertThat(push.body()).isEqualTo("复工须知，详情请咨询人社局。");
            assertThat(push.project()).isEqualTo("fugong-test");
            assertThat(push.authorization()).startsWith("Bearer ");
        });
    }

    @Test
    void an_english_speaking_worker_gets_english_and_chinese_where_there_is_no_english() {
        Enterprise factory = data.enterprise("湛江戊厂", officialUser, false);
        data.worker("token-zh", "赤坎区");
        TestData.Worker viaDevice = data.worker(null, "赤坎区");
        api.put("/api/v1/me/devices/install-en-device").as(viaDevice.accessToken())
                .json(map("platform", "ANDROID", "fcmToken", "token-en-device", "locale", "en")).send();
        TestData.Worker viaProfile = data.worker(null, "赤坎区");
        assertThat(api.put("/api/v1/me").as(viaProfile.accessToken()).json(map("locale", "en")).send().status()).isEqualTo(200);
        api.put("/api/v1/me/devices/install-en-profile").as(viaProfile.accessToken())
                .json(map("platform", "ANDROID", "fcmToken", "token-en-profile")).send();

        String bilingual = publishAndWait(notices.jobPosting(factory.id(), Notices.everyone()));
        String chineseOnly = publishAndWait(notices.announcement("只有中文", Notices.everyone()));

        assertThat(titleFor(bilingual, "token-zh")).isEqualTo("招聘普工 10 名");
        assertThat(titleFor(bilingual, "token-en-device")).isEqualTo("10 workers wanted");
        assertThat(titleFor(bilingual, "token-en-profile")).isEqualTo("10 workers wanted");
        assertThat(bodyFor(bilingual, "token-en-device")).isEqualTo("Board and lodging, four days off a month.");
        assertThat(titleFor(chineseOnly, "token-en-device")).isEqualTo("只有中文");
        assertThat(titleFor(chineseOnly, "token-en-profile")).isEqualTo("只有中文");
    }

    @Test
    void a_phone_handed_on_and_signed_in_again_is_pushed_once_for_its_new_worker() {
        TestData.Worker seller = data.worker("token-second-hand", "赤坎区");
        TestData.Worker buyer = data.worker(null, "赤坎区");
        // the same phone (installation and token), signed in by the buyer: the proof that they hold it
        Api.Reply moved = api.put("/api/v1/me/devices/install-token-second-hand").as(buyer.accessToken())
                .json(map("platform", "ANDROID", "fcmToken", "token-second-hand", "locale", "zh-CN")).send();
        assertThat(moved.status()).isEqualTo(200);

        String id = publishAndWait(notices.announcement("通知", Notices.everyone()));

        assertThat(tokensPushed(id)).containsExactly("token-second-hand");
        assertThat(new Ledger(mongo).outcomes(id)).singleElement().satisfies(outcome -> {
            assertThat(outcome.installationId()).isEqualTo("install-token-second-hand");
            assertThat(outcome.workerId()).isEqualTo(buyer.id());
        });
        // the ledger writes its batches by hand: they read back through their mapped document
        PushBatchDocument batch = mongo.findOne(Query.query(Criteria.where("noticeId").is(id)), PushBatchDocument.class);
        assertThat(batch.kind).isEqualTo(PushKind.NOTICE);
        assertThat(batch.sent).isEqualTo(1);
        assertThat(batch.count).isEqualTo(1);
        assertThat(batch.sentAt).isNotNull().isAfterOrEqualTo(batch.createdAt);
        assertThat(batch.outcomes()).singleElement().satisfies(outcome -> {
            assertThat(outcome.i()).isEqualTo("install-token-second-hand");
            assertThat(outcome.w()).isEqualTo(buyer.id());
            assertThat(outcome.o()).isEqualTo(PushOutcome.SENT);
            assertThat(outcome.m()).isNotBlank();
            assertThat(outcome.e()).isNull();
            assertThat(outcome.t()).isEqualTo(1);
        });
        assertThat(Devices.of(mongo, seller.id())).isEmpty();
    }

    @Test
    void every_worker_of_a_large_audience_gets_exactly_one_push() {
        Set<String> tokens = new HashSet<>();
        IntStream.range(0, 30).forEach(i -> {
            String token = "token-crowd-" + i;
            data.worker(token, i % 2 == 0 ? "赤坎区" : "霞山区");
            tokens.add(token);
        });
        data.worker("token-outside", "坡头区");

        String id = publishAndWait(notices.announcement("大范围通知", Notices.inDistricts("赤坎区", "霞山区")));

        List<String> pushed = tokensPushed(id);
        assertThat(pushed).hasSize(30);
        assertThat(new HashSet<>(pushed)).isEqualTo(tokens);
        assertThat(stats(id)).isEqualTo(map("targeted", 30L, "sent", 30L, "failed", 0L, "invalidTokens", 0L));
    }

    @Test
    void a_notice_whose_dispatch_never_started_still_reaches_its_audience_and_others_are_not_pushed_again() {
        TestData.Worker ada = data.worker("token-reconciled", "赤坎区");
        String delivered = publishAndWait(notices.announcement("已送达", Notices.everyone()));
        String stranded = publishAndWait(notices.announcement("未送达", Notices.everyone()));
        // as if the node that approved it had stopped before creating the dispatch job
        mongo.getCollection("dispatchJobs").deleteOne(new Document("_id", "NOTICE:" + stranded));
        mongo.getCollection("dispatchRanges").deleteMany(new Document("jobId", "NOTICE:" + stranded));
        mongo.getCollection("inboxBuckets").updateMany(new Document(),
                new Document("$unset", new Document("e." + stranded, "")));
        mongo.getCollection("pushBatches").deleteMany(new Document("noticeId", stranded));
        fcm.reset();
        assertThat(inbox(ada)).containsExactly(delivered);

        dispatcher.reconcile();
        notices.awaitDispatched(stranded);

        assertThat(inbox(ada)).containsExactlyInAnyOrder(delivered, stranded);
        assertThat(tokensPushed(stranded)).containsExactly("token-reconciled");
        assertThat(tokensPushed(delivered)).as("a notice whose job exists is left alone").isEmpty();
    }

    private String publishAndWait(Map<String, Object> draft) {
        String id = notices.publish(draft, official, reviewer);
        notices.awaitDispatched(id);
        return id;
    }

    private List<String> tokensPushed(String noticeId) {
        return fcm.received(m -> noticeId.equals(m.noticeId())).stream().map(FakeFcmServer.Received::token).toList();
    }

    private Map<String, Object> stats(String noticeId) {
        JsonNode stats = api.get("/api/v1/admin/notices/" + noticeId).as(official).send().body().path("stats");
        return map("targeted", stats.path("targeted").asLong(), "sent", stats.path("sent").asLong(),
                "failed", stats.path("failed").asLong(), "invalidTokens", stats.path("invalidTokens").asLong());
    }

    private List<String> inbox(TestData.Worker worker) {
        List<String> ids = new ArrayList<>();
        api.get("/api/v1/me/inbox").as(worker.accessToken()).send().body().path("items")
                .forEach(item -> ids.add(item.path("noticeId").asText()));
        return ids;
    }

    private double ttlSeconds(String noticeId) {
        String ttl = fcm.received(m -> noticeId.equals(m.noticeId())).get(0).ttl();
        assertThat(ttl).endsWith("s");
        return Double.parseDouble(ttl.substring(0, ttl.length() - 1));
    }

    private String titleFor(String noticeId, String token) {
        return one(noticeId, token).title();
    }

    private String bodyFor(String noticeId, String token) {
        return one(noticeId, token).body();
    }

    private FakeFcmServer.Received one(String noticeId, String token) {
        List<FakeFcmServer.Received> pushes = fcm.received(m -> noticeId.equals(m.noticeId()) && token.equals(m.token()));
        assertThat(pushes).hasSize(1);
        return pushes.get(0);
    }
}
