package org.fugong.security;

import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker signs in with their phone: one code per phone a minute, valid five minutes, five tries;
 * the first sign-in creates the worker; refresh tokens rotate, and a reused one ends every session of
 * its sign-in. (The test profile's code is always 123456.)
 */
class WorkerSignInTest extends IntegrationTest {

    private static final String CODE = "123456";
    private static final String WRONG = "654321";

    @Test
    void a_second_code_within_a_minute_is_refused_until_the_minute_is_over() {
        String phone = TestData.phone();
        Api.Reply first = requestCode(phone);
        assertThat(first.status()).isEqualTo(202);
        assertThat(first.body().path("expiresInSeconds").asLong()).isEqualTo(300);

        clock.advance(Duration.ofSeconds(20));
        Api.Reply tooSoon = requestCode(phone);

        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(tooSoon.header("Retry-After"))).isBetween(1L, 40L);

        clock.advance(Duration.ofSeconds(41));
        assertThat(requestCode(phone).status()).isEqualTo(202);
    }

    @Test
    void codes_for_other_phones_are_not_held_back() {
        assertThat(requestCode(TestData.phone()).status()).isEqualTo(202);
        assertThat(requestCode(TestData.phone()).status()).isEqualTo(202);
    }

    @Test
    void a_wrong_code_is_refused_saying_how_many_tries_are_left() {
        String phone = TestData.phone();
        requestCode(phone);

        Api.Reply first = signIn(phone, WRONG);
        Api.Reply second = signIn(phone, WRONG);

        assertThat(first.status()).isEqualTo(401);
        assertThat(first.contentType()).startsWith("application/problem+json");
        assertThat(first.text("detail")).isEqualTo("Wrong code; 4 tries left.");
        assertThat(second.text("detail")).isEqualTo("Wrong code; 3 tries left.");
        assertThat(signIn(phone, CODE).status()).as("the right code still works").isEqualTo(200);
    }

    @Test
    void five_wrong_tries_void_the_code() {
        String phone = TestData.phone();
        requestCode(phone);
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(phone, WRONG).status()).isEqualTo(401);
        }

        Api.Reply fifth = signIn(phone, WRONG);
        Api.Reply rightButTooLate = signIn(phone, CODE);

        assertThat(fifth.status()).isEqualTo(401);
        assertThat(fifth.text("detail")).contains("void");
        assertThat(rightButTooLate.status()).isEqualTo(401);
        assertThat(rightButTooLate.body().has("accessToken")).isFalse();
    }

    @Test
    void a_voided_code_does_not_let_the_phone_skip_the_minute() {
        String phone = TestData.phone();
        requestCode(phone);
        for (int i = 0; i < 5; i++) {
            signIn(phone, WRONG);
        }

        Api.Reply straightAgain = requestCode(phone);

        assertThat(straightAgain.status()).as("five guesses per code, and one code a minute").isEqualTo(429);
        assertThat(signIn(phone, CODE).text("detail")).contains("void");
        clock.advance(Duration.ofSeconds(61));
        assertThat(requestCode(phone).status()).isEqualTo(202);
        assertThat(signIn(phone, CODE).status()).as("the new code works").isEqualTo(200);
    }

    @Test
    void an_expired_code_is_refused() {
        String phone = TestData.phone();
        requestCode(phone);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        Api.Reply late = signIn(phone, CODE);

        assertThat(late.status()).isEqualTo(401);
        assertThat(late.text("detail")).contains("expired");
    }

    @Test
    void a_code_is_used_up_by_signing_in() {
        String phone = TestData.phone();
        requestCode(phone);

        assertThat(signIn(phone, CODE).status()).isEqualTo(200);
        assertThat(signIn(phone, CODE).status()).isEqualTo(401);
    }

    @Test
    void the_first_sign_in_creates_the_worker_and_the_next_finds_the_same_one() {
        String phone = "+8613800138000";
        requestCode(phone);
        Api.Reply first = signIn(phone, CODE);
        assertThat(first.status()).isEqualTo(200);
        String workerId = first.text("workerId");
        assertThat(workerId).isNotBlank();
        assertThat(first.text("accessToken")).isNotBlank();
        assertThat(first.text("refreshToken")).isNotBlank();
        assertThat(first.body().path("expiresInSeconds").asLong()).isPositive();

        Api.Reply me = api.get("/api/v1/me").as(first.text("accessToken")).send();
        assertThat(me.text("id")).isEqualTo(workerId);
        assertThat(me.text("phone")).isEqualTo(phone);
        assertThat(me.text("phoneMasked")).isEqualTo("138****8000");

        clock.advance(Duration.ofMinutes(2));
        requestCode("138 0013 8000");
        Api.Reply again = signIn("0086-138-0013-8000", CODE);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("workerId")).isEqualTo(workerId);
    }

    @Test
    void refreshing_rotates_the_refresh_token() {
        Api.Reply session = signedIn();

        Api.Reply refreshed = refresh(session.text("refreshToken"));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.text("workerId")).isEqualTo(session.text("workerId"));
        assertThat(refreshed.text("refreshToken")).isNotEqualTo(session.text("refreshToken"));
        assertThat(api.get("/api/v1/me").as(refreshed.text("accessToken")).send().status()).isEqualTo(200);
        assertThat(refresh(session.text("refreshToken")).status()).as("the old refresh token").isEqualTo(401);
    }

    @Test
    void reusing_a_used_refresh_token_ends_every_session_of_that_sign_in() {
        Api.Reply session = signedIn();
        String first = session.text("refreshToken");
        String second = refresh(first).text("refreshToken");
        Api.Reply otherSignIn = signedIn();

        Api.Reply reuse = refresh(first);

        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.contentType()).startsWith("application/problem+json");
        assertThat(refresh(second).status()).as("the rotated token of the same sign-in is revoked too").isEqualTo(401);
        assertThat(refresh(otherSignIn.text("refreshToken")).status()).as("another sign-in is untouched").isEqualTo(200);
    }

    @Test
    void an_expired_access_token_is_refused() {
        Api.Reply session = signedIn();
        String access = session.text("accessToken");
        assertThat(api.get("/api/v1/me").as(access).send().status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(session.body().path("expiresInSeconds").asLong()).plusMinutes(2));
        Api.Reply expired = api.get("/api/v1/me").as(access).send();

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.contentType()).startsWith("application/problem+json");
        assertThat(refresh(session.text("refreshToken")).status()).as("the refresh token still works").isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "+85291234567", "+8612800138000", "+86138001380001", "电话号码", " "})
    void a_number_that_is_no_mainland_mobile_is_bad_input(String phone) {
        Api.Reply reply = requestCode(phone);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().path("errors").get(0).path("field").asText()).isEqualTo("phone");
        assertThat(signIn(phone, CODE).status()).isEqualTo(400);
    }

    private Api.Reply signedIn() {
        String phone = TestData.phone();
        assertThat(requestCode(phone).status()).isEqualTo(202);
        Api.Reply session = signIn(phone, CODE);
        assertThat(session.status()).as(session.toString()).isEqualTo(200);
        return session;
    }

    private Api.Reply requestCode(String phone) {
        return api.post("/api/v1/auth/otp").json(Map.of("phone", phone)).send();
    }

    private Api.Reply signIn(String phone, String code) {
        return api.post("/api/v1/auth/token").header("Accept-Language", "en").json(Map.of("phone", phone, "code", code)).send();
    }

    private Api.Reply refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh").json(Map.of("refreshToken", refreshToken)).send();
    }
}
