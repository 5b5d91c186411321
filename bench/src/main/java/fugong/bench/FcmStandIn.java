package fugong.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The FCM stand-in in a process of its own ({@code fugong.testing.FakeFcmServer}, JDK HTTP server with
 * TCP_NODELAY), so its work does not count as the app's; controlled over HTTP (latency, failures).
 */
final class FcmStandIn implements AutoCloseable {

    private final Process process;
    private final OutputStream stdin;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    FcmStandIn(int threads, long latencyMicros) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(List.of(java, "-Xmx512m", "-Dsun.net.httpserver.nodelay=true",
                "-cp", System.getProperty("java.class.path"), "fugong.testing.FakeFcmServer", "0",
                String.valueOf(threads), String.valueOf(latencyMicros), "0"))
                .redirectErrorStream(true).start();
        stdin = process.getOutputStream();
        Machine.standInPid = process.pid();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        int found = -1;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("FAKE_FCM_PORT=")) {
                found = Integer.parseInt(line.substring("FAKE_FCM_PORT=".length()).trim());
                break;
            }
        }
        if (found < 0) {
            throw new IllegalStateException("the FCM stand-in did not start");
        }
        port = found;
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "fcm-stand-in-output");
        drain.setDaemon(true);
        drain.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** Makes tokens whose number is a multiple of {@code every} answer 503 every time (0: none). */
    void failEvery(int every) throws Exception {
        control("failEvery=" + every);
    }

    private void control(String query) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(endpoint() + "/_control?" + query))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    @Override
    public void close() throws Exception {
        Machine.standInPid = 0;
        stdin.close();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
