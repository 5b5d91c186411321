package org.fugong.fuzz;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import fugong.testing.Api;
import fugong.testing.BackendTestApplication;
import fugong.testing.Notices;
import fugong.testing.TestData;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.bson.Document;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.security.StaffUser;
import org.fugong.security.UserService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fuzz test generated from the API's own OpenAPI document ({@code /v3/api-docs}): every operation
 * is called, as a worker, as each staff role (ADMIN, OFFICIAL, REVIEWER, HR) and anonymously, with
 * one hostile part at a time — a path or query parameter, a body field (wrong types, huge and empty
 * values, lone surrogates, direction overrides, NUL, emoji, operator-shaped objects, bad ids and
 * cursors), an idempotency key, or the body as a whole (broken, oversize, of another type) — while
 * the rest of the request is plausible, so that checks deep inside are reached too. Whatever comes,
 * the answer is never a 5xx, every error is an {@code application/problem+json} with its status,
 * and a refused call leaves every collection as it was (the audit log and sign-in counters aside,
 * which record refusals on purpose). jqwik generates the cases; 1,200 a run, every operation many
 * times.
 */
class ApiFuzzTest {

    /** Written on purpose when a call is refused (audit, sign-in counters) or by housekeeping. */
    private static final Set<String> RECORDS_REFUSALS = Set.of("auditLog", "otpCodes", "signInCodeBudget", "maintenance");

