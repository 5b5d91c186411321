package org.fugong.worker;

import fugong.testing.Api;
import fugong.testing.Devices;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.fugong.base.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app registers the devices a worker gets pushes on ({@code PUT /me/devices/{installationId}}):
 * an upsert by installation, a token held by one installation only, removal on sign-out. A device
 * belongs to whoever holds its token: another worker's device or token is refused (409) unless the
 * caller presents the installation's current token, as a phone handed on and signed in again does.
 */
class DeviceRegistrationTest extends IntegrationTest {

    private String official;
    private String reviewer;

    @BeforeEach
    void people() {
        data.staff("dev.official", Role.OFFICIAL);
        official = api.staffToken("dev.official", "password-1");
        reviewer = data.signedInStaff("dev.reviewer", Role.REVIEWER);
    }

    @Test
    void registering_again_updates_the_same_device() {
        TestData.Worker ada = data.worker(null, "赤坎区");

        Api.Reply first = register(ada, "install-ada-phone", map("platform", "ANDROID", "fcmToken", "token-v1",
                "locale", "zh-CN", "appVersion", "1.0.0"));
        Api.Reply second = register(ada, "install-ada-phone", map("platform", "ANDROID", "fcmToken", "token-v2",
                "locale", "en", "appVersion", "1.1.0"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text("installationId")).isEqualTo("install-ada-phone");
        assertThat(first.body().path("active").asBoolean()).isTrue();
        assertThat(first.body().has("fcmToken")).as("the token is never shown back").isFalse();
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text("createdAt")).isEqualTo(first.text("createdAt"));
        assertThat(Devices.of(mongo, ada.id())).singleElement().satisfies(device -> {
            assertThat(device.appVersion()).isEqualTo("1.1.0");
            assertThat(device.locale()).isEqualTo("en");
        });

        String id = notices.publish(notices.announcement("通知", Notices.everyone()), official, reviewer);
        notices.awaitDispatched(id);
        assertThat(fcm.received(m -> id.equals(m.noticeId()))).extracting(m -> m.token()).containsExactly("token-v2");
    }

    @Test
    void every_device_of_a_worker_gets_the_push() {
        TestData.Worker ada = data.worker("token-ada-phone", "赤坎区");
        register(ada, "install-ada-browser", map("platform", "WEB", "fcmToken", "token-ada-browser"));

        String id = notices.publish(notices.announcement("通知", Notices.everyone()), official, reviewer);
        notices.awaitDispatched(id);

        assertThat(fcm.received(m -> id.equals(m.noticeId()))).extracting(m -> m.token())
                .containsExactlyInAnyOrder("token-ada-phone", "token-ada-browser");
        assertThat(fcm.received(m -> "token-ada-browser".equals(m.token()))).singleElement()
                .satisfies(push -> assertThat(push.raw().path("webpush").path("notification").path("title").asText())
                        .isEqualTo("通知"));
    }

    @Test
    void a_workers_token_moves_to_their_own_new_installation() {
        TestData.Worker ada = data.worker("token-reinstalled", "赤坎区");

        Api.Reply moved = register(ada, "install-ada-reinstalled", map("platform", "ANDROID", "fcmToken", "token-reinstalled"));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(Devices.of(mongo, ada.id())).extracting(Device::installationId).containsExactly("install-ada-reinstalled");
    }

    @Test
    void taking_over_another_workers_installation_without_its_token_is_refused() {
        TestData.Worker ada = data.worker("token-ada-kept", "赤坎区");
        TestData.Worker mallory = data.worker(null, "赤坎区");

        Api.Reply takeover = register(mallory, "install-token-ada-kept",
                map("platform", "ANDROID", "fcmToken", "token-mallory"));

        assertThat(takeover.status()).isEqualTo(409);
        assertThat(takeover.contentType()).startsWith("application/problem+json");
        assertThat(takeover.text("type")).isEqualTo("urn:fugong:problem:device-taken");
        assertThat(Devices.of(mongo, mallory.id())).isEmpty();
        assertThat(Devices.of(mongo, ada.id())).extracting(Device::installationId).containsExactly("install-token-ada-kept");
        String id = notices.publish(notices.announcement("通知", Notices.everyone()), official, reviewer);
        notices.awaitDispatched(id);
        assertThat(fcm.received(m -> id.equals(m.noticeId()))).extracting(m -> m.token()).containsExactly("token-ada-kept");
    }

