package fugong.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A small HTTP client for tests that talk to the running server like the Android app does. */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final List<String> serverErrors = new CopyOnWriteArrayList<>();

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** The answer: status, headers and the body as JSON (or a text node when it was not JSON). */
    public record Reply(int status, JsonNode body, String contentType, HttpResponse<String> raw) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String text(String field) {
            return body.path(field).asText(null);
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    /** A request under construction. */
    public final class Call {
        private final String method;
        private final String path;
        private String token;
        private String body;
        private byte[] bytes;
        private String contentType = "application/json";
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Call as(String bearer) {
            this.token = bearer;
            return this;
        }

        public Call json(Object value) {
            try {
                this.body = value instanceof String s ? s : json.writeValueAsString(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        public Call raw(String text, String type) {
            this.body = text;
            this.contentType = type;
            return this;
        }

        /** A body of raw bytes, e.g. a file in another encoding than UTF-8. */
        public Call bytes(byte[] content, String type) {
            this.bytes = content;
            this.contentType = type;
            return this;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Reply send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            if (bytes != null) {
                request.header("Content-Type", contentType);
                request.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
            } else if (body != null) {
                request.header("Content-Type", contentType);
                request.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                String type = response.headers().firstValue("Content-Type").orElse("");
                JsonNode parsed;
                try {
                    parsed = response.body().isEmpty() ? NullNode.getInstance() : json.readTree(response.body());
                } catch (IOException notJson) {
                    parsed = json.getNodeFactory().textNode(response.body());
                }
                Reply reply = new Reply(response.statusCode(), parsed, type, response);
                if (reply.status() >= 500) {
                    serverErrors.add(method + " " + path + " → " + reply);
                }
                return reply;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every call this client made that the server answered with a 5xx: bad input must never cause one. */
    public List<String> serverErrors() {
        return List.copyOf(serverErrors);
    }

    /** A request with any method (what the OpenAPI document names). */
    public Call call(String method, String path) {
        return new Call(method, path);
    }

    public Call get(String path) {
        return new Call("GET", path);
    }

    public Call post(String path) {
        return new Call("POST", path);
    }

    public Call put(String path) {
        return new Call("PUT", path);
    }

    public Call patch(String path) {
        return new Call("PATCH", path);
    }

    public Call delete(String path) {
        return new Call("DELETE", path);
    }

    /** Signs a worker in with the test profile's fixed code; returns the access token. */
    public String signIn(String phone) {
        Reply otp = post("/api/v1/auth/otp").json(Map.of("phone", phone)).send();
        if (otp.status() != 202) {
            throw new IllegalStateException("OTP request failed: " + otp);
        }
        Reply token = post("/api/v1/auth/token").json(Map.of("phone", phone, "code", "123456")).send();
        if (token.status() != 200) {
            throw new IllegalStateException("sign-in failed: " + token);
        }
        return token.text("accessToken");
    }

    /** Signs a console user in for the integration API; returns the access token. */
    public String staffToken(String username, String password) {
        Reply reply = post("/api/v1/admin/auth/token").json(Map.of("username", username, "password", password)).send();
        if (reply.status() != 200) {
            throw new IllegalStateException("staff sign-in failed: " + reply);
        }
        return reply.text("accessToken");
    }
}
