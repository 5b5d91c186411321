package org.fugong.base;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.fugong.enterprise.Enterprise;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static fugong.testing.Notices.list;
import static fugong.testing.Notices.map;
import static fugong.testing.Notices.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Bad input on every endpoint of the Worker API and of the integration API's notice, audience,
 * response and user calls gets an RFC 9457 problem detail with the right 4xx status — never a 500.
 * One world is built once; each case is one request against it that changes nothing.
 */
class ProblemDetailsTest extends IntegrationTest {

    /** Marks a 400 that is not about one field (the body is not JSON at all): no {@code errors} expected. */
    private static final String NO_FIELD = null;
    private static final String W = "/api/v1";
    private static final String A = "/api/v1/admin";
    private static final String UNKNOWN_ID = "65f0c0ffee0000000000beef";
    private static final String MALFORMED = "{\"phone\": ";

    /** What the cases act on: users of every role, two enterprises, two workers, notices in each state. */
    private record World(String official, String otherOfficial, String reviewer, String admin, String hrA,
                         String hrB, String enterpriseA, TestData.Worker ada, TestData.Worker bo,
                         String draftId, String inReviewId, String publishedId, Map<String, Object> publishedDraft,
                         String adasResponse, String bosCancelledResponse) {
    }

    private record Case(String name, Supplier<Api.Reply> call, int status, String field) {
    }

    @TestFactory
    Stream<DynamicTest> bad_input_on_every_endpoint_gets_a_problem_detail_with_the_right_status() {
        World world = world();
        return cases(world).stream().map(c -> dynamicTest(c.name(), () -> {
            Api.Reply reply = c.call().get();
            try {
                assertProblem(reply, c.status(), c.field());
            } catch (AssertionError e) {
                // reports name dynamic tests by number: say which case it was
                throw new AssertionError(c.name() + ": " + e.getMessage(), e);
            }
        }));
    }

    @Test
    void problems_speak_the_callers_language() {
        String body = "{\"phone\": \"12345\"}";
        Api.Reply chinese = api.post(W + "/auth/otp").json(body).send();
        Api.Reply english = api.post(W + "/auth/otp").json(body).header("Accept-Language", "en").send();

        assertThat(chinese.body().path("errors").get(0).path("message").asText()).contains("手机号");
        assertThat(english.body().path("errors").get(0).path("message").asText()).contains("mobile number");
        assertThat(english.text("detail")).isEqualTo("Some input is not valid; see the fields marked.");
    }

    @Test
    void a_problem_never_carries_a_stack_trace() {
        Api.Reply reply = api.post(A + "/notices").as(data.signedInStaff("stack.official", Role.OFFICIAL))
                .json("{\"type\": \"ANNOUNCEMENT\", \"title\": ").send();

        assertProblem(reply, 400, NO_FIELD);
        assertThat(reply.raw().body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private static void assertProblem(Api.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        JsonNode body = reply.body();
        assertThat(body.path("status").asInt()).as(reply.toString()).isEqualTo(status);
        assertThat(body.path("title").asText()).as(reply.toString()).isNotBlank();
        assertThat(body.path("detail").asText()).as(reply.toString()).isNotBlank();
        assertThat(body.path("type").asText()).as(reply.toString()).isNotBlank();
        if (field != null) {
            JsonNode errors = body.path("errors");
            assertThat(errors.isArray()).as(reply.toString()).isTrue();
            assertThat(errors).as(reply.toString()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.path("field").asText()).isNotBlank();
                assertThat(error.path("message").asText()).isNotBlank();
            });
            assertThat(StreamSupport.stream(errors.spliterator(), false).map(e -> e.path("field").asText()))
                    .as(reply.toString()).contains(field);
        }
    }

    private World world() {
        StaffUser officialUser = data.staff("pd.official", Role.OFFICIAL);
        data.staff("pd.official2", Role.OFFICIAL);
        data.staff("pd.reviewer", Role.REVIEWER);
        data.staff("pd.admin", Role.ADMIN);
        Enterprise a = data.enterprise("湛江甲厂", officialUser, false);
        Enterprise b = data.enterprise("湛江乙厂", officialUser, false);
        data.hr("pd.hr.a", a.id());
        data.hr("pd.hr.b", b.id());
        String official = api.staffToken("pd.official", "password-1");
        String reviewer = api.staffToken("pd.reviewer", "password-1");

        TestData.Worker ada = data.worker("token-pd-ada", "赤坎区");
        TestData.Worker bo = data.worker("token-pd-bo", "赤坎区");

        String draftId = notices.create(notices.announcement("草稿通知", Notices.everyone()), official);
        String inReviewId = notices.submitted(notices.announcement("待审通知", Notices.everyone()), official);
        Map<String, Object> postingDraft = notices.jobPosting(a.id(), Notices.everyone());
        String publishedId = notices.publish(postingDraft, official, reviewer);
        notices.awaitDispatched(publishedId);

        Map<String, Object> apply = map("kind", "APPLY", "fields", map("message", "我有经验"));
        Api.Reply adas = api.post(W + "/notices/" + publishedId + "/responses").as(ada.accessToken())
                .header("Idempotency-Key", "pd-ada").json(apply).send();
        Api.Reply bos = api.post(W + "/notices/" + publishedId + "/responses").as(bo.accessToken())
                .header("Idempotency-Key", "pd-bo").json(apply).send();
        assertThat(adas.status()).as(adas.toString()).isEqualTo(201);
        assertThat(bos.status()).as(bos.toString()).isEqualTo(201);
        assertThat(api.delete(W + "/me/responses/" + bos.text("id")).as(bo.accessToken()).send().status()).isEqualTo(204);

        return new World(official, api.staffToken("pd.official2", "password-1"), reviewer,
                api.staffToken("pd.admin", "password-1"), api.staffToken("pd.hr.a", "password-1"),
                api.staffToken("pd.hr.b", "password-1"), a.id(), ada, bo, draftId, inReviewId, publishedId,
                postingDraft, adas.text("id"), bos.text("id"));
    }

