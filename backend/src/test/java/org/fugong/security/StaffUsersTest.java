package org.fugong.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import org.fugong.base.Messages;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.List;

import static fugong.testing.Notices.list;
import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Console users over the integration API: an ADMIN creates them, they sign in for a token, a disabled
 * user's token stops working at once, and sign-in calls are rate-limited per client.
 */
class StaffUsersTest extends IntegrationTest {

    @Autowired
    Messages messages;

    @Autowired
    ObjectMapper mapper;

    private StaffUser adminUser;
    private String admin;

    @BeforeEach
    void anAdmin() {
        adminUser = data.staff("users.admin", Role.ADMIN);
        admin = api.staffToken("users.admin", "password-1");
    }

    @Test
    void an_admin_creates_an_official_who_can_then_sign_in() {
        Api.Reply created = api.post("/api/v1/admin/users").as(admin).json(map("username", "Zhang.Official",
                "password", "correct-horse", "displayName", "张科长", "roles", list("OFFICIAL"))).send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("username")).isEqualTo("zhang.official");
        assertThat(created.body().path("roles").get(0).asText()).isEqualTo("OFFICIAL");
        assertThat(created.raw().body()).doesNotContain("correct-horse").doesNotContainIgnoringCase("password");
        String token = api.staffToken("zhang.official", "correct-horse");
        assertThat(api.get("/api/v1/admin/notices").as(token).send().status()).isEqualTo(200);
        assertThat(api.post("/api/v1/admin/auth/token").json(map("username", "zhang.official", "password", "wrong-horse"))
                .send().status()).isEqualTo(401);
    }

    @Test
    void an_hr_user_belongs_to_a_registered_enterprise() {
        data.staff("users.official", Role.OFFICIAL);
        Enterprise factory = data.enterprise("湛江癸厂", users.findByUsername("users.official").orElseThrow(), false);

        Api.Reply created = api.post("/api/v1/admin/users").as(admin).json(map("username", "hr.factory",
                "password", "password-1", "roles", list("HR"), "enterpriseId", factory.id())).send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("enterpriseId")).isEqualTo(factory.id());
        String hr = api.staffToken("hr.factory", "password-1");
        assertThat(api.get("/api/v1/admin/notices").as(hr).send().status()).isEqualTo(200);
        assertThat(api.post("/api/v1/admin/users").as(hr).json(map("username", "hr.friend", "password", "password-1",
                "roles", list("ADMIN"))).send().status()).as("HR cannot make users").isEqualTo(403);
    }

    @Test
    void a_disabled_users_token_stops_working_at_once() {
        StaffUser official = data.staff("users.leaving", Role.OFFICIAL);
        String token = api.staffToken("users.leaving", "password-1");
        assertThat(api.get("/api/v1/admin/notices").as(token).send().status()).isEqualTo(200);

        users.setEnabled(official.id(), false, adminUser.toActor());

        Api.Reply refused = api.get("/api/v1/admin/notices").as(token).send();
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/v1/admin/auth/token").json(map("username", "users.leaving", "password", "password-1"))
                .send().status()).isEqualTo(401);
    }

    @Test
    void sign_in_calls_over_the_limit_are_told_when_to_come_back() throws Exception {
        AuthRateLimiter limiter = new AuthRateLimiter(2, messages, mapper);

        List<MockHttpServletResponse> answers = List.of(call(limiter, "/api/v1/auth/otp", "10.0.0.1"),
                call(limiter, "/api/v1/auth/otp", "10.0.0.1"), call(limiter, "/api/v1/admin/auth/token", "10.0.0.1"));
        MockHttpServletResponse otherClient = call(limiter, "/api/v1/auth/otp", "10.0.0.2");
        MockHttpServletResponse notSignIn = call(limiter, "/api/v1/me", "10.0.0.1");

        assertThat(answers.get(0).getStatus()).isEqualTo(200);
        assertThat(answers.get(1).getStatus()).isEqualTo(200);
        MockHttpServletResponse limited = answers.get(2);
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(limited.getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(limited.getContentType()).startsWith("application/problem+json");
        assertThat(mapper.readTree(limited.getContentAsByteArray()).path("status").asInt()).isEqualTo(429);
        assertThat(otherClient.getStatus()).isEqualTo(200);
        assertThat(notSignIn.getStatus()).isEqualTo(200);
    }

    private static MockHttpServletResponse call(AuthRateLimiter limiter, String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limiter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
