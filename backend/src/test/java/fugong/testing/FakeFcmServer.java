package fugong.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local server speaking the FCM HTTP v1 send API ({@code POST /v1/projects/{p}/messages:send}),
 * for the real firebase-admin client to talk to in tests. It records every message and answers with
 * a message name, or with FCM's error body (including {@code details[].errorCode}, which the SDK
 * reads) for tokens told to fail.
 */
public final class FakeFcmServer implements AutoCloseable {

    private static final Pattern SEND = Pattern.compile("/v1/projects/([^/]+)/messages:send");
    private static FakeFcmServer shared;

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong handled = new AtomicLong();
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private volatile long latencyMicros;
    private final Map<String, Long> slowTokens = new ConcurrentHashMap<>();
    private volatile boolean recording = true;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /** One message as FCM received it. */
    public record Received(String project, String token, Map<String, String> data, String title, String body,
                           String channelId, String collapseKey, String ttl, String priority, String authorization,
                           JsonNode raw) {

        public String noticeId() {
            return data.get("noticeId");
        }

        public String kind() {
            return data.get("kind");
        }
    }

    private record Failure(int httpStatus, String status, String errorCode, AtomicInteger remaining, Long retryAfterSeconds) {
    }

    /** Tokens matching a predicate that always fail the same way. */
    private record Rule(Predicate<String> tokens, Failure failure) {
    }

    private FakeFcmServer() throws IOException {
        this(0, 8);
    }

