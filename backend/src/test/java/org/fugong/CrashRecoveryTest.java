package org.fugong;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.AppProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API acknowledged is never lost: the backend runs as a process of its own on the default
 * file store; workers answer notices in bursts from four threads, and the moment the burst's last
 * answer is acknowledged the process is killed with SIGKILL (requests still in flight die with it).
 * After each restart every response ever answered {@code 201} is there; after the last one, every
 * response also shows on its worker's inbox entry (the repair pass has run by the time the node is
 * ready). Ten rounds, over a thousand acknowledged writes.
 */
class CrashRecoveryTest {

    private static final int ROUNDS = 10;
    private static final int WRITES_PER_ROUND = 105;
    private static final int WORKERS = 25;
    private static final int NOTICES = 44;
    private static final String ADMIN_PASSWORD = "crash-admin-password";

    @TempDir
    Path folder;

    private final Map<String, String> workerTokens = new HashMap<>();
    /** Acknowledged responses: id → worker. */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();

    @Test
    void acknowledged_writes_survive_the_process_being_killed_and_every_response_keeps_its_inbox_link() {
        Path data = folder.resolve("data");
        AppProcess app = start(data);
        try {
            Queue<String[]> pairs = setUp(new Api(app.port()));
            for (int round = 1; round <= ROUNDS; round++) {
                int before = acknowledged.size();
                burst(app, pairs);
                assertThat(acknowledged.size() - before).as("writes acknowledged in round " + round)
                        .isGreaterThanOrEqualTo(WRITES_PER_ROUND);
                app.kill();
                app = start(data);
                assertThat(lost(new Api(app.port()))).as("acknowledged responses missing after kill -9 number " + round
                        + "\n" + app.logTail()).isEmpty();
            }
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS * WRITES_PER_ROUND);
            assertThat(withoutInboxLink(new Api(app.port()))).as("responses their inbox entry does not show").isEmpty();
        } finally {
            app.kill();
        }
    }

    private AppProcess start(Path data) {
        return AppProcess.start(data, "--fugong.auth.dev-otp=123456", "--fugong.auth.rate-limit-per-minute=100000",
                "--fugong.admin.password=" + ADMIN_PASSWORD, "--fugong.push.poll-interval=100ms");
    }

    /** Staff, workers and published job fairs (RSVP, no capacity): every pair of worker and fair can answer once. */
    private Queue<String[]> setUp(Api api) {
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        for (String[] user : List.of(new String[]{"crash.official", "OFFICIAL"}, new String[]{"crash.reviewer", "REVIEWER"})) {
            Api.Reply created = api.post("/api/v1/admin/users").as(admin).json(map("username", user[0],
                    "password", "password-1", "displayName", user[0], "roles", List.of(user[1]))).send();
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        String official = api.staffToken("crash.official", "password-1");
        String reviewer = api.staffToken("crash.reviewer", "password-1");
        for (int w = 0; w < WORKERS; w++) {
            workerTokens.put(String.format("+8613700%06d", w), null);
        }
        workerTokens.replaceAll((phone, none) -> api.signIn(phone));
        List<String> fairs = new ArrayList<>();
        for (int n = 0; n < NOTICES; n++) {
            Map<String, Object> draft = map("type", "JOB_FAIR", "title", map("zh-CN", "招聘会 " + n),
                    "body", map("zh-CN", "在线招聘会。"), "audience", map("all", true),
                    "jobFair", map("startsAt", Instant.now().plusSeconds(86_400 * 5).toString(),
                            "endsAt", Instant.now().plusSeconds(86_400 * 6).toString(), "mode", "ONLINE",
                            "url", "https://jobs.example.cn/" + n, "positions", 10));
            String id = api.post("/api/v1/admin/notices").as(official).json(draft).send().text("id");
            api.post("/api/v1/admin/notices/" + id + "/submit").as(official).send();
            Api.Reply approved = api.post("/api/v1/admin/notices/" + id + "/approve").as(reviewer)
                    .json(map("comment", "同意")).send();
            assertThat(approved.text("status")).as(approved.toString()).isEqualTo("PUBLISHED");
            fairs.add(id);
        }
        String anyWorker = workerTokens.values().iterator().next();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (inbox(api, anyWorker).size() < NOTICES && System.nanoTime() < deadline) {
            sleep(200);
        }
        List<String[]> all = new ArrayList<>();
        workerTokens.values().forEach(token -> fairs.forEach(fair -> all.add(new String[]{token, fair})));
        Collections.shuffle(all);
        return new ConcurrentLinkedQueue<>(all);
    }

    /** Four workers' phones answering at once until the round's writes are acknowledged; then SIGKILL. */
    private void burst(AppProcess app, Queue<String[]> pairs) {
        Api api = new Api(app.port());
        int target = acknowledged.size() + WRITES_PER_ROUND;
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService phones = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            phones.execute(() -> {
                String[] pair;
                while (!killed.get() && (pair = pairs.poll()) != null) {
                    try {
                        Api.Reply reply = api.post("/api/v1/notices/" + pair[1] + "/responses").as(pair[0])
                                .header("Idempotency-Key", "rsvp-" + pair[1])
                                .json(map("kind", "RSVP", "fields", map("attendanceMode", "ONLINE"))).send();
                        if (reply.status() == 201) {
                            acknowledged.put(reply.text("id"), pair[0]);
                            if (acknowledged.size() >= target && killed.compareAndSet(false, true)) {
                                app.kill();
                            }
                        }
                    } catch (UncheckedIOException | IllegalStateException diedWithTheProcess) {
                        // not acknowledged: may or may not have been written
                    }
                }
            });
        }
        phones.shutdown();
        try {
            assertThat(phones.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Set<String> lost(Api api) {
        Set<String> present = new HashSet<>();
        for (String token : workerTokens.values()) {
            JsonNode page = api.get("/api/v1/me/responses?limit=100").as(token).send().body();
            page.path("items").forEach(item -> present.add(item.path("id").asText()));
        }
        Set<String> missing = new HashSet<>(acknowledged.keySet());
        missing.removeAll(present);
        return missing;
    }

    private Set<String> withoutInboxLink(Api api) {
        Set<String> linked = new HashSet<>();
        for (String token : workerTokens.values()) {
            inbox(api, token).forEach(item -> linked.add(item.path("responseId").asText()));
        }
        Set<String> unlinked = new HashSet<>(acknowledged.keySet());
        unlinked.removeAll(linked);
        return unlinked;
    }

    private static List<JsonNode> inbox(Api api, String token) {
        List<JsonNode> items = new ArrayList<>();
        api.get("/api/v1/me/inbox?limit=100").as(token).send().body().path("items").forEach(items::add);
        return items;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
