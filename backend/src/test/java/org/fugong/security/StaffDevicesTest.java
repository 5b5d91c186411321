package org.fugong.security;

import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import org.fugong.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A console user registers their own phone through the integration API, so the composer can send
 * them a test push: the registration is checked like a worker's, belongs to the caller, and is
 * removed again.
 */
class StaffDevicesTest extends IntegrationTest {

    @Autowired
    StaffDevices devices;

    @Test
    void an_official_registers_a_phone_for_test_pushes_and_removes_it() {
        String token = data.signedInStaff("phone.official", Role.OFFICIAL);
        Api.Reply registered = api.put("/api/v1/admin/me/devices/official-phone-1").as(token)
                .json(Map.of("platform", "ANDROID", "fcmToken", "staff-fcm-token", "locale", "en")).send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        assertThat(devices.of(users.findByUsername("phone.official").orElseThrow().toActor()))
                .extracting(StaffDevice::fcmToken).containsExactly("staff-fcm-token");

        Api.Reply bad = api.put("/api/v1/admin/me/devices/x").as(token).json(Map.of("platform", "ANDROID")).send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("errors").toString()).contains("installationId", "fcmToken");

        assertThat(api.delete("/api/v1/admin/me/devices/official-phone-1").as(token).send().status()).isEqualTo(204);
        assertThat(devices.of(users.findByUsername("phone.official").orElseThrow().toActor())).isEmpty();
    }
}
