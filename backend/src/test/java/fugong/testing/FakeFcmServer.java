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

    private FakeFcmServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        executor = Executors.newFixedThreadPool(8, runnable -> {
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
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    public List<Received> received(Predicate<Received> which) {
        return received.stream().filter(which).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
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
            Failure failure = token == null ? null : failures.get(token);
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
            ObjectNode ok = json.createObjectNode();
            ok.put("name", "projects/" + matcher.group(1) + "/messages/" + ids.incrementAndGet());
            respond(exchange, 200, ok);
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