    @Test
    void registering_a_token_another_workers_installation_holds_is_refused() {
        TestData.Worker ada = data.worker("token-ada-secret", "赤坎区");
        TestData.Worker mallory = data.worker(null, "赤坎区");

        Api.Reply stolen = register(mallory, "install-mallory", map("platform", "ANDROID", "fcmToken", "token-ada-secret"));

        assertThat(stolen.status()).isEqualTo(409);
        assertThat(api.put("/api/v1/me/devices/install-mallory").as(mallory.accessToken())
                .header("Accept-Language", "en").json(map("platform", "ANDROID", "fcmToken", "token-ada-secret")).send()
                .text("detail")).contains("another account");
        assertThat(Devices.of(mongo, ada.id())).extracting(Device::installationId).containsExactly("install-token-ada-secret");
        assertThat(Devices.of(mongo, mallory.id())).isEmpty();
    }

    @Test
    void a_phone_handed_on_and_signed_in_again_moves_to_the_new_worker_with_its_pushes() {
        TestData.Worker seller = data.worker("token-handed-on", "赤坎区");
        TestData.Worker buyer = data.worker(null, "霞山区");

        Api.Reply handedOn = register(buyer, "install-token-handed-on", map("platform", "ANDROID", "fcmToken", "token-handed-on"));

        assertThat(handedOn.status()).as(handedOn.toString()).isEqualTo(200);
        assertThat(Devices.of(mongo, seller.id())).isEmpty();
        assertThat(Devices.of(mongo, buyer.id())).extracting(Device::installationId).containsExactly("install-token-handed-on");
        String forBuyer = notices.publish(notices.announcement("霞山区通知", Notices.inDistricts("霞山区")), official, reviewer);
        notices.awaitDispatched(forBuyer);
        assertThat(fcm.received(m -> forBuyer.equals(m.noticeId()))).extracting(m -> m.token()).containsExactly("token-handed-on");
        String forSeller = notices.publish(notices.announcement("赤坎区通知", Notices.inDistricts("赤坎区")), official, reviewer);
        notices.awaitDispatched(forSeller);
        assertThat(fcm.received(m -> forSeller.equals(m.noticeId()))).as("the seller's pushes no longer reach the phone").isEmpty();
    }

    @Test
    void a_removed_device_gets_no_more_pushes_but_the_inbox_still_fills() {
        TestData.Worker ada = data.worker("token-signed-out", "赤坎区");

        Api.Reply removed = api.delete("/api/v1/me/devices/install-token-signed-out").as(ada.accessToken()).send();
        String id = notices.publish(notices.announcement("通知", Notices.everyone()), official, reviewer);
        notices.awaitDispatched(id);

        assertThat(removed.status()).isEqualTo(204);
        assertThat(Devices.of(mongo, ada.id())).isEmpty();
        assertThat(fcm.received(m -> id.equals(m.noticeId()))).isEmpty();
        assertThat(api.get("/api/v1/me/inbox").as(ada.accessToken()).send().body().path("items")).hasSize(1);
        assertThat(api.delete("/api/v1/me/devices/install-token-signed-out").as(ada.accessToken()).send().status())
                .as("removing twice is fine").isEqualTo(204);
    }

    @Test
    void a_worker_cannot_remove_someone_elses_device() {
        TestData.Worker ada = data.worker("token-ada-own", "赤坎区");
        TestData.Worker mallory = data.worker(null, "赤坎区");

        api.delete("/api/v1/me/devices/install-token-ada-own").as(mallory.accessToken()).send();

        assertThat(Devices.of(mongo, ada.id())).extracting(Device::installationId).containsExactly("install-token-ada-own");
    }

    @Test
    void a_registration_that_makes_no_sense_is_refused() {
        TestData.Worker ada = data.worker(null, "赤坎区");

        assertThat(register(ada, "short", map("platform", "ANDROID", "fcmToken", "t")).status()).isEqualTo(400);
        assertThat(register(ada, "install-ok-1", map("platform", "IOS", "fcmToken", "t")).status()).isEqualTo(400);
        assertThat(register(ada, "install-ok-1", map("platform", "ANDROID")).status()).isEqualTo(400);
        assertThat(register(ada, "install-ok-1", map("platform", "ANDROID", "fcmToken", "t", "locale", "ja")).status())
                .isEqualTo(400);
        assertThat(register(ada, "install-ok-1", map("platform", "ANDROID", "fcmToken", "t", "appVersion", "9".repeat(33)))
                .status()).isEqualTo(400);
        assertThat(Devices.of(mongo, ada.id())).isEmpty();
    }

    private Api.Reply register(TestData.Worker worker, String installationId, Map<String, Object> body) {
        return api.put("/api/v1/me/devices/" + installationId).as(worker.accessToken()).json(body).send();
    }
}
