package fugong.bench;

import org.bson.Document;
import org.fugong.base.NoticeType;
import org.fugong.notice.Notice;
import org.fugong.security.TokenService;
import org.fugong.worker.WorkerImport;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The inbox alone, for profiling its read path: seeds {@code workers} workers and publishes unsubscribed
 * announcements until the inboxes hold {@code entries}, then loads the inbox (and, for comparison, a
 * public and an authenticated trivial call) with 1 and with {@code clients} closed-loop clients.
 * Arguments: workers, entries, clients, seconds, MEMORY|FILE, and the loads in order (`config,reference,inbox1,inbox,idle`;
 * `threads=N` resizes the server's request threads before the next, `keepalive=N` sets how many requests
 * Tomcat serves on one connection, -1 for no limit).
 */
public final class InboxBench {

    private InboxBench() {
    }

    public static void main(String[] args) throws Exception {
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        long target = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        String backend = args.length > 4 ? args[4] : "MEMORY";
        String path = backend.equals("FILE") ? Files.createTempDirectory("fugong-inbox-").toString() : null;
        try (FcmStandIn fcm = new FcmStandIn(16, 0); App app = new App(fcm.endpoint(), backend, path)) {
            Seeder seeder = new Seeder(app.context.getBean(WorkerImport.class), app.admin, 1);
            long t = System.nanoTime();
            seeder.seed(workers, "霞山区");
            System.out.printf(Locale.ROOT, "seeded %d workers in %.1f s%n", workers, (System.nanoTime() - t) / 1e9);
            app.mongo.getCollection("workers").updateMany(new Document(), new Document("$set", new Document("subscriptions",
                    List.of("JOB_FAIR", "POLICY", "RETURN_BUS", "JOB_POSTING"))));
            long entries = 0;
            t = System.nanoTime();
            for (int n = 0; entries < target && n < 24; n++) {
                Notice quiet = app.publish(NoticeType.ANNOUNCEMENT, "站内通知 " + n, "霞山区");
                app.awaitDispatched(quiet.id());
                entries += workers;
            }
            System.out.printf(Locale.ROOT, "%d inbox entries in %.1f s%n", entries, (System.nanoTime() - t) / 1e9);
            TokenService tokens = app.context.getBean(TokenService.class);
            List<String> ids = new ArrayList<>();
            app.mongo.getCollection("workers").find().projection(new Document("_id", 1))
                    .forEach(d -> ids.add(d.getObjectId("_id").toHexString()));
            Random random = new Random(11);
            List<String> access = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                access.add(tokens.issueForWorker(ids.get(random.nextInt(ids.size()))).accessToken());
            }
            Duration window = Duration.ofSeconds(seconds);
            InboxLoad.run(app.port(), access, clients, Duration.ofSeconds(Integer.getInteger("inbox.warmup", 20)));
            for (String what : (args.length > 5 ? args[5] : "config,reference,inbox1,inbox").split(",")) {
                switch (what) {
                    case "config" -> row("public /app/config, " + clients + " clients",
                            InboxLoad.run(app.port(), "/api/v1/app/config", List.of(), clients, window));
                    case "reference" -> row("authenticated /reference/industries, " + clients + " clients",
                            InboxLoad.run(app.port(), "/api/v1/reference/industries", access, clients, window));
                    case "inbox1" -> row("inbox, 1 client", InboxLoad.run(app.port(), access, 1, window));
                    case "inbox" -> row("inbox, " + clients + " clients", InboxLoad.run(app.port(), access, clients, window));
                    case "idle" -> {
                        Machine machine = new Machine();
                        Thread.sleep(seconds * 1000L);
                        System.out.printf(Locale.ROOT, "idle for %d s: %.2f CPU s%n", seconds, machine.cpuSeconds());
                        machine.close();
                    }
                    default -> {
                        if (what.startsWith("keepalive=")) {
                            keepAlive(app, Integer.parseInt(what.substring("keepalive=".length())));
                        } else if (what.startsWith("threads=")) {
                            threads(app, Integer.parseInt(what.substring("threads=".length())));
                        } else {
                            throw new IllegalArgumentException(what);
                        }
                    }
                }
            }
            if (System.getProperty("inbox.hold") != null) {
                Thread.sleep(Long.parseLong(System.getProperty("inbox.hold")) * 1000);
            }
        }
        System.exit(0);
    }

    /** Resizes the server's request threads (as {@code server.tomcat.threads.max} would), for A/B runs in one JVM. */
    private static void threads(App app, int max) {
        var server = (org.springframework.boot.web.embedded.tomcat.TomcatWebServer)
                ((org.springframework.boot.web.context.WebServerApplicationContext) app.context).getWebServer();
        var pool = (org.apache.tomcat.util.threads.ThreadPoolExecutor)
                server.getTomcat().getConnector().getProtocolHandler().getExecutor();
        int core = Math.min(10, max);
        if (max < pool.getMaximumPoolSize()) {
            pool.setCorePoolSize(core);
            pool.setMaximumPoolSize(max);
        } else {
            pool.setMaximumPoolSize(max);
            pool.setCorePoolSize(core);
        }
        System.out.printf(Locale.ROOT, "request threads: at most %d%n", max);
    }

    /** How many requests Tomcat serves on one connection before it closes it (-1: no limit). */
    private static void keepAlive(App app, int max) {
        var server = (org.springframework.boot.web.embedded.tomcat.TomcatWebServer)
                ((org.springframework.boot.web.context.WebServerApplicationContext) app.context).getWebServer();
        ((org.apache.coyote.http11.AbstractHttp11Protocol<?>) server.getTomcat().getConnector().getProtocolHandler())
                .setMaxKeepAliveRequests(max);
        System.out.printf(Locale.ROOT, "requests per connection: at most %d%n", max);
    }

    static void row(String label, InboxLoad.Result r) {
        System.out.printf(Locale.ROOT, "%-46s p50 %6.1f ms  p99 %6.1f ms  %6.0f req/s  CPU %5.2f ms/req  GC %d (%d ms)  "
                        + "%.0f B/resp  %d errors%n", label, r.p50Ms(), r.p99Ms(), r.requestsPerSecond(), r.cpuMsPerRequest(),
                r.gcCount(), r.gcMs(), r.bodyBytes(), r.errors());
    }
}