    private static ConfigurableApplicationContext app;
    private static Api api;
    private static MongoTemplate mongo;
    private static List<Operation> operations;
    private static Map<Caller, String> tokens;
    private static Map<String, List<String>> ids;
    private static final Map<String, Integer> called = new ConcurrentHashMap<>();
    private static final ObjectMapper plain = new ObjectMapper();
    private static final ObjectMapper escaping = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);

    enum Caller { ANONYMOUS, WORKER, ADMIN, OFFICIAL, REVIEWER, HR }

    /** One generated call: which operation, by whom, and what is hostile about it. */
    record Case(int operation, Caller caller, Object hostile, int target, int shape, boolean escape) {
    }

    @BeforeContainer
    static void start() {
        app = new SpringApplicationBuilder(BackendTestApplication.class).profiles("test")
                .properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN",
                        "logging.level.org.fugong=ERROR")
                .run();
        int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
        api = new Api(port);
        mongo = app.getBean(MongoTemplate.class);
        seed(app.getBean(UserService.class), app.getBean(EnterpriseService.class), app.getBean(Clock.class));
        operations = Operation.all(api.get("/v3/api-docs").send().body());
    }

    @AfterContainer
    static void stop() {
        try {
            assertThat(operations).allSatisfy(op -> assertThat(called.getOrDefault(op.toString(), 0))
                    .as("calls of " + op).isGreaterThanOrEqualTo(1));
        } finally {
            app.close();
        }
    }

    @Property(tries = 1200, shrinking = ShrinkingMode.OFF)
    void no_hostile_request_gets_a_server_error_or_anything_but_a_problem_detail_or_changes_what_is_stored(
            @ForAll("cases") Case c) {
        Operation op = operations.get(c.operation());
        called.merge(op.toString(), 1, Integer::sum);
        Api.Call call = request(op, c);
        String before = digest();
        Api.Reply reply;
        try {
            reply = call.send();
        } catch (IllegalArgumentException clientRefusesToSend) {
            return; // e.g. a header value the HTTP client will not put on the wire
        }
        String what = op + " as " + c.caller() + " with " + describe(c) + " → " + reply.status() + " " + reply.raw().body();
        assertThat(reply.status()).as(what).isLessThan(500);
        if (reply.status() >= 400) {
            assertThat(reply.contentType()).as(what).startsWith("application/problem+json");
            assertThat(reply.body().path("status").asInt()).as(what).isEqualTo(reply.status());
            assertThat(digest()).as("a refused call changed what is stored: " + what).isEqualTo(before);
        } else if (!op.method().equals("GET")) {
            settle();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        // uniform: jqwik's default leans towards small numbers, which starved the operations listed last
        return Combinators.combine(Arbitraries.integers().between(0, operations.size() - 1)
                        .withDistribution(RandomDistribution.uniform()),
                Arbitraries.of(Caller.values()), Hostile.anyValue(), Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 11), Arbitraries.of(true, false)).as(Case::new);
    }

    /** The operation with plausible parts and the one hostile part the case chose. */
    private static Api.Call request(Operation op, Case c) {
        List<Operation.Parameter> params = op.parameters();
        List<String> fields = new ArrayList<>();
        if (op.jsonBody() != null) {
            op.jsonBody().path("properties").fieldNames().forEachRemaining(fields::add);
        }
        int slots = params.size() + fields.size() + 1;
        int hit = c.target() % slots;
        String path = op.path();
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            Operation.Parameter p = params.get(i);
            String value = i == hit ? text(c.hostile()) : plausibleParameter(p, c.target());
            switch (p.in()) {
                case "path" -> path = path.replace("{" + p.name() + "}", encode(value));
                case "query" -> {
                    if (i == hit || p.name().equals("from") || p.name().equals("to")) {
                        query.append(query.isEmpty() ? "?" : "&").append(p.name()).append('=').append(encode(value));
                    }
                }
                case "header" -> headers.put(p.name(), latin1(value));
                default -> { }
            }
        }
        Api.Call call = api.call(op.method(), "/" + path.replaceFirst("^/", "") + query);
        headers.forEach(call::header);
        if (c.caller() != Caller.ANONYMOUS) {
            call.as(tokens.get(c.caller()));
        }
        if (op.fileMediaType() != null) {
            byte[] bytes = c.shape() == 0 ? new byte[]{(byte) 0xE9, 'a', (byte) 0xFF, '\n'}
                    : text(c.hostile()).getBytes(StandardCharsets.UTF_8);
            return call.bytes(bytes, op.fileMediaType());
        }
        if (op.jsonBody() != null) {
            body(call, op, fields, hit - params.size(), c);
        }
        return call;
    }

    private static void body(Api.Call call, Operation op, List<String> fields, int field, Case c) {
        switch (c.shape()) {
            case 0 -> call.raw("{\"broken\": ", "application/json");
            case 1 -> call.raw("[]", "application/json");
            case 2 -> call.raw("null", "application/json");
            case 3 -> call.raw("{\"name\": \"" + "x".repeat(700_000) + "\"}", "application/json");
            case 4 -> call.raw("name=x", "text/plain");
            default -> {
                Object plausible = Hostile.plausible(op.jsonBody(), ids, "body");
                if (plausible instanceof Map<?, ?> object && field >= 0 && field < fields.size()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> mutable = (Map<String, Object>) object;
                    mutable.put(fields.get(field), c.hostile());
                }
                try {
                    call.raw((c.escape() ? escaping : plain).writeValueAsString(plausible), "application/json");
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    call.raw("{}", "application/json");
                }
            }
        }
    }

    private static String plausibleParameter(Operation.Parameter p, int pick) {
        if (p.name().equals("Idempotency-Key")) {
            return "fuzz-" + pick;
        }
        if (p.name().equals("installationId")) {
            return "fuzz-installation-" + (pick % 3);
        }
        if (p.name().equals("date")) {
            return java.time.LocalDate.now().toString();
        }
        if (p.name().equals("from") || p.name().equals("to")) {
            return java.time.LocalDate.now().toString();
        }
        List<String> pool = ids.getOrDefault("any", List.of("x"));
        return pool.get(pick % pool.size());
    }

    /** A digest of every stored document but the records of refusals. */
    private static String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : new TreeSet<>(mongo.getCollectionNames())) {
                if (RECORDS_REFUSALS.contains(name) || name.startsWith("system.")) {
                    continue;
                }
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                for (Document doc : mongo.getCollection(name).find().sort(new Document("_id", 1))) {
                    sha.update(doc.toJson().getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After a call that changed something, waits until background work it started (pushes) is done. */
    private static void settle() {
        String last = digest();
        for (int i = 0; i < 30; i++) {
            sleep(150);
            String now = digest();
            if (now.equals(last)) {
                return;
            }
            last = now;
        }
    }

    /** Users of every role, an enterprise, a worker with a device, notices of each kind with responses. */
    private static void seed(UserService users, EnterpriseService enterprises, Clock clock) {
        TestData data = new TestData(users, enterprises, api);
        Notices notices = new Notices(api, clock, mongo);
        StaffUser official = data.staff("fuzz.official", Role.OFFICIAL);
        data.staff("fuzz.reviewer", Role.REVIEWER);
        data.staff("fuzz.admin", Role.ADMIN);
        Enterprise factory = data.enterprise("湛江模糊测试厂", official, false);
        data.hr("fuzz.hr", factory.id());
        tokens = new ConcurrentHashMap<>();
        tokens.put(Caller.OFFICIAL, api.staffToken("fuzz.official", "password-1"));
        tokens.put(Caller.REVIEWER, api.staffToken("fuzz.reviewer", "password-1"));
        tokens.put(Caller.ADMIN, api.staffToken("fuzz.admin", "password-1"));
        tokens.put(Caller.HR, api.staffToken("fuzz.hr", "password-1"));
        TestData.Worker worker = data.worker("fuzz-token", "赤坎区");
        tokens.put(Caller.WORKER, worker.accessToken());
        String o = tokens.get(Caller.OFFICIAL);
        String r = tokens.get(Caller.REVIEWER);
        String posting = notices.publish(notices.jobPosting(factory.id(), Notices.everyone()), o, r);
        String bus = notices.publish(notices.returnBus(2, List.of("玉林汽车总站"), Notices.everyone()), o, r);
        String fair = notices.publish(notices.jobFair(Notices.everyone()), o, r);
        String draft = notices.create(notices.announcement("模糊测试草稿", Notices.everyone()), o);
        notices.awaitDispatched(posting);
        notices.awaitDispatched(bus);
        String application = api.post("/api/v1/notices/" + posting + "/responses").as(worker.accessToken())
                .header("Idempotency-Key", "seed-1").json(map("kind", "APPLY", "fields", map("message", "你好"))).send().text("id");
        String seat = api.post("/api/v1/notices/" + bus + "/responses").as(worker.accessToken())
                .header("Idempotency-Key", "seed-2").json(map("kind", "SEAT_BOOKING", "fields", map("pickupPoint", "玉林汽车总站")))
                .send().text("id");
        String request = api.post("/api/v1/admin/enterprises/" + factory.id() + "/requests").as(tokens.get(Caller.HR))
                .json(map("category", "LABOUR_SHORTAGE", "text", "缺普工 20 名", "headcount", 20, "skills", List.of("welding")))
                .send().text("id");
        ids = new ConcurrentHashMap<>();
        List<String> any = new ArrayList<>(List.of(posting, bus, fair, draft, application, seat, factory.id(), official.id()));
        if (request != null) {
            any.add(request);
        }
        ids.put("any", any);
        ids.put("enterpriseId", List.of(factory.id()));
        ids.put("noticeId", List.of(posting));
        settle();
    }

    private static String describe(Case c) {
        String hostile = String.valueOf(c.hostile());
        return "shape " + c.shape() + ", target " + c.target() + ", hostile "
                + (hostile.length() > 80 ? hostile.substring(0, 80) + "…(" + hostile.length() + ")" : hostile);
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        try {
            return plain.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Header values go out as bytes 0–255: what is past that is cut to its low byte, as raw UTF-8 would arrive. */
    private static String latin1(String value) {
        return new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