    private FakeFcmServer(int port, int threads) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.createContext("/", this::handle);
        executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "fake-fcm");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
    }

    /** The server all tests of a JVM share (one Spring context per configuration points at it). */
    public static synchronized FakeFcmServer shared() {
        if (shared == null) {
            try {
                shared = new FakeFcmServer();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    /** A server of its own (not the shared one), answering with {@code threads} threads. */
    public static FakeFcmServer start(int threads) {
        try {
            return new FakeFcmServer(0, threads);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the server as a process of its own (the benchmark's FCM stand-in): {@code port threads
     * latencyMicros failEvery}; every token whose number is a multiple of {@code failEvery} answers 503
     * UNAVAILABLE (0: none fail). Prints {@code FAKE_FCM_PORT=<port>} and serves until stdin closes.
     * Run with {@code -Dsun.net.httpserver.nodelay=true}.
     */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        long latency = args.length > 2 ? Long.parseLong(args[2]) : 0;
        int failEvery = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        FakeFcmServer server = new FakeFcmServer(port, threads);
        server.recording = false;
        server.latencyMicros = latency;
        if (failEvery > 0) {
            server.failEvery(failEvery);
        }
        System.out.println("FAKE_FCM_PORT=" + server.server.getAddress().getPort());
        System.out.flush();
        while (System.in.read() >= 0) {
            // serve until the benchmark closes our stdin
        }
        System.out.println("FAKE_FCM_HANDLED=" + server.handled.get());
        server.close();
    }

    /** Makes every answer wait this long first (the network and FCM's own time). */
    public void latency(java.time.Duration latency) {
        latencyMicros = latency.toNanos() / 1000;
    }

    /** Makes the answer for one token wait this long more (a device on a slow path). */
    public void slow(String token, java.time.Duration wait) {
        slowTokens.put(token, wait.toNanos() / 1000);
    }

    /** Keeps no copy of what it receives (long runs); counts only. */
    public void recording(boolean recording) {
        this.recording = recording;
    }

    /** How many send requests it answered, of every outcome. */
    public long handled() {
        return handled.get();
    }

    /** Makes every send to a token matching {@code tokens} fail with FCM's error, every time. */
    public void failTokens(Predicate<String> tokens, int httpStatus, String status, String errorCode) {
        rules.add(new Rule(tokens, new Failure(httpStatus, status, errorCode, null, null)));
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Makes every send to this token fail with FCM's error (e.g. 404 NOT_FOUND UNREGISTERED). */
    public void failToken(String token, int httpStatus, String status, String errorCode) {
        failures.put(token, new Failure(httpStatus, status, errorCode, null, null));
    }

    /**
     * Makes the next {@code times} sends to this token fail with a passing error (e.g. 429
     * QUOTA_EXCEEDED), answering {@code Retry-After} when given; later sends succeed.
     */
    public void failTokenTimes(String token, int times, int httpStatus, String status, String errorCode,
                               Long retryAfterSeconds) {
        failures.put(token, new Failure(httpStatus, status, errorCode, new AtomicInteger(times), retryAfterSeconds));
    }

    /** How many send requests reached the server for this token, failed ones included. */
    public int attempts(String token) {
        return attempts.getOrDefault(token, new AtomicInteger()).get();
    }

    public void reset() {
        received.clear();
        failures.clear();
        attempts.clear();
        rules.clear();
        slowTokens.clear();
        latencyMicros = 0;
        recording = true;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    public List<Received> received(Predicate<Received> which) {
        return received.stream().filter(which).toList();
    }

    /**
     * The stand-in's own controls, for a benchmark driving it in another process:
     * {@code POST /_control?latencyMicros=&failEvery=} (tokens whose number is a multiple of
     * {@code failEvery} answer 503 UNAVAILABLE; 0 clears) and {@code GET /_control} (requests handled).
     */
    private void control(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        if ("POST".equals(exchange.getRequestMethod()) && query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                long value = kv.length == 2 ? Long.parseLong(kv[1]) : 0;
                if (kv[0].equals("latencyMicros")) {
                    latencyMicros = value;
                } else if (kv[0].equals("failEvery")) {
                    rules.clear();
                    if (value > 0) {
                        failEvery(value);
                    }
                }
            }
        }
        ObjectNode state = json.createObjectNode();
        state.put("handled", handled.get());
        state.put("latencyMicros", latencyMicros);
        respond(exchange, 200, state);
    }

    private void failEvery(long every) {
        failTokens(token -> {
            String digits = token.replaceAll("\\D", "");
            return !digits.isEmpty() && Long.parseLong(digits.substring(Math.max(0, digits.length() - 9))) % every == 0;
        }, 503, "UNAVAILABLE", "UNAVAILABLE");
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().equals("/_control")) {
            try (exchange) {
                control(exchange);
            }
            return;
        }
        try (exchange) {
            Matcher matcher = SEND.matcher(exchange.getRequestURI().getPath());
            if (!"POST".equals(exchange.getRequestMethod()) || !matcher.matches()) {
                respond(exchange, 404, error(404, "NOT_FOUND", null, "no such endpoint"));
                return;
            }
            JsonNode request = json.readTree(exchange.getRequestBody());
            JsonNode message = request.path("message");
            String token = message.path("token").asText(null);
            if (token != null) {
                attempts.computeIfAbsent(token, t -> new AtomicInteger()).incrementAndGet();
            }
            handled.incrementAndGet();
            if (latencyMicros > 0) {
                sleepMicros(latencyMicros);
            }
            Long slow = token == null ? null : slowTokens.get(token);
            if (slow != null) {
                sleepMicros(slow);
            }
            Failure failure = token == null ? null : failures.get(token);
            if (failure == null && token != null) {
                for (Rule rule : rules) {
                    if (rule.tokens().test(token)) {
                        failure = rule.failure();
                        break;
                    }
                }
            }
            if (failure != null && failure.remaining() != null && failure.remaining().getAndDecrement() <= 0) {
                failure = null;
            }
            if (failure != null) {
                if (failure.retryAfterSeconds() != null) {
                    exchange.getResponseHeaders().set("Retry-After", String.valueOf(failure.retryAfterSeconds()));
                }
                respond(exchange, failure.httpStatus(), error(failure.httpStatus(), failure.status(), failure.errorCode(),
                        "Requested entity was not found."));
                return;
            }
            JsonNode android = message.path("android");
            if (recording) {
                received.add(new Received(matcher.group(1), token,
                        json.convertValue(message.path("data"), json.getTypeFactory().constructMapType(Map.class, String.class, String.class)),
                        message.path("notification").path("title").asText(null),
                        message.path("notification").path("body").asText(null),
                        android.path("notification").path("channel_id").asText(null),
                        android.path("collapse_key").asText(null),
                        android.path("ttl").asText(null),
                        android.path("priority").asText(null),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        message));
            }
            ObjectNode ok = json.createObjectNode();
            ok.put("name", "projects/" + matcher.group(1) + "/messages/" + ids.incrementAndGet());
            respond(exchange, 200, ok);
        }
    }

    private static void sleepMicros(long micros) {
        try {
            Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ObjectNode error(int code, String status, String errorCode, String text) {
        ObjectNode body = json.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", text);
        error.put("status", status);
        if (errorCode != null) {
            ObjectNode detail = error.putArray("details").addObject();
            detail.put("@type", "type.googleapis.com/google.firebase.fcm.v1.FcmError");
            detail.put("errorCode", errorCode);
        }
        return body;
    }

    private void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