    private static String cursor(String... parts) {
        return Cursor.of(parts).encode();
    }

    private List<Case> cases(World w) {
        List<Case> cases = new ArrayList<>();
        String ada = w.ada().accessToken();
        String bo = w.bo().accessToken();
        String phone = TestData.phone();

        // POST /auth/otp
        cases.add(new Case("otp: malformed JSON", () -> api.post(W + "/auth/otp").json(MALFORMED).send(), 400, NO_FIELD));
        cases.add(new Case("otp: phone of the wrong JSON type",
                () -> api.post(W + "/auth/otp").json(map("phone", list(phone))).send(), 400, "phone"));
        cases.add(new Case("otp: phone missing", () -> api.post(W + "/auth/otp").json(map()).send(), 400, "phone"));
        cases.add(new Case("otp: not a mainland mobile number",
                () -> api.post(W + "/auth/otp").json(map("phone", "+8612345678901")).send(), 400, "phone"));
        cases.add(new Case("otp: no body", () -> api.post(W + "/auth/otp").send(), 400, NO_FIELD));
        cases.add(new Case("otp: not JSON at all",
                () -> api.post(W + "/auth/otp").raw("phone=1", "text/plain").send(), 415, NO_FIELD));

        // POST /auth/token
        cases.add(new Case("token: malformed JSON", () -> api.post(W + "/auth/token").json(MALFORMED).send(), 400, NO_FIELD));
        cases.add(new Case("token: code of the wrong JSON type",
                () -> api.post(W + "/auth/token").json(map("phone", phone, "code", map("value", 1))).send(), 400, "code"));
        cases.add(new Case("token: code missing",
                () -> api.post(W + "/auth/token").json(map("phone", phone)).send(), 400, "code"));
        cases.add(new Case("token: code not digits",
                () -> api.post(W + "/auth/token").json(map("phone", phone, "code", "12ab56")).send(), 400, "code"));
        cases.add(new Case("token: phone not a mobile number",
                () -> api.post(W + "/auth/token").json(map("phone", "110", "code", "123456")).send(), 400, "phone"));
        cases.add(new Case("token: no code was requested",
                () -> api.post(W + "/auth/token").json(map("phone", phone, "code", "123456")).send(), 401, NO_FIELD));

        // POST /auth/refresh
        cases.add(new Case("refresh: malformed JSON", () -> api.post(W + "/auth/refresh").json(MALFORMED).send(), 400, NO_FIELD));
        cases.add(new Case("refresh: token missing", () -> api.post(W + "/auth/refresh").json(map()).send(), 400, "refreshToken"));
        cases.add(new Case("refresh: token of the wrong JSON type",
                () -> api.post(W + "/auth/refresh").json(map("refreshToken", map("a", 1))).send(), 400, "refreshToken"));
        cases.add(new Case("refresh: unknown token",
                () -> api.post(W + "/auth/refresh").json(map("refreshToken", "not-a-token")).send(), 401, NO_FIELD));

        // GET /me
        cases.add(new Case("me: no token", () -> api.get(W + "/me").send(), 401, NO_FIELD));
        cases.add(new Case("me: a token that is not a JWT", () -> api.get(W + "/me").as("garbage").send(), 401, NO_FIELD));
        cases.add(new Case("me: a staff token", () -> api.get(W + "/me").as(w.official()).send(), 403, NO_FIELD));

        // PUT /me
        cases.add(new Case("profile: malformed JSON", () -> api.put(W + "/me").as(ada).json(MALFORMED).send(), 400, NO_FIELD));
        cases.add(new Case("profile: unknown employment status",
                () -> api.put(W + "/me").as(ada).json(map("employmentStatus", "RETIRED")).send(), 400, "employmentStatus"));
        cases.add(new Case("profile: skills as a string, not a list",
                () -> api.put(W + "/me").as(ada).json(map("skills", "welding")).send(), 400, "skills"));
        cases.add(new Case("profile: unknown province",
                () -> api.put(W + "/me").as(ada).json(map("hometown", map("province", "火星省"))).send(), 400, "hometown.province"));
        cases.add(new Case("profile: city of another province",
                () -> api.put(W + "/me").as(ada).json(map("hometown", map("province", "广东省", "city", "玉林市"))).send(),
                400, "hometown.city"));
        cases.add(new Case("profile: unknown district",
                () -> api.put(W + "/me").as(ada).json(map("district", "不存在区")).send(), 400, "district"));
        cases.add(new Case("profile: unsupported language",
                () -> api.put(W + "/me").as(ada).json(map("locale", "fr")).send(), 400, "locale"));
        cases.add(new Case("profile: unknown notice type in subscriptions",
                () -> api.put(W + "/me").as(ada).json(map("subscriptions", list("SPAM"))).send(), 400, "subscriptions[0]"));
        cases.add(new Case("profile: null in subscriptions",
                () -> api.put(W + "/me").as(ada).json("{\"subscriptions\": [null]}").send(), 400, "subscriptions"));
        cases.add(new Case("profile: industry that is not a code",
                () -> api.put(W + "/me").as(ada).json(map("industries", list("Bad Code!"))).send(), 400, "industries[0]"));
        cases.add(new Case("profile: name too long",
                () -> api.put(W + "/me").as(ada).json(map("name", "名".repeat(51))).send(), 400, "name"));
        cases.add(new Case("profile: no token", () -> api.put(W + "/me").json(map()).send(), 401, NO_FIELD));
        cases.add(new Case("profile: a staff token", () -> api.put(W + "/me").as(w.official()).json(map()).send(), 403, NO_FIELD));

        // PUT /me/devices/{installationId}
        Map<String, Object> device = map("platform", "ANDROID", "fcmToken", "token-pd-new", "locale", "zh-CN");
        cases.add(new Case("device: installation id too short",
                () -> api.put(W + "/me/devices/x").as(ada).json(device).send(), 400, "installationId"));
        cases.add(new Case("device: unknown platform",
                () -> api.put(W + "/me/devices/install-pd-1").as(ada).json(map("platform", "IOS", "fcmToken", "t")).send(),
                400, "platform"));
        cases.add(new Case("device: token missing",
                () -> api.put(W + "/me/devices/install-pd-1").as(ada).json(map("platform", "ANDROID")).send(), 400, "fcmToken"));
        cases.add(new Case("device: platform missing",
                () -> api.put(W + "/me/devices/install-pd-1").as(ada).json(map("fcmToken", "token-x")).send(), 400, "platform"));
        cases.add(new Case("device: token with spaces",
                () -> api.put(W + "/me/devices/install-pd-1").as(ada).json(map("platform", "ANDROID", "fcmToken", "a b")).send(),
                400, "fcmToken"));
        cases.add(new Case("device: unsupported language",
                () -> api.put(W + "/me/devices/install-pd-1").as(ada)
                        .json(map("platform", "ANDROID", "fcmToken", "token-x", "locale", "de")).send(), 400, "locale"));
        cases.add(new Case("device: malformed JSON",
                () -> api.put(W + "/me/devices/install-pd-1").as(ada).json(MALFORMED).send(), 400, NO_FIELD));
        cases.add(new Case("device: no token", () -> api.put(W + "/me/devices/install-pd-1").json(device).send(), 401, NO_FIELD));
        cases.add(new Case("device: a staff token",
                () -> api.put(W + "/me/devices/install-pd-1").as(w.official()).json(device).send(), 403, NO_FIELD));

        // DELETE /me/devices/{installationId}
        cases.add(new Case("device removal: no token", () -> api.delete(W + "/me/devices/install-pd-1").send(), 401, NO_FIELD));
        cases.add(new Case("device removal: a staff token",
                () -> api.delete(W + "/me/devices/install-pd-1").as(w.admin()).send(), 403, NO_FIELD));

        // GET /me/inbox
        cases.add(new Case("inbox: limit 0", () -> api.get(W + "/me/inbox?limit=0").as(ada).send(), 400, "limit"));
        cases.add(new Case("inbox: limit 101", () -> api.get(W + "/me/inbox?limit=101").as(ada).send(), 400, "limit"));
        cases.add(new Case("inbox: limit not a number", () -> api.get(W + "/me/inbox?limit=ten").as(ada).send(), 400, "limit"));
        cases.add(new Case("inbox: garbage cursor", () -> api.get(W + "/me/inbox?cursor=%21%21garbage").as(ada).send(), 400, "cursor"));
        cases.add(new Case("inbox: cursor of another list",
                () -> api.get(W + "/me/inbox?cursor=" + cursor("1700000000000")).as(ada).send(), 400, "cursor"));
        cases.add(new Case("inbox: cursor with a bad time",
                () -> api.get(W + "/me/inbox?cursor=" + cursor("yesterday", "x")).as(ada).send(), 400, "cursor"));
        cases.add(new Case("inbox: no token", () -> api.get(W + "/me/inbox").send(), 401, NO_FIELD));
        cases.add(new Case("inbox: a staff token", () -> api.get(W + "/me/inbox").as(w.hrA()).send(), 403, NO_FIELD));

        // GET /notices/{id}
        cases.add(new Case("notice: id that is not an id", () -> api.get(W + "/notices/not-an-id").as(ada).send(), 404, NO_FIELD));
        cases.add(new Case("notice: unknown id", () -> api.get(W + "/notices/" + UNKNOWN_ID).as(ada).send(), 404, NO_FIELD));
        cases.add(new Case("notice: a draft", () -> api.get(W + "/notices/" + w.draftId()).as(ada).send(), 404, NO_FIELD));
        cases.add(new Case("notice: no token", () -> api.get(W + "/notices/" + w.publishedId()).send(), 401, NO_FIELD));
        cases.add(new Case("notice: a staff token",
                () -> api.get(W + "/notices/" + w.publishedId()).as(w.official()).send(), 403, NO_FIELD));

        // POST /notices/{id}/read
        cases.add(new Case("read: unknown id", () -> api.post(W + "/notices/" + UNKNOWN_ID + "/read").as(ada).send(), 404, NO_FIELD));
        cases.add(new Case("read: id that is not an id", () -> api.post(W + "/notices/zzz/read").as(ada).send(), 404, NO_FIELD));
        cases.add(new Case("read: a staff token",
                () -> api.post(W + "/notices/" + w.publishedId() + "/read").as(w.reviewer()).send(), 403, NO_FIELD));
        cases.add(new Case("read: no token", () -> api.post(W + "/notices/" + w.publishedId() + "/read").send(), 401, NO_FIELD));

        // POST /notices/{id}/responses
        String respond = W + "/notices/" + w.publishedId() + "/responses";
        Map<String, Object> apply = map("kind", "APPLY", "fields", map("message", "你好"));
        cases.add(new Case("respond: no Idempotency-Key",
                () -> api.post(respond).as(bo).json(apply).send(), 400, "Idempotency-Key"));
        cases.add(new Case("respond: Idempotency-Key with spaces",
                () -> api.post(respond).as(bo).header("Idempotency-Key", "two words").json(apply).send(), 400, "Idempotency-Key"));
        cases.add(new Case("respond: Idempotency-Key too long",
                () -> api.post(respond).as(bo).header("Idempotency-Key", "k".repeat(101)).json(apply).send(), 400, "Idempotency-Key"));
        cases.add(new Case("respond: malformed JSON",
                () -> api.post(respond).as(bo).header("Idempotency-Key", "pd-1").json(MALFORMED).send(), 400, NO_FIELD));
        cases.add(new Case("respond: unknown kind",
                () -> api.post(respond).as(bo).header("Idempotency-Key", "pd-2").json(map("kind", "VOTE")).send(), 400, "kind"));
        cases.add(new Case("respond: fields not an object",
                () -> api.post(respond).as(bo).header("Idempotency-Key", "pd-3").json(map("kind", "APPLY", "fields", "x")).send(),
                400, "fields"));
        cases.add(new Case("respond: kind missing",
                () -> api.post(respond).as(bo).header("Idempotency-Key", "pd-4").json(map("fields", map())).send(), 400, "kind"));
        cases.add(new Case("respond: the wrong kind for the notice",
                () -> api.post(respond).as(bo).header("Idempotency-Key", "pd-5").json(map("kind", "RSVP")).send(), 400, "kind"));
        cases.add(new Case("respond: an unknown field",
                () -> api.post(respond).as(bo).header("Idempotency-Key", "pd-6")
                        .json(map("kind", "APPLY", "fields", map("shoeSize", 42))).send(), 400, "fields.shoeSize"));
        cases.add(new Case("respond: a field of the wrong type",
                () -> api.post(respond).as(bo).header("Idempotency-Key", "pd-7")
                        .json(map("kind", "APPLY", "fields", map("expectedSalary", "lots"))).send(), 400, "fields.expectedSalary"));
        cases.add(new Case("respond: unknown notice",
                () -> api.post(W + "/notices/" + UNKNOWN_ID + "/responses").as(bo).header("Idempotency-Key", "pd-8")
                        .json(apply).send(), 404, NO_FIELD));
        cases.add(new Case("respond: a second active response",
                () -> api.post(respond).as(ada).header("Idempotency-Key", "pd-9").json(apply).send(), 409, NO_FIELD));
        cases.add(new Case("respond: a staff token",
                () -> api.post(respond).as(w.official()).header("Idempotency-Key", "pd-10").json(apply).send(), 403, NO_FIELD));
        cases.add(new Case("respond: no token",
                () -> api.post(respond).header("Idempotency-Key", "pd-11").json(apply).send(), 401, NO_FIELD));

        // GET /me/responses
        cases.add(new Case("my responses: negative limit", () -> api.get(W + "/me/responses?limit=-1").as(ada).send(), 400, "limit"));
        cases.add(new Case("my responses: unknown status",
                () -> api.get(W + "/me/responses?status=LOST").as(ada).send(), 400, "status"));
        cases.add(new Case("my responses: garbage cursor",
                () -> api.get(W + "/me/responses?cursor=zzzz").as(ada).send(), 400, "cursor"));
        cases.add(new Case("my responses: cursor of another list",
                () -> api.get(W + "/me/responses?cursor=" + cursor("1700000000000")).as(ada).send(), 400, "cursor"));
        cases.add(new Case("my responses: cursor with a bad id",
                () -> api.get(W + "/me/responses?cursor=" + cursor("1700000000000", "nope")).as(ada).send(), 400, "cursor"));
        cases.add(new Case("my responses: no token", () -> api.get(W + "/me/responses").send(), 401, NO_FIELD));
        cases.add(new Case("my responses: a staff token", () -> api.get(W + "/me/responses").as(w.admin()).send(), 403, NO_FIELD));

        // DELETE /me/responses/{id}
        cases.add(new Case("cancel: id that is not an id", () -> api.delete(W + "/me/responses/xyz").as(ada).send(), 404, NO_FIELD));
        cases.add(new Case("cancel: unknown id", () -> api.delete(W + "/me/responses/" + UNKNOWN_ID).as(ada).send(), 404, NO_FIELD));
        cases.add(new Case("cancel: someone else's response",
                () -> api.delete(W + "/me/responses/" + w.adasResponse()).as(bo).send(), 404, NO_FIELD));
        cases.add(new Case("cancel: already cancelled",
                () -> api.delete(W + "/me/responses/" + w.bosCancelledResponse()).as(bo).send(), 409, NO_FIELD));
        cases.add(new Case("cancel: a staff token",
                () -> api.delete(W + "/me/responses/" + w.adasResponse()).as(w.official()).send(), 403, NO_FIELD));
        cases.add(new Case("cancel: no token", () -> api.delete(W + "/me/responses/" + w.adasResponse()).send(), 401, NO_FIELD));

        // POST /admin/auth/token
        cases.add(new Case("staff token: malformed JSON", () -> api.post(A + "/auth/token").json(MALFORMED).send(), 400, NO_FIELD));
        cases.add(new Case("staff token: username missing",
                () -> api.post(A + "/auth/token").json(map("password", "password-1")).send(), 400, "username"));
        cases.add(new Case("staff token: password missing",
                () -> api.post(A + "/auth/token").json(map("username", "pd.official")).send(), 400, "password"));
        cases.add(new Case("staff token: username of the wrong JSON type",
                () -> api.post(A + "/auth/token").json(map("username", list("a"), "password", "x")).send(), 400, "username"));
        cases.add(new Case("staff token: wrong password",
                () -> api.post(A + "/auth/token").json(map("username", "pd.official", "password", "wrong-pw")).send(), 401, NO_FIELD));
        cases.add(new Case("staff token: unknown user",
                () -> api.post(A + "/auth/token").json(map("username", "nobody", "password", "password-1")).send(), 401, NO_FIELD));

        // POST /admin/notices
        cases.add(new Case("create notice: no token",
                () -> api.post(A + "/notices").json(notices.announcement("通知", Notices.everyone())).send(), 401, NO_FIELD));
        cases.add(new Case("create notice: a worker token",
                () -> api.post(A + "/notices").as(ada).json(notices.announcement("通知", Notices.everyone())).send(), 403, NO_FIELD));
        cases.add(new Case("create notice: an HR user",
                () -> api.post(A + "/notices").as(w.hrA()).json(notices.announcement("通知", Notices.everyone())).send(), 403, NO_FIELD));
        cases.add(new Case("create notice: a reviewer",
                () -> api.post(A + "/notices").as(w.reviewer()).json(notices.announcement("通知", Notices.everyone())).send(), 403, NO_FIELD));
        cases.add(new Case("create notice: malformed JSON",
                () -> api.post(A + "/notices").as(w.official()).json(MALFORMED).send(), 400, NO_FIELD));
        cases.add(new Case("create notice: not JSON",
                () -> api.post(A + "/notices").as(w.official()).raw("<notice/>", "application/xml").send(), 415, NO_FIELD));
        cases.add(new Case("create notice: unknown type",
                () -> api.post(A + "/notices").as(w.official()).json(map("type", "MEMO")).send(), 400, "type"));
        cases.add(new Case("create notice: title and audience missing",
                () -> api.post(A + "/notices").as(w.official()).json(map("type", "ANNOUNCEMENT")).send(), 400, "title.zh-CN"));
        cases.add(new Case("create notice: title as a string",
                () -> api.post(A + "/notices").as(w.official()).json(with(notices.announcement("通知", Notices.everyone()),
                        "title", "通知")).send(), 400, "title"));
        cases.add(new Case("create notice: expiry that is not a time",
                () -> api.post(A + "/notices").as(w.official()).json(with(notices.announcement("通知", Notices.everyone()),
                        "expiresAt", "tomorrow")).send(), 400, "expiresAt"));
        cases.add(new Case("create notice: an expiry no date can hold",
                () -> api.post(A + "/notices").as(w.official()).json(with(notices.announcement("通知", Notices.everyone()),
                        "expiresAt", "+1000000000-12-31T23:59:59Z")).send(), 400, "expiresAt"));
        cases.add(new Case("create notice: a bus leaving at the end of time",
                () -> {
                    Map<String, Object> bus = notices.returnBus(3, List.of("玉林站"), Notices.everyone());
                    part(bus, "returnBus").put("departsAt", "+1000000000-12-31T23:59:59Z");
                    return api.post(A + "/notices").as(w.official()).json(bus).send();
                }, 400, "returnBus.departsAt"));
        cases.add(new Case("create notice: seats that are not a number",
                () -> {
                    Map<String, Object> bus = notices.returnBus(3, List.of("玉林站"), Notices.everyone());
                    part(bus, "returnBus").put("seats", "many");
                    return api.post(A + "/notices").as(w.official()).json(bus).send();
                }, 400, "returnBus.seats"));
        cases.add(new Case("create notice: unknown response kind",
                () -> api.post(A + "/notices").as(w.official()).json(with(notices.announcement("通知", Notices.everyone()),
                        "responseKind", "VOTE")).send(), 400, "responseKind"));
        cases.add(new Case("create notice: empty audience",
                () -> api.post(A + "/notices").as(w.official()).json(notices.announcement("通知", map("all", false))).send(),
                400, "audience"));

        // PUT /admin/notices/{id}
        cases.add(new Case("edit notice: id that is not an id",
                () -> api.put(A + "/notices/abc").as(w.official()).json(notices.announcement("通知", Notices.everyone())).send(),
                404, NO_FIELD));
        cases.add(new Case("edit notice: unknown id",
                () -> api.put(A + "/notices/" + UNKNOWN_ID).as(w.official()).json(notices.announcement("通知", Notices.everyone())).send(),
                404, NO_FIELD));
        cases.add(new Case("edit notice: a published notice",
                () -> api.put(A + "/notices/" + w.publishedId()).as(w.official()).json(w.publishedDraft()).send(), 409, NO_FIELD));
        cases.add(new Case("edit notice: an official who is not the author",
                () -> api.put(A + "/notices/" + w.draftId()).as(w.otherOfficial())
                        .json(notices.announcement("改过的通知", Notices.everyone())).send(), 403, NO_FIELD));
        cases.add(new Case("edit notice: malformed JSON",
                () -> api.put(A + "/notices/" + w.draftId()).as(w.official()).json(MALFORMED).send(), 400, NO_FIELD));
        cases.add(new Case("edit notice: body missing",
                () -> api.put(A + "/notices/" + w.draftId()).as(w.official())
                        .json(without(notices.announcement("通知", Notices.everyone()), "body")).send(), 400, "body.zh-CN"));
        cases.add(new Case("edit notice: another type",
                () -> api.put(A + "/notices/" + w.draftId()).as(w.official())
                        .json(notices.policy(Notices.everyone())).send(), 400, "type"));
        cases.add(new Case("edit notice: a worker token",
                () -> api.put(A + "/notices/" + w.draftId()).as(ada).json(notices.announcement("通知", Notices.everyone())).send(),
                403, NO_FIELD));

        // POST /admin/notices/{id}/submit
        cases.add(new Case("submit: id that is not an id", () -> api.post(A + "/notices/1/submit").as(w.official()).send(), 404, NO_FIELD));
        cases.add(new Case("submit: unknown id",
                () -> api.post(A + "/notices/" + UNKNOWN_ID + "/submit").as(w.official()).send(), 404, NO_FIELD));
        cases.add(new Case("submit: already in review",
                () -> api.post(A + "/notices/" + w.inReviewId() + "/submit").as(w.official()).send(), 409, NO_FIELD));
        cases.add(new Case("submit: not the author",
                () -> api.post(A + "/notices/" + w.draftId() + "/submit").as(w.otherOfficial()).send(), 403, NO_FIELD));
        cases.add(new Case("submit: a worker token",
                () -> api.post(A + "/notices/" + w.draftId() + "/submit").as(ada).send(), 403, NO_FIELD));
        cases.add(new Case("submit: no token", () -> api.post(A + "/notices/" + w.draftId() + "/submit").send(), 401, NO_FIELD));

        // POST /admin/notices/{id}/approve
        String approveInReview = A + "/notices/" + w.inReviewId() + "/approve";
        cases.add(new Case("approve: an official without the reviewer role",
                () -> api.post(approveInReview).as(w.otherOfficial()).json(map("comment", "好")).send(), 403, NO_FIELD));
        cases.add(new Case("approve: a draft",
                () -> api.post(A + "/notices/" + w.draftId() + "/approve").as(w.reviewer()).json(map("comment", "好")).send(),
                409, NO_FIELD));
        cases.add(new Case("approve: unknown id",
                () -> api.post(A + "/notices/" + UNKNOWN_ID + "/approve").as(w.reviewer()).json(map("comment", "好")).send(),
                404, NO_FIELD));
        cases.add(new Case("approve: malformed JSON", () -> api.post(approveInReview).as(w.reviewer()).json(MALFORMED).send(), 400, NO_FIELD));
        cases.add(new Case("approve: comment of the wrong JSON type",
                () -> api.post(approveInReview).as(w.reviewer()).json(map("comment", map("text", "好"))).send(), 400, "comment"));
        cases.add(new Case("approve: comment too long",
                () -> api.post(approveInReview).as(w.reviewer()).json(map("comment", "好".repeat(1001))).send(), 400, "comment"));
        cases.add(new Case("approve: an HR user", () -> api.post(approveInReview).as(w.hrA()).json(map()).send(), 403, NO_FIELD));
        cases.add(new Case("approve: a worker token", () -> api.post(approveInReview).as(ada).json(map()).send(), 403, NO_FIELD));

        // POST /admin/notices/{id}/reject
        String rejectInReview = A + "/notices/" + w.inReviewId() + "/reject";
        cases.add(new Case("reject: no comment", () -> api.post(rejectInReview).as(w.reviewer()).json(map()).send(), 400, "comment"));
        cases.add(new Case("reject: no body", () -> api.post(rejectInReview).as(w.reviewer()).send(), 400, "comment"));
        cases.add(new Case("reject: a blank comment",
                () -> api.post(rejectInReview).as(w.reviewer()).json(map("comment", "   ")).send(), 400, "comment"));
        cases.add(new Case("reject: a draft",
                () -> api.post(A + "/notices/" + w.draftId() + "/reject").as(w.reviewer()).json(map("comment", "不行")).send(),
                409, NO_FIELD));
        cases.add(new Case("reject: an official without the reviewer role",
                () -> api.post(rejectInReview).as(w.otherOfficial()).json(map("comment", "不行")).send(), 403, NO_FIELD));
        cases.add(new Case("reject: unknown id",
                () -> api.post(A + "/notices/" + UNKNOWN_ID + "/reject").as(w.reviewer()).json(map("comment", "不行")).send(),
                404, NO_FIELD));
        cases.add(new Case("reject: malformed JSON", () -> api.post(rejectInReview).as(w.reviewer()).json(MALFORMED).send(), 400, NO_FIELD));

        // POST /admin/notices/{id}/recall
        cases.add(new Case("recall: a draft",
                () -> api.post(A + "/notices/" + w.draftId() + "/recall").as(w.official()).send(), 409, NO_FIELD));
        cases.add(new Case("recall: an HR user",
                () -> api.post(A + "/notices/" + w.publishedId() + "/recall").as(w.hrA()).send(), 403, NO_FIELD));
        cases.add(new Case("recall: push of the wrong JSON type",
                () -> api.post(A + "/notices/" + w.publishedId() + "/recall").as(w.official()).json(map("push", "yes")).send(),
                400, "push"));
        cases.add(new Case("recall: unknown id",
                () -> api.post(A + "/notices/" + UNKNOWN_ID + "/recall").as(w.official()).send(), 404, NO_FIELD));
        cases.add(new Case("recall: id that is not an id",
                () -> api.post(A + "/notices/%20/recall").as(w.official()).send(), 404, NO_FIELD));
        cases.add(new Case("recall: a worker token",
                () -> api.post(A + "/notices/" + w.publishedId() + "/recall").as(ada).send(), 403, NO_FIELD));

        // GET /admin/notices
        cases.add(new Case("list notices: unknown status",
                () -> api.get(A + "/notices?status=LOST").as(w.official()).send(), 400, "status"));
        cases.add(new Case("list notices: unknown type", () -> api.get(A + "/notices?type=MEMO").as(w.official()).send(), 400, "type"));
        cases.add(new Case("list notices: limit 0", () -> api.get(A + "/notices?limit=0").as(w.official()).send(), 400, "limit"));
        cases.add(new Case("list notices: limit not a number",
                () -> api.get(A + "/notices?limit=lots").as(w.official()).send(), 400, "limit"));
        cases.add(new Case("list notices: garbage cursor",
                () -> api.get(A + "/notices?cursor=@@@").as(w.official()).send(), 400, "cursor"));
        cases.add(new Case("list notices: cursor with a bad id",
                () -> api.get(A + "/notices?cursor=" + cursor("1700000000000", "not-an-id")).as(w.official()).send(), 400, "cursor"));
        cases.add(new Case("list notices: cursor of another list",
                () -> api.get(A + "/notices?cursor=" + cursor("1700000000000")).as(w.official()).send(), 400, "cursor"));
        cases.add(new Case("list notices: a worker token", () -> api.get(A + "/notices").as(ada).send(), 403, NO_FIELD));
        cases.add(new Case("list notices: no token", () -> api.get(A + "/notices").send(), 401, NO_FIELD));

        // GET /admin/notices/{id}
        cases.add(new Case("get notice: id that is not an id", () -> api.get(A + "/notices/nope").as(w.official()).send(), 404, NO_FIELD));
        cases.add(new Case("get notice: unknown id", () -> api.get(A + "/notices/" + UNKNOWN_ID).as(w.official()).send(), 404, NO_FIELD));
        cases.add(new Case("get notice: a draft, for HR", () -> api.get(A + "/notices/" + w.draftId()).as(w.hrA()).send(), 404, NO_FIELD));
        cases.add(new Case("get notice: a worker token", () -> api.get(A + "/notices/" + w.publishedId()).as(ada).send(), 403, NO_FIELD));

        // POST /admin/audience/preview
        String preview = A + "/audience/preview";
        cases.add(new Case("preview: audience missing", () -> api.post(preview).as(w.official()).json(map()).send(), 400, "audience"));
        cases.add(new Case("preview: empty filter",
                () -> api.post(preview).as(w.official()).json(map("audience", map("all", false))).send(), 400, "audience"));
        cases.add(new Case("preview: unknown province",
                () -> api.post(preview).as(w.official()).json(map("audience", map("hometownProvinces", list("火星省")))).send(),
                400, "audience.hometownProvinces[0]"));
        cases.add(new Case("preview: all and a filter",
                () -> api.post(preview).as(w.official()).json(map("audience", map("all", true, "districts", list("赤坎区")))).send(),
                400, "audience.all"));
        cases.add(new Case("preview: unknown employment status",
                () -> api.post(preview).as(w.official()).json(map("audience", map("employmentStatuses", list("RETIRED")))).send(),
                400, "audience.employmentStatuses[0]"));
        cases.add(new Case("preview: districts as a string",
                () -> api.post(preview).as(w.official()).json(map("audience", map("districts", "赤坎区"))).send(),
                400, "audience.districts"));
        cases.add(new Case("preview: malformed JSON", () -> api.post(preview).as(w.official()).json(MALFORMED).send(), 400, NO_FIELD));
        cases.add(new Case("preview: an HR user",
                () -> api.post(preview).as(w.hrA()).json(map("audience", Notices.everyone())).send(), 403, NO_FIELD));
        cases.add(new Case("preview: a worker token",
                () -> api.post(preview).as(ada).json(map("audience", Notices.everyone())).send(), 403, NO_FIELD));

        // GET /admin/notices/{id}/responses
        String responsesOf = A + "/notices/" + w.publishedId() + "/responses";
        cases.add(new Case("responses: id that is not an id",
                () -> api.get(A + "/notices/x/responses").as(w.official()).send(), 404, NO_FIELD));
        cases.add(new Case("responses: unknown id",
                () -> api.get(A + "/notices/" + UNKNOWN_ID + "/responses").as(w.official()).send(), 404, NO_FIELD));
        cases.add(new Case("responses: unknown status",
                () -> api.get(responsesOf + "?status=LOST").as(w.official()).send(), 400, "status"));
        cases.add(new Case("responses: limit 1000", () -> api.get(responsesOf + "?limit=1000").as(w.official()).send(), 400, "limit"));
        cases.add(new Case("responses: garbage cursor", () -> api.get(responsesOf + "?cursor=%7E").as(w.official()).send(), 400, "cursor"));
        cases.add(new Case("responses: cursor of another list",
                () -> api.get(responsesOf + "?cursor=" + cursor("1")).as(w.official()).send(), 400, "cursor"));
        cases.add(new Case("responses: HR of another enterprise", () -> api.get(responsesOf).as(w.hrB()).send(), 404, NO_FIELD));
        cases.add(new Case("responses: a worker token", () -> api.get(responsesOf).as(ada).send(), 403, NO_FIELD));

        // PATCH /admin/responses/{id}
        String review = A + "/responses/" + w.adasResponse();
        cases.add(new Case("review: unknown decision",
                () -> api.patch(review).as(w.official()).json(map("status", "MAYBE")).send(), 400, "status"));
        cases.add(new Case("review: decision missing", () -> api.patch(review).as(w.official()).json(map()).send(), 400, "status"));
        cases.add(new Case("review: a status that is not a decision",
                () -> api.patch(review).as(w.official()).json(map("status", "CANCELLED")).send(), 400, "status"));
        cases.add(new Case("review: note too long",
                () -> api.patch(review).as(w.official()).json(map("status", "ACCEPTED", "note", "字".repeat(1001))).send(),
                400, "note"));
        cases.add(new Case("review: malformed JSON", () -> api.patch(review).as(w.official()).json(MALFORMED).send(), 400, NO_FIELD));
        cases.add(new Case("review: id that is not an id",
                () -> api.patch(A + "/responses/abc").as(w.official()).json(map("status", "ACCEPTED")).send(), 404, NO_FIELD));
        cases.add(new Case("review: unknown id",
                () -> api.patch(A + "/responses/" + UNKNOWN_ID).as(w.official()).json(map("status", "ACCEPTED")).send(),
                404, NO_FIELD));
        cases.add(new Case("review: a cancelled response",
                () -> api.patch(A + "/responses/" + w.bosCancelledResponse()).as(w.official())
                        .json(map("status", "ACCEPTED")).send(), 409, NO_FIELD));
        cases.add(new Case("review: an ADMIN who is not an official",
                () -> api.patch(review).as(w.admin()).json(map("status", "ACCEPTED")).send(), 403, NO_FIELD));
        cases.add(new Case("review: HR of another enterprise",
                () -> api.patch(review).as(w.hrB()).json(map("status", "ACCEPTED")).send(), 404, NO_FIELD));
        cases.add(new Case("review: a worker token",
                () -> api.patch(review).as(ada).json(map("status", "ACCEPTED")).send(), 403, NO_FIELD));

        // POST /admin/users
        String newUsers = A + "/users";
        cases.add(new Case("create user: an official",
                () -> api.post(newUsers).as(w.official()).json(user("new.user", "OFFICIAL")).send(), 403, NO_FIELD));
        cases.add(new Case("create user: an HR user",
                () -> api.post(newUsers).as(w.hrA()).json(user("new.user", "OFFICIAL")).send(), 403, NO_FIELD));
        cases.add(new Case("create user: a worker token",
                () -> api.post(newUsers).as(ada).json(user("new.user", "OFFICIAL")).send(), 403, NO_FIELD));
        cases.add(new Case("create user: malformed JSON", () -> api.post(newUsers).as(w.admin()).json(MALFORMED).send(), 400, NO_FIELD));
        cases.add(new Case("create user: bad username",
                () -> api.post(newUsers).as(w.admin()).json(user("Bad Name", "OFFICIAL")).send(), 400, "username"));
        cases.add(new Case("create user: unknown role",
                () -> api.post(newUsers).as(w.admin()).json(user("new.user", "KING")).send(), 400, "roles[0]"));
        cases.add(new Case("create user: no role",
                () -> api.post(newUsers).as(w.admin()).json(with(user("new.user"), "roles", list())).send(), 400, "roles"));
        cases.add(new Case("create user: a null role",
                () -> api.post(newUsers).as(w.admin())
                        .json("{\"username\": \"new.user\", \"password\": \"password-1\", \"roles\": [null]}").send(), 400, "roles"));
        cases.add(new Case("create user: HR without an enterprise",
                () -> api.post(newUsers).as(w.admin()).json(user("new.hr", "HR")).send(), 400, "enterpriseId"));
        cases.add(new Case("create user: HR of an unknown enterprise",
                () -> api.post(newUsers).as(w.admin()).json(with(user("new.hr", "HR"), "enterpriseId", UNKNOWN_ID)).send(),
                400, "enterpriseId"));
        cases.add(new Case("create user: password too short",
                () -> api.post(newUsers).as(w.admin()).json(with(user("new.user", "OFFICIAL"), "password", "short")).send(),
                400, "password"));
        cases.add(new Case("create user: username taken",
                () -> api.post(newUsers).as(w.admin()).json(user("pd.official", "OFFICIAL")).send(), 409, NO_FIELD));

        // the API at large
        cases.add(new Case("a method the path does not take",
                () -> api.delete(A + "/notices").as(w.official()).send(), 405, NO_FIELD));
        cases.add(new Case("a path that does not exist", () -> api.get(W + "/nothing-here").as(ada).send(), 404, NO_FIELD));
        return cases;
    }

    private static Map<String, Object> user(String username, String... roles) {
        return map("username", username, "password", "password-1", "displayName", "新用户", "roles", list(roles));
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        map.put(key, value);
        return map;
    }

    private static Map<String, Object> without(Map<String, Object> map, String key) {
        map.remove(key);
        return map;
    }
}
