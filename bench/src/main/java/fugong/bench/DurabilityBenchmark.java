package fugong.bench;

import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What durable writes cost on the embedded file store: acknowledged single-document inserts per
 * second from one writer and from eight, with the store writing in the background (H2's default: the
 * acknowledged write may be lost when the process dies), committing each write to the file before the
 * answer (the default now), and also forcing it to the disk. Each mode runs the backend in a fresh
 * data folder. Figures are for comparing within one run: the machine is shared.
 * <p>
 * Run: {@code mvn -B -Pbench -pl bench -am -DskipTests verify} (after the push benchmark).
 */
public final class DurabilityBenchmark {

    private static final int WRITES = 2_000;

    private DurabilityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // the push benchmark may have started Tomcat in this JVM already (exec:java runs both in Maven's)
        org.apache.catalina.webresources.TomcatURLStreamHandlerFactory.disable();
        System.out.printf(Locale.ROOT, "%nDurable writes on the embedded file store: %d inserts per row, %d cores%n",
                WRITES, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-12s %14s %14s%n", "mode", "1 writer /s", "8 writers /s");
        for (String mode : List.of("BACKGROUND", "WRITTEN", "SYNCED")) {
            Path data = Files.createTempDirectory("fugong-bench-" + mode.toLowerCase(Locale.ROOT));
            ConfigurableApplicationContext app = new SpringApplicationBuilder(BenchApplication.class)
                    .properties(Map.of("server.port", "0", "fugong.mongo.embedded.path", data.toString(),
                            "fugong.mongo.embedded.durability", mode, "fugong.admin.password", "bench-admin-password",
                            "spring.main.banner-mode", "off", "logging.level.root", "WARN"))
                    .run();
            try {
                MongoTemplate mongo = app.getBean(MongoTemplate.class);
                insert(mongo, 1, 200, "warm-up");
                double one = insert(mongo, 1, WRITES, "one");
                double eight = insert(mongo, 8, WRITES, "eight");
                System.out.printf(Locale.ROOT, "%-12s %,14.0f %,14.0f%n", mode, one, eight);
            } finally {
                app.close();
            }
        }
    }

    /** Inserts {@code count} documents like a response (a few fields) from {@code threads} writers; per second. */
    private static double insert(MongoTemplate mongo, int threads, int count, String run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int writer = t;
            writers.add(pool.submit(() -> {
                for (int i = writer; i < count; i += threads) {
                    mongo.getCollection("benchWrites").insertOne(new Document("_id", run + ":" + i)
                            .append("noticeId", "n" + (i % 50)).append("workerId", "w" + i).append("status", "CONFIRMED")
                            .append("fields", new Document("attendanceMode", "ONLINE")).append("createdAt", new java.util.Date()));
                }
            }));
        }
        for (Future<?> w : writers) {
            w.get();
        }
        pool.shutdown();
        return count / ((System.nanoTime() - started) / 1e9);
    }
}
