package org.fugong.notice;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.FakeFcmServer;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.bson.Document;
import org.fugong.base.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static fugong.testing.Notices.list;
import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Workers who sign up after notices went out, or change their profile into an audience, find the
 * active notices meant for them in their inbox, each once, without a push per notice.
 */
class LateSignUpTest extends IntegrationTest {

    private static final String INBOX = "/api/v1/me/inbox?limit=100";

    private String official;
    private String reviewer;

    @BeforeEach
    void people() {
        official = data.signedInStaff("late.official", Role.OFFICIAL);
        reviewer = data.signedInStaff("late.reviewer", Role.REVIEWER);
    }

    @Test
    void a_worker_who_signs_up_late_finds_every_active_notice_meant_for_them_and_no_push_per_notice() {
        String forEveryone = publish(notices.announcement("春节后返岗须知", Notices.everyone()));
        String forYulin = publish(notices.jobFair(map("all", false, "hometownCities", list("玉林市"))));
        String forManufacturing = publish(notices.jobPosting(data.enterprise("湛江制衣厂", data.staff("late.lead", Role.OFFICIAL), false).id(),
                map("all", false, "industries", list("manufacturing"))));
        String forLogistics = publish(notices.announcement("物流行业专场", map("all", false, "industries", list("logistics"))));
        String recalled = publish(notices.announcement("已撤回的通知", Notices.everyone()));
        assertThat(api.post("/api/v1/admin/notices/" + recalled + "/recall").as(official).send().status()).isEqualTo(200);
        Map<String, Object> shortLived = notices.announcement("明天过期的通知", Notices.everyone());
        shortLived.put("expiresAt", notices.in(Duration.ofHours(1)));
        String expired = publish(shortLived);
        String enterprisesOnly = publish(enterprisePolicy(false));
        List.of(forEveryone, forYulin, forManufacturing, forLogistics, expired).forEach(notices::awaitDispatched);
        clock.advance(Duration.ofHours(2));

        String phone = TestData.phone();
        String access = api.signIn(phone);
        assertThat(inboxIds(access)).as("a new worker with no profile yet gets what is for everyone")
                .containsExactly(forEveryone);
        registerDevice(access, "token-late");
        Api.Reply me = api.put("/api/v1/me").as(access).json(profile("赤坎区", "manufacturing")).send();
        assertThat(me.status()).as(me.toString()).isEqualTo(200);

        JsonNode items = api.get(INBOX).as(access).send().body().path("items");
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("noticeId").asText()));
        assertThat(ids).containsExactlyInAnyOrder(forEveryone, forYulin, forManufacturing)
                .doesNotContain(forLogistics, recalled, expired, enterprisesOnly);
        items.forEach(item -> assertThat(item.path("readAt").isNull()).as("backfilled entries are unread").isTrue());
        assertThat(ids).as("each in its own place: newest publication first")
                .containsExactly(forManufacturing, forYulin, forEveryone);

        await().atMost(Duration.ofSeconds(10)).until(() -> !fcm.received(r -> r.token().equals("token-late")).isEmpty());
        List<FakeFcmServer.Received> pushes = fcm.received(r -> r.token().equals("token-late"));
        assertThat(pushes).as("one summary push, never one per backfilled notice").hasSize(1);
        assertThat(pushes.get(0).title()).isEqualTo("你有 2 条新通知");
        assertThat(pushes.get(0).noticeId()).as("the summary opens the newest").isEqualTo(forManufacturing);
        assertThat(pushes.get(0).kind()).isEqualTo("NOTICE");
    }

    @Test
    void a_profile_change_into_an_industry_adds_its_active_notices_and_leaving_takes_nothing_away() {
        String access = api.signIn(TestData.phone());
        assertThat(api.put("/api/v1/me").as(access).json(profile("赤坎区", "construction")).send().status()).isEqualTo(200);
        String forLogistics = publish(notices.announcement("物流行业专场", map("all", false, "industries", list("logistics"))));
        notices.awaitDispatched(forLogistics);
        assertThat(inboxIds(access)).isEmpty();

        assertThat(api.put("/api/v1/me").as(access).json(profile("赤坎区", "logistics")).send().status()).isEqualTo(200);
        assertThat(inboxIds(access)).containsExactly(forLogistics);

        assertThat(api.put("/api/v1/me").as(access).json(profile("赤坎区", "construction")).send().status()).isEqualTo(200);
        assertThat(inboxIds(access)).as("nothing is taken away when a worker leaves an audience").containsExactly(forLogistics);
        assertThat(api.put("/api/v1/me").as(access).json(profile("赤坎区", "logistics")).send().status()).isEqualTo(200);
        assertThat(inboxIds(access)).as("coming back adds nothing twice").containsExactly(forLogistics);
    }

    @Test
    void profile_saves_racing_a_publication_give_every_worker_the_notice_exactly_once() throws Exception {
        List<String> workers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            workers.add(api.signIn(TestData.phone()));
        }
        String draft = notices.submitted(notices.announcement("霞山区用工信息", Notices.inDistricts("霞山区")), official);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (String access : workers) {
                for (int save = 0; save < 3; save++) {
                    calls.add(() -> api.put("/api/v1/me").as(access).json(profile("霞山区", "logistics")).send().status());
                }
            }
            calls.add(15, () -> api.post("/api/v1/admin/notices/" + draft + "/approve").as(reviewer)
                    .json(map("comment", "同意")).send().status());
            // people who sign up while it goes out: ids after the audience's last worker when it was cut
            // are the backfill's, not the dispatch's (decision 64)
            List<String> newcomers = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 10; i++) {
                calls.add(() -> {
                    String access = api.signIn(TestData.phone());
                    newcomers.add(access);
                    return api.put("/api/v1/me").as(access).json(profile("霞山区", "logistics")).send().status();
                });
            }
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                assertThat(answer.get()).isEqualTo(200);
            }
            workers.addAll(newcomers);
        } finally {
            pool.shutdown();
        }
        notices.awaitDispatched(draft);

        for (String access : workers) {
            assertThat(inboxIds(access)).containsExactly(draft);
        }
        assertThat(entries(draft)).isEqualTo(workers.size());
        assertThat(api.get("/api/v1/admin/notices/" + draft).as(official).send().body().path("stats").path("targeted").asLong())
                .as("the targeted figure counts each worker once").isEqualTo(workers.size());
    }

    @Test
    void an_enterprise_only_policy_reaches_workers_only_when_they_are_to_be_told() {
        String hr = data.signedInHr("late.hr", data.enterprise("遂溪电子厂", data.staff("late.lead2", Role.OFFICIAL), false).id());
        TestData.Worker ada = data.worker("token-ada", "赤坎区");
        String enterprisesOnly = publish(enterprisePolicy(false));
        String toldToo = publish(enterprisePolicy(true));
        notices.awaitDispatched(enterprisesOnly);
        notices.awaitDispatched(toldToo);

        assertThat(inboxIds(ada.accessToken())).containsExactly(toldToo);
        assertThat(entries(enterprisesOnly)).isZero();
        assertThat(fcm.received(r -> enterprisesOnly.equals(r.noticeId()))).isEmpty();
        assertThat(api.get("/api/v1/notices/" + enterprisesOnly).as(ada.accessToken()).send().status()).isEqualTo(404);
        JsonNode told = api.get("/api/v1/notices/" + toldToo).as(ada.accessToken()).send().body();
        assertThat(told.path("policy").path("applicant").asText()).isEqualTo("ENTERPRISE");
        assertThat(told.path("policy").path("tellWorkers").asBoolean()).isTrue();

        List<String> hrSees = new ArrayList<>();
        api.get("/api/v1/admin/notices").as(hr).send().body().path("items")
                .forEach(n -> hrSees.add(n.path("id").asText()));
        assertThat(hrSees).as("HR users see the policy their enterprise can claim").contains(enterprisesOnly, toldToo);

        String late = api.signIn(TestData.phone());
        assertThat(inboxIds(late)).as("late sign-ups get only what workers are told").containsExactly(toldToo);
    }

    private long entries(String noticeId) {
        return mongo.getCollection("inboxBuckets").countDocuments(new Document("e." + noticeId + ".p",
                new Document("$exists", true)));
    }

    private Map<String, Object> enterprisePolicy(boolean tellWorkers) {
        Map<String, Object> draft = notices.policy(Notices.everyone());
        draft.put("responseKind", "SUBSIDY_APPLICATION");
        Map<String, Object> policy = Notices.part(draft, "policy");
        policy.put("applicant", "ENTERPRISE");
        policy.put("tellWorkers", tellWorkers);
        return draft;
    }

    private String publish(Map<String, Object> draft) {
        String id = notices.publish(draft, official, reviewer);
        clock.advance(Duration.ofMinutes(1));
        return id;
    }

    private List<String> inboxIds(String access) {
        Api.Reply inbox = api.get(INBOX).as(access).send();
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        inbox.body().path("items").forEach(item -> ids.add(item.path("noticeId").asText()));
        return ids;
    }

    private void registerDevice(String access, String token) {
        Api.Reply device = api.put("/api/v1/me/devices/install-" + token).as(access)
                .json(Map.of("platform", "ANDROID", "fcmToken", token, "locale", "zh-CN", "appVersion", "1.0.0")).send();
        assertThat(device.status()).as(device.toString()).isEqualTo(200);
    }

    private static Map<String, Object> profile(String district, String industry) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", "迟到的工人");
        profile.put("hometown", Map.of("province", "广西壮族自治区", "city", "玉林市"));
        profile.put("district", district);
        profile.put("industries", List.of(industry));
        profile.put("skills", List.of("welding"));
        profile.put("employmentStatus", "SEEKING");
        profile.put("locale", "zh-CN");
        return profile;
    }
}
