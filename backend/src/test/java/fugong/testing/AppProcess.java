package fugong.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
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
    private final Path portFile;
    /** The HTTP port, once the process has said which it bound. */
    private int port;

    private AppProcess(Process process, Path log, Path portFile) {
        this.process = process;
        this.log = log;
        this.portFile = portFile;
    }

    /**
     * Starts the backend with the default FILE store under {@code data} and waits until its readiness
     * probe says UP (start-up work, the repair pass included, is done by then). The process binds a
     * port of its own choosing and writes it to a file: a port picked free here beforehand could be
     * taken in the meantime, even by the process's own embedded database.
     */
    public static AppProcess start(Path data, String... settings) {
        Path portFile = data.resolveSibling("port-" + System.nanoTime() + ".txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a short-lived JVM: quick start-up matters more than peak speed
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
                "-D" + BackendTestApplication.PORT_FILE + "=" + portFile,
                "-cp", System.getProperty("java.class.path"),
                BackendTestApplication.class.getName(),
                "--server.port=0",
                "--fugong.mongo.embedded.path=" + data.resolve("db"),
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.org.fugong=INFO"));
        command.addAll(List.of(settings));
        try {
            Path log = Files.createTempFile(data.getParent(), "app-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            AppProcess app = new AppProcess(process, log, portFile);
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
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped while starting:\n" + logTail());
            }
            // read again each time: a read that met the file half written gives no port, or a wrong one
            int written = writtenPort();
            if (written != 0) {
                port = written;
            }
            try {
                if (port != 0 && "UP".equals(new Api(port).get("/actuator/health/readiness").send().text("status"))) {
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

    /** The port the process wrote to its file, or 0 while it has not (or is still writing it). */
    private int writtenPort() {
        try {
            String written = Files.readString(portFile, StandardCharsets.UTF_8).trim();
            return written.isEmpty() ? 0 : Integer.parseInt(written);
        } catch (IOException | NumberFormatException notYet) {
            return 0;
        }
    }
}
