package fugong.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.fugong.base.NoticeType;
import org.fugong.notice.Notice;
import org.fugong.push.PushGateway;
import org.fugong.push.PushMessage;
import org.fugong.worker.Platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The measurements of a run: raw sends through the gateway, and a notice's fan-out. */
final class Measures {

    /** What one fan-out did. */
    record FanOut(String noticeId, int workers, long pushes, double seconds, double firstPushSeconds, double publishedSeconds,
                  double plannedSeconds, double betweenFirstAndLastPerSecond, long longestGapMs, double cpuMsPerPush,
                  long peakHeapMb, long compilerMs, long gcPauseMs, double allocatedKbPerPush, String cpuByGroup) {
        double pushesPerSecond() {
            return pushes / seconds;
        }

        double msPerPush() {
            return seconds * 1000 / Math.max(1, pushes);
        }
    }

    /** One measurement of a warm-up: its rate, the JIT compiler threads' CPU during it and how long it took. */
    private record Trial(double rate, long compilerMs, double millis) {
    }

    private Measures() {
    }

    /**
     * The median of three raw rates measured back to back (all three are printed): one measurement of
     * a few seconds can fall on a collection or the previous fan-out's tail (a low rate that would
     * flatter the fan-out) or on a lucky moment of the shared machine (a high one).
     */
    static double medianRawSendRate(PushGateway gateway, int count, int parallel) throws Exception {
        double[] rates = new double[3];
        double cpuMs;
        long gcMs;
        double allocatedKb;
        String byGroup;
        try (Machine machine = new Machine()) {
            for (int i = 0; i < rates.length; i++) {
                rates[i] = rawSendRate(gateway, count, parallel);
            }
            cpuMs = machine.cpuSeconds() * 1000 / (3.0 * count);
            gcMs = machine.gcPauseMillis();
            allocatedKb = machine.allocatedMb() * 1000 / (3.0 * count);
            byGroup = machine.cpuByGroup(3L * count);
        }
        System.out.printf(java.util.Locale.ROOT, "raw sendEach, %d messages three times: %.0f, %.0f, %.0f per s; "
                + "CPU %.3f ms/message; allocated %.1f KB/message; GC pauses %d ms; CPU by thread, ms/message: %s%n", count,
                rates[0], rates[1], rates[2], cpuMs, allocatedKb, gcMs, byGroup);
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
        untilSettled("raw sendEach warm-up, 20000 messages each", "per s", () -> {
            long compiling = Machine.compilerCpuMillis();
            long start = System.nanoTime();
            double rate = rawSendRate(gateway, 20_000, parallel);
            return new Trial(rate, Machine.compilerCpuMillis() - compiling, (System.nanoTime() - start) / 1e6);
        });
    }

    /**
     * Runs measurements until the JIT compiler threads used under a fiftieth of the last one's time in
     * CPU and its rate is within a tenth of the one before, at most twenty, and prints them all.
     */
    private static void untilSettled(String label, String unit, Callable<Trial> measurement) throws Exception {
        StringBuilder rates = new StringBuilder();
        double previous = 0;
        for (int i = 0; i < 20; i++) {
            Trial trial = measurement.call();
            rates.append(i == 0 ? "" : ", ").append(Math.round(trial.rate()))
                    .append(" (JIT CPU ").append(trial.compilerMs()).append(" ms)");
            if (settled(previous, trial.rate(), trial.compilerMs(), trial.millis() / 50)) {
                break;
            }
            previous = trial.rate();
        }
        System.out.println(label + ": " + rates + " " + unit);
    }

    /**
     * The warm-ups' stopping rule: the JIT compiler threads used under {@code compilerBudgetMs} of CPU in
     * the last measurement, and its rate is within a tenth of the one before.
     */
    static boolean settled(double previousRate, double rate, long compilerMs, double compilerBudgetMs) {
        return compilerMs < compilerBudgetMs && previousRate > 0 && Math.abs(rate - previousRate) <= previousRate / 10;
    }

