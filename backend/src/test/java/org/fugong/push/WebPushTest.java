package org.fugong.push;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.FakeFcmServer;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.fugong.base.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pushes to the worker web app: the app reads the public Firebase configuration before sign-in, and a
 * browser registered as a WEB device gets a Web Push notification that opens the notice on a tap.
 */
class WebPushTest extends IntegrationTest {

    private String official;
    private String reviewer;

    @BeforeEach
    void people() {
        data.staff("web.official", Role.OFFICIAL);
        official = api.staffToken("web.official", "password-1");
        reviewer = data.signedInStaff("web.reviewer", Role.REVIEWER);
    }

    @Test
    void the_app_reads_the_firebase_web_configuration_without_signing_in() {
        Api.Reply reply = api.get("/api/v1/app/config").send();

        assertThat(reply.status()).isEqualTo(200);
        JsonNode webPush = reply.body().path("webPush");
        assertThat(webPush.path("apiKey").asText()).isEqualTo("test-web-api-key");
        assertThat(webPush.path("projectId").asText()).isEqualTo("fugong-test");
        assertThat(webPush.path("messagingSenderId").asText()).isEqualTo("123456789012");
        assertThat(webPush.path("appId").asText()).isEqualTo("1:123456789012:web:0123456789abcdef");
        assertThat(webPush.path("vapidKey").asText()).isEqualTo("BTestVapidKey-0123456789");
        assertThat(webPush.path("authDomain").isNull()).as("not configured, so null").isTrue();
        assertThat(reply.header("Cache-Control")).contains("max-age=300");
    }

    @Test
    void a_browser_gets_a_web_push_in_its_language_that_opens_the_notice() {
        TestData.Worker ada = data.worker(null, "赤坎区");
        Api.Reply registered = api.put("/api/v1/me/devices/web-install-ada-0001").as(ada.accessToken())
                .json(map("platform", "WEB", "fcmToken", "token-ada-web", "locale", "en", "appVersion", "web"))
                .send();
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.text("platform")).isEqualTo("WEB");

        String id = notices.publish(map("type", "ANNOUNCEMENT",
                "title", map("zh-CN", "服务大厅恢复办理", "en", "The service hall is open again"),
                "body", map("zh-CN", "请预约后前往。", "en", "Please book before you come."),
                "audience", Notices.everyone()), official, reviewer);
        notices.awaitDispatched(id);

        FakeFcmServer.Received push = fcm.received(m -> "token-ada-web".equals(m.token())).get(0);
        JsonNode webpush = push.raw().path("webpush");
        assertThat(push.noticeId()).isEqualTo(id);
        assertThat(webpush.path("fcm_options").path("link").asText())
                .isEqualTo("https://fugong.example.cn/app/#/notices/" + id);
        assertThat(webpush.path("notification").path("title").asText()).isEqualTo("The service hall is open again");
        assertThat(webpush.path("notification").path("body").asText()).isEqualTo("Please book before you come.");
        assertThat(webpush.path("notification").path("tag").asText()).as("a newer push about it replaces this one")
                .isEqualTo(id);
        assertThat(webpush.path("headers").path("TTL").asText()).matches("\\d+");
        assertThat(webpush.path("headers").path("Urgency").asText()).isEqualTo("normal");
    }

    @Test
    void an_android_phone_gets_no_web_push_part() {
        TestData.Worker bo = data.worker("token-bo-android", "赤坎区");

        String id = notices.publish(notices.announcement("通知", Notices.everyone()), official, reviewer);
        notices.awaitDispatched(id);

        List<FakeFcmServer.Received> pushes = fcm.received(m -> bo.deviceToken().equals(m.token()));
        assertThat(pushes).singleElement().satisfies(push -> {
            assertThat(push.raw().has("webpush")).isFalse();
            assertThat(push.channelId()).isEqualTo("general");
        });
    }
}
