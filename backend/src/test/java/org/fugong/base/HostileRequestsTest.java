package org.fugong.base;

import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.RawHttp;
import fugong.testing.TestData;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker sends below the level of well-formed JSON still gets a problem detail in the
 * caller's language: paths and headers Tomcat or Spring Security's firewall refuse, unknown paths,
 * oversize bodies (refused from the declared length, without reading them), a key in raw non-ASCII
 * bytes; and text fields refuse what no name holds: a number, control and direction-override
 * characters, half a surrogate pair; a profile's enterprise must exist.
 */
class HostileRequestsTest extends IntegrationTest {

    @Test
    void an_encoded_slash_dot_dot_or_nul_in_a_path_is_a_problem_detail_not_tomcats_page() {
        for (String path : new String[]{"/api/v1/notices/..%2f..%2fetc%2fpasswd", "/api/v1/notices/%00",
                "/api/v1/notices/a%2e%2e/read", "/api/v1/notices/x;jsessionid=1", "/api/v1//notices"}) {
            RawHttp.Answer answer = RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept-Language: en\r\nConnection: close");
            assertProblem(answer, 400);
            assertThat(answer.json().path("detail").asText()).as(path).doesNotContain("<html").isNotBlank();
        }
    }

    @Test
    void a_very_long_path_or_header_is_a_problem_detail() {
        RawHttp.Answer longPath = RawHttp.send(port, "GET /api/v1/notices/" + "a".repeat(20_000)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close");
        RawHttp.Answer longHeader = RawHttp.send(port, "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nX-Junk: "
                + "b".repeat(20_000) + "\r\nConnection: close");

        assertThat(longPath.status()).isBetween(400, 431);
        assertProblem(longPath, longPath.status());
        assertThat(longHeader.status()).isBetween(400, 431);
        assertProblem(longHeader, longHeader.status());
    }

    @Test
    void a_20_mb_body_to_the_sign_in_call_is_refused_from_its_declared_length_without_being_read() {
        long started = System.nanoTime();
        RawHttp.Answer answer = RawHttp.send(port, ("POST /api/v1/auth/otp HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 20971520\r\nConnection: close")
                        .getBytes(StandardCharsets.ISO_8859_1), "{\"phone\":\"".getBytes(StandardCharsets.UTF_8));

        assertProblem(answer, 413);
        assertThat((System.nanoTime() - started) / 1_000_000).as("no waiting for 20 MB").isLessThan(10_000);
    }

    @Test
    void a_body_sent_in_chunks_is_cut_off_at_its_endpoints_limit() {
        String chunk = "{\"phone\":\"" + "1".repeat(9_000) + "\"}";
        byte[] body = (Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer answer = RawHttp.send(port, ("POST /api/v1/auth/otp HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close")
                .getBytes(StandardCharsets.ISO_8859_1), body);

        assertProblem(answer, 413);
    }

    @Test
    void an_idempotency_key_in_raw_utf8_bytes_is_a_400_not_a_500() {
        TestData.Worker ada = data.worker(null, "赤坎区");
        byte[] head = ("POST /api/v1/notices/" + "65f0c0ffee0000000000beef" + "/responses HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + ada.accessToken() + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\nConnection: close\r\nIdempotency-Key: ").getBytes(StandardCharsets.ISO_8859_1);
        byte[] key = "键-🔑".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + key.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(key, 0, all, head.length, key.length);

        RawHttp.Answer answer = RawHttp.send(port, all, "{}".getBytes(StandardCharsets.UTF_8));

        assertProblem(answer, 400);
    }

    @Test
    void unknown_api_paths_wrong_methods_and_media_types_are_problem_details_in_the_callers_language() {
        TestData.Worker ada = data.worker(null, "赤坎区");

        Api.Reply unknown = api.get("/api/v1/no/such/thing").as(ada.accessToken()).header("Accept-Language", "en").send();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.text("detail")).isEqualTo("There is nothing at this address.");
        Api.Reply chinese = api.get("/api/v1/no/such/thing").as(ada.accessToken()).header("Accept-Language", "zh-CN").send();
        assertThat(chinese.text("detail")).isEqualTo("请求的地址不存在。");
        Api.Reply method = api.patch("/api/v1/me/inbox").as(ada.accessToken()).json("{}").send();
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.contentType()).startsWith("application/problem+json");
        Api.Reply media = api.put("/api/v1/me").as(ada.accessToken()).raw("name=x", "application/x-www-form-urlencoded").send();
        assertThat(media.status()).isEqualTo(415);
        assertThat(media.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_name_refuses_a_number_control_and_direction_characters_and_half_a_surrogate_pair() {
        TestData.Worker ada = data.worker(null, "赤坎区");

        assertFieldError(api.put("/api/v1/me").as(ada.accessToken()).json("{\"name\": 12345}").send(), "name");
        assertFieldError(api.put("/api/v1/me").as(ada.accessToken()).json("{\"name\": \"\\ud800abc\"}").send(), "name");
        assertFieldError(api.put("/api/v1/me").as(ada.accessToken()).json(Map.of("name", "evil\u202Egnp.exe")).send(), "name");
        assertFieldError(api.put("/api/v1/me").as(ada.accessToken()).json(Map.of("name", "tab\u0007bell")).send(), "name");
        assertFieldError(api.put("/api/v1/me").as(ada.accessToken()).json(Map.of("name", "x\u2066y")).send(), "name");
        Api.Reply emoji = api.put("/api/v1/me").as(ada.accessToken()).json(Map.of("name", "阿达👷‍♀️")).send();
        assertThat(emoji.status()).as("a whole emoji is a character like any other").isEqualTo(200);
        assertThat(emoji.text("name")).isEqualTo("阿达👷‍♀️");
    }

    @Test
    void a_profiles_enterprise_must_exist() {
        TestData.Worker ada = data.worker(null, "赤坎区");

        Api.Reply reply = api.put("/api/v1/me").as(ada.accessToken())
                .json(map("name", "阿达", "enterpriseId", "65f0c0ffee0000000000beef")).send();

        assertFieldError(reply, "enterpriseId");
    }

    private static void assertFieldError(Api.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().path("errors").findValuesAsText("field")).as(reply.toString()).contains(field);
    }

    private static void assertProblem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.json().path("detail").asText()).as(answer.toString()).isNotBlank();
    }
}