    /**
     * Sends {@code count} messages through the app's own gateway in batches of 500, {@code parallel} batches at
     * once (as the dispatcher does): the rate firebase-admin reaches with nothing else to do.
     */
    static double rawSendRate(PushGateway gateway, int count, int parallel) throws Exception {
        // threads that stay, so that their CPU can be told apart from the rest (Machine.cpuByGroup)
        ExecutorService pool = RAW_POOLS.computeIfAbsent(parallel, n -> Executors.newFixedThreadPool(n, task -> {
            Thread thread = new Thread(task, "raw-send-" + RAW_THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }));
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
    }

    private static final Map<Integer, ExecutorService> RAW_POOLS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger RAW_THREADS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Fans notices out to a district of its own until the JIT compiler threads used under a fiftieth of
     * a fan-out's time in CPU and its rate is within a tenth of the one before (at most twenty, all
     * printed): the raw rate is measured warm, so the fan-out is too. The walk, the inbox writes, the
     * ledger and the embedded server's side of them are compiled on their first fan-outs, and a
     * first fan-out measured while C2 still works on them pays for that (up to two fifths of a core).
     *
     * <p>A measured fan-out reaches workers who have no inbox bucket yet (as every fan-out of a new month
     * does), so it creates buckets, while a warm-up's audience has its buckets from the first warm-up on.
     * Before each later warm-up, every other bucket of the audience is removed: each warm-up creates
     * half its buckets and adds to the other half, and the compiler sees both ways of an inbox write
     * before the measured fan-outs (without it, C2 still took 650 ms of a 50k fan-out's CPU).
     *
     * @return the warm-up's notices (their inbox entries are not among the inbox phase's million)
     */
    static Set<String> warmUpFanOut(App app, String district, int workers) throws Exception {
        List<String> notices = new ArrayList<>();
        untilSettled("fan-out warm-up, " + workers + " workers each", "pushes/s", () -> {
            if (!notices.isEmpty()) {
                // the last warm-up's notice is in every bucket of the audience (the first one's only in those never removed)
                removeBuckets(app, notices.get(notices.size() - 1), 2);
            }
            FanOut run = fanOut(app, district, workers, "预热 " + (notices.size() + 1));
            notices.add(run.noticeId());
            return new Trial(run.pushesPerSecond(), run.compilerMs(), run.seconds() * 1000);
        });
        return Set.copyOf(notices);
    }

    /**
     * Removes every inbox bucket that holds an entry of the notice, so the next fan-out to the same
     * audience creates its buckets again as the one before did (the audience had none before it).
     */
    static int removeBuckets(App app, String noticeId) {
        return removeBuckets(app, noticeId, 1);
    }

    /**
     * Removes every {@code every}-th inbox bucket that holds an entry of the notice, each by its id in one
     * unordered bulk write (the embedded server matches an {@code $in} of ids against every bucket, one
     * id after another: 200,000 of them took minutes).
     */
    private static int removeBuckets(App app, String noticeId, int every) {
        MongoCollection<Document> buckets = app.mongo.getCollection("inboxBuckets");
        List<DeleteOneModel<Document>> deletes = new ArrayList<>();
        int i = 0;
        for (Document bucket : buckets.find(Filters.exists("e." + noticeId)).projection(new Document("_id", 1))) {
            if (i++ % every == 0) {
                deletes.add(new DeleteOneModel<>(Filters.eq("_id", bucket.get("_id"))));
            }
        }
        if (!deletes.isEmpty()) {
            // the driver splits it into batches the server takes
            buckets.bulkWrite(deletes, new BulkWriteOptions().ordered(false));
        }
        return deletes.size();
    }

    /** Publishes a notice of a subscribed type to a district and measures its fan-out to the last push. */
    static FanOut fanOut(App app, String district, int workers, String title) {
        try (Machine machine = new Machine()) {
            long compiling = Machine.compilerCpuMillis();
            long start = System.nanoTime();
            Date startedAt = new Date();
            Notice notice = app.publish(NoticeType.JOB_FAIR, title, district);
            double published = (System.nanoTime() - start) / 1e9;
            app.awaitDispatched(notice.id());
            double seconds = (System.nanoTime() - start) / 1e9;
            long pushes = 0;
            // each batch is recorded once sent: when, and how many pushes it carried
            List<long[]> recorded = new ArrayList<>();
            for (Document batch : app.mongo.getCollection("pushBatches").find(new Document("noticeId", notice.id()))) {
                int carried = batch.getInteger("sent", 0) + batch.getInteger("failed", 0) + batch.getInteger("retried", 0);
                pushes += carried;
                Date sentAt = batch.getDate("sentAt");
                if (sentAt != null) {
                    recorded.add(new long[]{sentAt.getTime(), carried});
                }
            }
            recorded.sort(Comparator.comparingLong(batch -> batch[0]));
            double firstPush = recorded.isEmpty() ? Double.NaN : (recorded.get(0)[0] - startedAt.getTime()) / 1000.0;
            // the pushes after the first batch over the time from its record to the last one's: the rate
            // without the start (plan, first walk, first send) and the end (the job's finish, the poll)
            double between = Double.NaN;
            long longestGap = 0;
            if (recorded.size() > 1) {
                long last = recorded.get(recorded.size() - 1)[0];
                between = (pushes - recorded.get(0)[1]) * 1000.0 / Math.max(1, last - recorded.get(0)[0]);
                for (int i = 1; i < recorded.size(); i++) {
                    longestGap = Math.max(longestGap, recorded.get(i)[0] - recorded.get(i - 1)[0]);
                }
            }
            // the job's plan (the audience cut into push ranges) is done when it starts running
            Document job = app.job(notice.id());
            Date planned = job == null ? null : job.getDate("startedAt");
            double plannedAt = planned == null ? Double.NaN : (planned.getTime() - startedAt.getTime()) / 1000.0;
            return new FanOut(notice.id(), workers, pushes, seconds, firstPush, published, plannedAt, between, longestGap,
                    machine.cpuSeconds() * 1000 / Math.max(1, pushes),
                    machine.peakHeapMb(), Machine.compilerCpuMillis() - compiling, machine.gcPauseMillis(),
                    machine.allocatedMb() * 1000 / Math.max(1, pushes), machine.cpuByGroup(pushes));
        }
    }
}
