package fugong.bench;

import org.bson.Document;
import org.fugong.base.NoticeType;
import org.fugong.notice.Notice;
import org.fugong.push.PushGateway;
import org.fugong.push.PushMessage;
import org.fugong.worker.Platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The measurements of a run: raw sends through the gateway, and a notice's fan-out. */
final class Measures {

    /** What one fan-out did. */
    record FanOut(int workers, long pushes, double seconds, double firstPushSeconds, double cpuMsPerPush, long peakHeapMb,
                  long compilerMs) {
        double pushesPerSecond() {
            return pushes / seconds;
        }

        double msPerPush() {
            return seconds * 1000 / Math.max(1, pushes);
        }
    }

    /** The notices of the fan-out warm-ups: their inbox entries are not among the inbox phase's million. */
    static final java.util.Set<String> WARM_UP_NOTICES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Measures() {
    }

    /**
     * Sends {@code count} messages through the app's own gateway in batches of 500, {@code parallel} batches at
     * once (as the dispatcher does): the rate firebase-admin reaches with nothing else to do.
     */
    /**
     * The median of three raw rates measured back to back (all three are printed): one measurement of
     * a few seconds can fall on a collection or the previous fan-out's tail (a low rate that would
     * flatter the fan-out) or on a lucky moment of the shared machine (a high one).
     */
    static double medianRawSendRate(PushGateway gateway, int count, int parallel) throws Exception {
        double[] rates = new double[3];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = rawSendRate(gateway, count, parallel);
        }
        System.out.printf(java.util.Locale.ROOT, "raw sendEach, %d messages three times: %.0f, %.0f, %.0f per s%n",
                count, rates[0], rates[1], rates[2]);
        java.util.Arrays.sort(rates);
        return rates[1];
    }

    /**
     * Sends through the gateway in measurements of 20,000 messages until the JIT compiler threads used
     * under a fiftieth of a measurement's time in CPU and its rate is within a tenth of the one before
     * (at most twenty, all printed): firebase-admin's path keeps getting faster over a JVM's first
     * 200,000 messages, and a fan-out divided by a rate still climbing would look better than it is.
     */
    static void warmUp(PushGateway gateway, int parallel) throws Exception {
        StringBuilder rates = new StringBuilder();
        double previous = 0;
        for (int i = 0; i < 20; i++) {
            long compiling = Machine.compilerCpuMillis();
            long start = System.nanoTime();
            double rate = rawSendRate(gateway, 20_000, parallel);
            compiling = Machine.compilerCpuMillis() - compiling;
            double millis = (System.nanoTime() - start) / 1e6;
            rates.append(i == 0 ? "" : ", ").append(Math.round(rate)).append(" (JIT CPU ").append(compiling).append(" ms)");
            if (settled(previous, rate, compiling, millis / 50)) {
                break;
            }
            previous = rate;
        }
        System.out.println("raw sendEach warm-up, 20000 messages each: " + rates + " per s");
    }

    /**
     * The warm-ups' stopping rule: the JIT compiler threads used under {@code compilerBudgetMs} of CPU in
     * the last measurement, and its rate is within a tenth of the one before.
     */
    static boolean settled(double previousRate, double rate, long compilerMs, double compilerBudgetMs) {
        return compilerMs < compilerBudgetMs && previousRate > 0 && Math.abs(rate - previousRate) <= previousRate / 10;
    }

    static double rawSendRate(PushGateway gateway, int count, int parallel) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<PushMessage> batch = new ArrayList<>(PushGateway.MAX_BATCH);
            for (int i = 0; i < PushGateway.MAX_BATCH; i++) {
                batch.add(new PushMessage("bench-token-" + (i * 7 + 1), Platform.ANDROID, "基准测试", "直接发送",
                        Map.of("noticeId", "bench", "type", "ANNOUNCEMENT", "kind", "NOTICE"), "general", "bench",
                        Duration.ofDays(1), false));
            }
            List<Future<?>> sends = new ArrayList<>();
            long start = System.nanoTime();
            for (int sent = 0; sent < count; sent += PushGateway.MAX_BATCH) {
                sends.add(pool.submit(() -> gateway.send(batch)));
            }
            for (Future<?> f : sends) {
                f.get();
            }
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Fans notices out to a district of its own until the JIT compiler threads used under a fiftieth of
     * a fan-out's time in CPU and its rate is within a tenth of the one before (at most twenty, all
     * printed): the raw rate is measured warm, so the fan-out is too. The walk, the inbox writes, the
     * ledger and the embedded server's side of them are compiled on their first fan-outs, and a
     * first fan-out measured while C2 still works on them pays for that (up to two fifths of a core).
     */
    static void warmUpFanOut(App app, String district, int workers) {
        StringBuilder rates = new StringBuilder();
        double previous = 0;
        for (int i = 0; i < 20; i++) {
            FanOut run = fanOut(app, district, workers, "预热 " + (i + 1), WARM_UP_NOTICES::add);
            rates.append(i == 0 ? "" : ", ").append(Math.round(run.pushesPerSecond()))
                    .append(" (JIT CPU ").append(run.compilerMs()).append(" ms)");
            if (settled(previous, run.pushesPerSecond(), run.compilerMs(), run.seconds() * 1000 / 50)) {
                break;
            }
            previous = run.pushesPerSecond();
        }
        System.out.println("fan-out warm-up, " + workers + " workers each: " + rates + " pushes/s");
    }

    /** Publishes a notice of a subscribed type to a district and measures its fan-out to the last push. */
    static FanOut fanOut(App app, String district, int workers, String title) {
        return fanOut(app, district, workers, title, id -> { });
    }

    private static FanOut fanOut(App app, String district, int workers, String title,
                                 java.util.function.Consumer<String> published) {
        try (Machine machine = new Machine()) {
            long compiling = Machine.compilerCpuMillis();
            long start = System.nanoTime();
            Date startedAt = new Date();
            Notice notice = app.publish(NoticeType.JOB_FAIR, title, district);
            published.accept(notice.id());
            app.awaitDispatched(notice.id());
            double seconds = (System.nanoTime() - start) / 1e9;
            long pushes = 0;
            Date first = null;
            for (Document batch : app.mongo.getCollection("pushBatches").find(new Document("noticeId", notice.id()))) {
                pushes += batch.getInteger("sent", 0) + batch.getInteger("failed", 0) + batch.getInteger("retried", 0);
                Date sentAt = batch.getDate("sentAt");
                if (sentAt != null && (first == null || sentAt.before(first))) {
                    first = sentAt;
                }
            }
            double firstPush = first == null ? Double.NaN : (first.getTime() - startedAt.getTime()) / 1000.0;
            return new FanOut(workers, pushes, seconds, firstPush, machine.cpuSeconds() * 1000 / Math.max(1, pushes),
                    machine.peakHeapMb(), Machine.compilerCpuMillis() - compiling);
        }
    }
}
