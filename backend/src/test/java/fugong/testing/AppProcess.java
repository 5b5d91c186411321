package fugong.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The backend as a process of its own (a JVM started from the test classpath), on the default file
 * store in a given data folder, so a test can kill it as the operating system would and start it again.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final Path log;
    private final int port;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the backend with the default FILE store under {@code data} and waits until its readiness
     * probe says UP (start-up work, the repair pass included, is done by then).
     */
    public static AppProcess start(Path data, String... settings) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a short-lived JVM: quick start-up matters more than peak speed
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                BackendTestApplication.class.getName(),
                "--server.port=" + port,
                "--fugong.mongo.embedded.path=" + data.resolve("db"),
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.org.fugong=INFO"));
        command.addAll(List.of(settings));
        try {
            Path log = Files.createTempFile(data.getParent(), "app-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            AppProcess app = new AppProcess(process, log, port);
            app.awaitReady();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Kills the process at once (SIGKILL): nothing in it runs another instruction, no shutdown hook. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** Stops the process the ordinary way (SIGTERM) and waits for it. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            waitFor();
        }
    }

    /** The last lines the process wrote, for a failure message. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void awaitReady() {
        Api api = new Api(port);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped while starting:\n" + logTail());
            }
            try {
                if ("UP".equals(api.get("/actuator/health/readiness").send().text("status"))) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // not yet
            }
            sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the app was not ready within " + START_TIMEOUT + ":\n" + logTail());
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
