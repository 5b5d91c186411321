package fugong.bench;

import org.bson.Document;
import org.fugong.base.NoticeType;
import org.fugong.notice.Notice;
import org.fugong.notice.ResponseKind;
import org.fugong.push.PushGateway;
import org.fugong.response.Response;
import org.fugong.response.ResponseService;
import org.fugong.response.ResponseStatus;
import org.fugong.security.TokenService;
import org.fugong.worker.WorkerImport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prints what the push pipeline and the inbox do at city size, on this machine, in one run: worker
 * imports; the raw firebase-admin rate through the app's own gateway (warm, to an FCM stand-in in a
 * process of its own); fan-outs of 20k, 50k and 200k workers as pushes/s, time to the first push,
 * total time, CPU per push and peak heap, each divided by the raw rate around it (measured just before
 * and just after it), three times a size (the medians are the figures); the same with 1 % of tokens
 * failing; inbox reads under 50 concurrent clients with over a million inbox entries, outside and during
 * a fan-out; a rush of seat bookings; then fan-outs on the file backend. The last line is for machines.
 * <p>
 * Run: {@code mvn -B -Pbench -pl bench -am -DskipTests verify} ({@code -Dbench.sizes=20000,50000,200000}).
 */
public final class Benchmark {

    private static final int IN_FLIGHT = 3;
    /** How many times each size is fanned out, each between two raw measurements; the medians are the figures. */
    private static final int REPEATS = Math.max(1, Integer.getInteger("fugong.bench.repeats", 3));
    /**
     * Whether the measured fan-outs are run once before they are measured, the same sizes in the same
     * order between the same raw measurements (decision 72): printed, not counted.
     */
    private static final boolean WARM_PASS = Boolean.parseBoolean(System.getProperty("fugong.bench.warm-pass", "true"));
    /**
     * The district of the workers the fan-outs are warmed up on, and how many there are: more than one
     * push range (25,000 workers by default), so that the split's range ends and the walk of a range
     * bounded by ids are compiled before the measured fan-outs, which all span several ranges.
     */
    private static final String WARM_UP_DISTRICT = "遂溪县";
    private static final int WARM_UP_WORKERS = 30_000;
    /** The file backend's warm-up audience (it is slower: fewer fan-outs of fewer workers). */
    private static final int FILE_WARM_UP_WORKERS = 10_000;
    /**
     * The notices the fan-outs were warmed up with, and the measured ones whose buckets were removed
     * before the next repeat: their inbox entries are not counted as the inbox phase's.
     */
    private static final Set<String> warmUpNotices = new HashSet<>();
    /** The push threads' nice value by default ({@code fugong.push.niceness}). */
    private static final int NICENESS = 10;
    /** The threads the application starts at that nice value: the dispatcher's, its send pool, the relay, firebase-admin's. */
    private static final java.util.regex.Pattern PUSH_THREADS = java.util.regex.Pattern.compile("push-(\\d+|plan-\\d+|send-\\d+|relay-\\d+)|fcm-send-\\d+");
    /**
     * Whether each size's measured fan-outs are followed by {@link #REPEATS} raw sends of as many
     * messages as the fan-out pushed, each divided by the raw rate around it exactly as a fan-out is
     * (decision 76): what the ratio reads for the raw path itself, the benchmark's own noise floor.
     */
    private static final boolean NOISE_FLOOR = Boolean.parseBoolean(System.getProperty("fugong.bench.noise-floor", "true"));
    /** The parts to run (all by default): fanout, faulty, inbox, bookings, file. */
    private static List<String> phases = List.of();

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream((args.length > 0 ? args[0] : "20000,50000,200000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int bookings = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        phases = List.of((args.length > 3 ? args[3] : "fanout,faulty,inbox,bookings,file").split(","));
        System.out.printf(Locale.ROOT, "%nFugong benchmark on %d cores: fan-outs of %s workers, %d bookings, %d inbox clients%n",
                Runtime.getRuntime().availableProcessors(), sizes, bookings, clients);
        // the JVM's own flags (heap, pages, tenuring, profiling): a reader sees what the figures ran on
        System.out.printf(Locale.ROOT, "JVM: %s %s%n", System.getProperty("java.vm.version"),
                String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        System.out.printf(Locale.ROOT, "The app's FCM quota (fugong.push.rate-per-minute): %,d messages a minute (decision 66)%n",
                App.RATE_PER_MINUTE);
        long latencyMicros = Math.max(0, Long.getLong("fugong.bench.fcm-latency-micros", 0));
        System.out.printf(Locale.ROOT, "The FCM stand-in answers each message after %,d µs (-Dbench.fcm-latency-micros)%n", latencyMicros);
        try (FcmStandIn fcm = new FcmStandIn(16, latencyMicros)) {
            Map<String, Double> memory = memoryRun(fcm, sizes, bookings, clients);
            Map<String, Double> file = phases.contains("file") ? fileRun(fcm, sizes.subList(0, Math.min(2, sizes.size())))
                    : Map.of();
            System.out.printf(Locale.ROOT, "%nfanout/raw=%.2f fanout/raw_50k=%.2f fanout/raw_200k=%.2f fanout/raw_50k_lowest=%.2f fanout/raw_200k_lowest=%.2f fanout/raw_before_50k=%.2f fanout/raw_before_200k=%.2f raw/raw_50k=%.2f raw/raw_200k=%.2f ms_per_push_ratio_200k_20k=%.2f "
                            + "ms_per_push_ratio_200k_20k_per_raw=%.2f fanout_1pct_503/clean=%.2f import_per_s=%.0f inbox_p99_ms=%.1f inbox_p99_during_fanout_ms=%.1f "
                            + "inbox_p99_during_fanout_nice0_ms=%.1f bookings_per_s=%.0f file_fanout/raw=%.2f file_inbox_p99_ms=%.1f%n",
                    memory.get("ratio"), memory.getOrDefault("ratio50", Double.NaN), memory.getOrDefault("ratio200", Double.NaN),
                    memory.getOrDefault("ratio50lowest", Double.NaN), memory.getOrDefault("ratio200lowest", Double.NaN),
                    memory.getOrDefault("ratio50before", Double.NaN), memory.getOrDefault("ratio200before", Double.NaN),
                    memory.getOrDefault("floor50", Double.NaN), memory.getOrDefault("floor200", Double.NaN),
                    memory.getOrDefault("linearity", Double.NaN), memory.getOrDefault("linearityPerRaw", Double.NaN),
                    memory.getOrDefault("faulty", Double.NaN), memory.get("import"),
                    memory.getOrDefault("p99", Double.NaN), memory.getOrDefault("p99fanout", Double.NaN),
                    memory.getOrDefault("p99fanoutEqual", Double.NaN),
                    memory.getOrDefault("bookings", Double.NaN), file.getOrDefault("ratio", Double.NaN),
                    file.getOrDefault("p99", Double.NaN));
        }
        System.exit(0);
    }

    private static Map<String, Double> memoryRun(FcmStandIn fcm, List<Integer> sizes, int bookings, int clients) throws Exception {
        Map<String, Double> figures = new java.util.HashMap<>();
        try (App app = new App(fcm.endpoint(), "MEMORY", null)) {
            System.out.printf(Locale.ROOT, "%n== embedded server, memory backend ==%n");
            Seeder seeder = new Seeder(app.context.getBean(WorkerImport.class), app.admin, 1);
            List<String> districts = List.of("赤坎区", "霞山区", "坡头区", "麻章区", "吴川市");
            double importRate = 0;
            int seeded = 0;
            Machine machine = new Machine();
            for (int i = 0; i < sizes.size(); i++) {
                importRate += seeder.seed(sizes.get(i), districts.get(i)) * sizes.get(i);
                seeded += sizes.get(i);
            }
            double importCpuMs = machine.cpuSeconds() * 1000 / seeded;
            machine.close();
            importRate /= seeded;
            seeder.seed(Math.max(bookings, 100), "廉江市");
            if (phases.contains("fanout")) {
                seeder.seed(WARM_UP_WORKERS, WARM_UP_DISTRICT);
            }
            row("worker import (NDJSON, a device each)", seeded, importRate, "workers/s");
            System.out.printf(Locale.ROOT, "  %.3f ms CPU per worker (the whole process)%n", importCpuMs);
            figures.put("import", importRate);

            if (phases.contains("fanout")) {
                fanOuts(app, fcm, sizes, districts, clients, figures);
            }
            if (phases.contains("bookings")) {
                figures.put("bookings", bookings(app, bookings));
            }
        }
        return figures;
    }

    /** Fan-outs of every size against the raw rate, then (if asked) with failing tokens and under inbox reads. */
    private static void fanOuts(App app, FcmStandIn fcm, List<Integer> sizes, List<String> districts, int clients,
                                Map<String, Double> figures) throws Exception {
        PushGateway gateway = app.context.getBean(PushGateway.class);
        Measures.warmUp(gateway, IN_FLIGHT);
        warmUpNotices.addAll(Measures.warmUpFanOut(app, WARM_UP_DISTRICT, WARM_UP_WORKERS));
        if (WARM_PASS) {
            // the JIT still recompiles what the alternation of raw sends, fan-outs and bucket removals
            // deoptimizes after the warm-ups above: one pass of exactly what is measured settles most of
            // it (each fan-out row prints the compiler's CPU that is left)
            System.out.println("warm-up pass: the measured fan-outs once, printed and not counted (-Dbench.warm-pass=false skips it)");
            for (int i = 0; i < sizes.size(); i++) {
                paired(app, gateway, districts.get(i), sizes.get(i), "预热推送 " + sizes.get(i), true);
            }
            System.out.println("measured pass:");
        }
        List<Double> ratios = new ArrayList<>();
        Paired smallest = null;
        for (int i = 0; i < sizes.size(); i++) {
            Paired size = paired(app, gateway, districts.get(i), sizes.get(i), "推送 " + sizes.get(i), false);
            ratios.add(size.ratio());
            double floor = NOISE_FLOOR ? noiseFloor(gateway, sizes.get(i), size.lastRaw()) : Double.NaN;
            if (sizes.get(i) == 50_000) {
                figures.put("floor50", floor);
                figures.put("ratio50", size.ratio());
                figures.put("ratio50lowest", size.lowestRatio());
                figures.put("ratio50before", size.ratioBeforeOnly());
            }
            if (sizes.get(i) == 200_000) {
                figures.put("floor200", floor);
                figures.put("ratio200", size.ratio());
                figures.put("ratio200lowest", size.lowestRatio());
                figures.put("ratio200before", size.ratioBeforeOnly());
            }
            if (smallest == null) {
                smallest = size;
            } else {
                figures.put("linearity", size.msPerPush() / smallest.msPerPush());
                // the same in units of the raw time per message measured around each: a machine
                // that slows down between the two fan-outs (the raw rate shows it) moves this one less
                figures.put("linearityPerRaw", size.msPerRawTime() / smallest.msPerRawTime());
            }
        }
        figures.put("ratio", sizes.size() > 1 ? ratios.subList(1, ratios.size()).stream().mapToDouble(d -> d).min().orElse(0)
                : ratios.get(0));
        if (phases.contains("faulty")) {
            faulty(app, fcm, sizes, districts, figures);
        }
        if (phases.contains("inbox")) {
            inbox(app, sizes, districts, clients, figures);
        }
    }

    /**
     * The medians of {@link #REPEATS} fan-outs of one size, each divided by the raw rate around it (the
     * geometric mean of the raw rates measured just before and just after it): its ratio, its time per
     * push, and its time per push in units of the raw time per message; the lowest single ratio; and the
     * median ratio against the raw rate before it alone (how the figures were taken up to decision 65);
     * and the raw rate measured after the last fan-out.
     */
    private record Paired(double ratio, double msPerPush, double msPerRawTime, double lowestRatio, double ratioBeforeOnly,
                          double lastRaw) {
    }

    /**
     * Fans a notice out to the district {@link #REPEATS} times, each between two raw rates (each the
     * median of three), and prints every fan-out and the medians. A raw measurement after one fan-out
     * is the one before the next: raw, fan-out, raw, fan-out, raw, fan-out, raw. The shared machine's
     * speed moves within seconds (the raw rate by half between two measurements of 20,000 messages), so a
     * fan-out divided by the rate before it alone takes a drift during it as the application's cost,
     * either way; the rate on both sides of it halves that error (decision 65). After each fan-out but the
     * last, the buckets it created are removed before the raw measurement after it: every measured
     * fan-out reaches workers with no inbox bucket yet, as the first does. In the warm-up pass the last
     * one's are removed too, so the measured pass starts as this one did.
     */
    private static Paired paired(App app, PushGateway gateway, String district, int size, String title, boolean warmUp)
            throws Exception {
        List<Double> ratios = new ArrayList<>();
        List<Double> ratiosBeforeOnly = new ArrayList<>();
        List<Double> msPerPush = new ArrayList<>();
        List<Double> msPerRawTime = new ArrayList<>();
        double before = Measures.medianRawSendRate(gateway, 20_000, IN_FLIGHT);
        for (int r = 0; r < REPEATS; r++) {
            Measures.FanOut run = Measures.fanOut(app, district, size, title + (REPEATS > 1 ? " #" + (r + 1) : ""));
            if (r < REPEATS - 1 || warmUp) {
                long removing = System.nanoTime();
                int removed = Measures.removeBuckets(app, run.noticeId());
                System.out.printf(Locale.ROOT, "  removed the %d inbox buckets this fan-out created, in %.1f s%n", removed,
                        (System.nanoTime() - removing) / 1e9);
                // its entries are gone: the inbox phase does not count them
                warmUpNotices.add(run.noticeId());
            }
            double after = Measures.medianRawSendRate(gateway, 20_000, IN_FLIGHT);
            double raw = rateAround(before, after);
            fanOutRow(run, raw);
            System.out.printf(Locale.ROOT, "  raw sendEach before it %.0f/s, after it %.0f/s: %.2fx the rate around it, %.2fx the rate before it%n",
                    before, after, run.pushesPerSecond() / raw, run.pushesPerSecond() / before);
            ratios.add(run.pushesPerSecond() / raw);
            ratiosBeforeOnly.add(run.pushesPerSecond() / before);
            msPerPush.add(run.msPerPush());
            msPerRawTime.add(run.msPerPush() * raw / 1000);
            before = after;
        }
        Paired median = new Paired(median(ratios), median(msPerPush), median(msPerRawTime),
                ratios.stream().mapToDouble(d -> d).min().orElse(Double.NaN), median(ratiosBeforeOnly), before);
        if (REPEATS > 1) {
            System.out.printf(Locale.ROOT, "  %s%d workers, the median of %d: %.2fx the raw rate (each: %s); %.3f ms/push; "
                            + "against the raw rate before each alone %.2fx (each: %s)%n", warmUp ? "warm-up pass, " : "", size,
                    REPEATS, median.ratio(), joined(ratios), median.msPerPush(), median.ratioBeforeOnly(), joined(ratiosBeforeOnly));
        }
        return median;
    }

    /**
     * The benchmark's noise floor at one size: {@link #REPEATS} raw sends of {@code size} messages, each
     * taken as a fan-out is (between two raw rates of 20,000 messages, each the median of three, divided
     * by {@link #rateAround}; the first of them {@code before}, measured after the size's last fan-out).
     * The work measured is the raw path itself, so a departure from 1.00 is either the machine's speed
     * moving between the measurements and during the long one, which the rates around it do not see, or a
     * difference the method itself makes between one long measurement and short ones (their starts and
     * ends weigh more): errors every fan-out's ratio carries as well.
     *
     * @return the median of the ratios
     */
    private static double noiseFloor(PushGateway gateway, int size, double before) throws Exception {
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < REPEATS; r++) {
            double longRate = Measures.rawSendRate(gateway, size, IN_FLIGHT);
            double after = Measures.medianRawSendRate(gateway, 20_000, IN_FLIGHT);
            double ratio = longRate / rateAround(before, after);
            System.out.printf(Locale.ROOT, "noise floor: raw sendEach of %d messages at %.0f/s, raw sendEach before it %.0f/s, after it %.0f/s: "
                    + "%.2fx the rate around it%n", size, longRate, before, after, ratio);
            ratios.add(ratio);
            before = after;
        }
        double median = median(ratios);
        System.out.printf(Locale.ROOT, "  noise floor, %d messages, the median of %d: %.2fx the raw rate around it (each: %s; "
                + "-Dbench.noise-floor=false skips it)%n", size, ratios.size(), median, joined(ratios));
        return median;
    }

    /** The raw rate a measurement is divided by: the geometric mean of the raw rates just before and just after it. */
    private static double rateAround(double before, double after) {
        return Math.sqrt(before * after);
    }

    private static String joined(List<Double> ratios) {
        return ratios.stream().map(d -> String.format(Locale.ROOT, "%.2f", d)).collect(java.util.stream.Collectors.joining(", "));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * A fan-out with 1 % of its tokens answering 503 every time against a clean one of the same size and
     * district, {@link #REPEATS} pairs alternated, each row printed with where its CPU went: one pair moved
     * by half between runs (0.48–0.90), as any single fan-out does on this machine. After each faulty
     * fan-out the benchmark waits out its retries (off the batch, after the push's backoff of 10–15 s; they
     * succeed then), so they do not land in the next pair.
     */
    private static void faulty(App app, FcmStandIn fcm, List<Integer> sizes, List<String> districts,
                               Map<String, Double> figures) throws Exception {
        int faultySize = sizes.size() > 1 ? sizes.get(1) : sizes.get(0);
        String faultyDistrict = districts.get(sizes.size() > 1 ? 1 : 0);
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < REPEATS; r++) {
            Measures.FanOut clean = Measures.fanOut(app, faultyDistrict, faultySize, "对照 " + faultySize + " #" + (r + 1));
            faultyRow("clean", clean);
            fcm.failEvery(100);
            Measures.FanOut faulty;
            try {
                faulty = Measures.fanOut(app, faultyDistrict, faultySize, "1% 失败 " + faultySize + " #" + (r + 1));
            } finally {
                fcm.failEvery(0);
            }
            faultyRow("1% of tokens answering 503", faulty);
            ratios.add(faulty.pushesPerSecond() / clean.pushesPerSecond());
            if (r < REPEATS - 1) {
                Thread.sleep(RETRIES_DONE.toMillis());
            }
        }
        double median = median(ratios);
        System.out.printf(Locale.ROOT, "  with 1%% of tokens answering 503, the median of %d: %.2f of the clean rate (each: %s; "
                + "the failed ones retried later, off the batch)%n", ratios.size(), median, joined(ratios));
        figures.put("faulty", median);
    }

    /** How long the retries of a faulty fan-out take to be done after it: the push's backoff, 10 s and up to half again. */
    private static final Duration RETRIES_DONE = Duration.ofSeconds(18);

    private static void faultyRow(String label, Measures.FanOut run) {
        System.out.printf(Locale.ROOT, "%-44s %8d pushes in %6.2f s = %6.0f pushes/s; from the first push to the last %.0f pushes/s, "
                        + "at most %d ms between two batches; CPU %.3f ms/push; GC pauses %d ms; CPU by thread, ms/push: %s%n",
                "fan-out " + run.workers() + ", " + label, run.pushes(), run.seconds(), run.pushesPerSecond(),
                run.betweenFirstAndLastPerSecond(), run.longestGapMs(), run.cpuMsPerPush(), run.gcPauseMs(), run.cpuByGroup());
    }

    private static void inbox(App app, List<Integer> sizes, List<String> districts, int clients, Map<String, Double> figures)
            throws Exception {
        // announcements nobody subscribes to: inbox entries only, until the inboxes hold a million
        app.mongo.getCollection("workers").updateMany(new Document(), new Document("$set", new Document("subscriptions",
                List.of("JOB_FAIR", "POLICY", "RETURN_BUS", "JOB_POSTING"))));
        long entries = entries(app);
        int biggest = sizes.size() - 1;
        long start = System.nanoTime();
        long before = entries;
        for (int notices = 0; entries < 1_000_000 && notices < 12; notices++) {
            Notice quiet = app.publish(NoticeType.ANNOUNCEMENT, "站内通知", districts.get(biggest));
            app.awaitDispatched(quiet.id());
            entries = entries(app);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (entries > before) {
            row("fan-out: inbox entries only (unsubscribed)", entries - before, (entries - before) / seconds, "entries/s");
        }
        List<String> access = accessTokens(app);
        InboxLoad.settle(app.port(), access, clients);
        inboxRow("inbox page, 1 client, " + entries + " entries", InboxLoad.run(app.port(), access, 1, Duration.ofSeconds(10)));
        String label = "inbox page, " + clients + " clients, " + entries + " entries";
        InboxLoad.Result quiet = InboxLoad.medianOfThree(() -> load(app, access, clients, 15), r -> inboxRow(label, r));
        inboxRow("  the median of the three by p99", quiet);
        figures.put("p99", quiet.p99Ms());
        int during = sizes.size() > 1 ? 1 : 0;
        // during a fan-out, with the push threads at the application's nice value and (where this process
        // may lower it again: root or CAP_SYS_NICE) as any other thread, alternated
        int pushThreads = Machine.renice(NICENESS, PUSH_THREADS);
        boolean alternate = Machine.renice(0, PUSH_THREADS) == pushThreads && pushThreads > 0;
        System.out.printf(Locale.ROOT, "  during a %d-worker fan-out, its %d threads at nice %d%s:%n", sizes.get(during), pushThreads,
                NICENESS, alternate ? " and at 0, alternated" : " (they could not be set back to 0 without privilege)");
        List<InboxLoad.Result> niced = new ArrayList<>();
        List<InboxLoad.Result> equal = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Machine.renice(NICENESS, PUSH_THREADS);
            niced.add(duringFanOut(app, access, clients, sizes.get(during), districts.get(during), "    nice " + NICENESS));
            if (alternate) {
                Machine.renice(0, PUSH_THREADS);
                equal.add(duringFanOut(app, access, clients, sizes.get(during), districts.get(during), "    nice 0"));
            }
        }
        Machine.renice(NICENESS, PUSH_THREADS);
        InboxLoad.Result busy = InboxLoad.median(niced);
        inboxRow("  the median of the three at nice " + NICENESS, busy);
        figures.put("p99fanout", busy.p99Ms());
        if (alternate) {
            InboxLoad.Result busyEqual = InboxLoad.median(equal);
            inboxRow("  the median of the three at nice 0", busyEqual);
            figures.put("p99fanoutEqual", busyEqual.p99Ms());
        }
    }

    /** One load of the inbox while a fan-out runs; the row also says how fast the fan-out went meanwhile. */
    private static InboxLoad.Result duringFanOut(App app, List<String> access, int clients, int size, String district,
                                                 String label) {
        Measures.FanOut[] run = new Measures.FanOut[1];
        Thread fanOut = new Thread(() -> run[0] = Measures.fanOut(app, district, size, "读取时推送"));
        fanOut.start();
        App.sleep(300);
        InboxLoad.Result result = load(app, access, clients, 10);
        try {
            fanOut.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        inboxRow(String.format(Locale.ROOT, "%s (fan-out %.0f pushes/s)", label, run[0].pushesPerSecond()), result);
        return result;
    }

    private static InboxLoad.Result load(App app, List<String> access, int clients, int seconds) {
        try {
            return InboxLoad.run(app.port(), access, clients, Duration.ofSeconds(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Access tokens of 2,000 workers picked at random (of the first 200,000). */
    private static List<String> accessTokens(App app) {
        TokenService tokens = app.context.getBean(TokenService.class);
        List<String> access = new ArrayList<>();
        Random random = new Random(11);
        List<String> ids = new ArrayList<>();
        app.mongo.getCollection("workers").find().projection(new Document("_id", 1)).limit(200_000)
                .forEach(d -> ids.add(d.getObjectId("_id").toHexString()));
        for (int i = 0; i < 2_000; i++) {
            access.add(tokens.issueForWorker(ids.get(random.nextInt(ids.size()))).accessToken());
        }
        return access;
    }

    private static long entries(App app) {
        long total = 0;
        for (Document counters : app.mongo.getCollection("noticeCounters").find()) {
            if (warmUpNotices.contains(String.valueOf(counters.get("_id")))) {
                continue;
            }
            total += ((Number) counters.getOrDefault("targeted", 0L)).longValue();
        }
        return total;
    }

    /**
     * Concurrent seat bookings of a 100-seat bus by 32 threads, on a cold bus and then on a second one
     * (warm); returns the warm rate. CPU per booking is the whole process (the embedded server included),
     * so it holds when other work shares the cores.
     */
    private static double bookings(App app, int count) throws Exception {
        List<String> passengers = new ArrayList<>();
        app.mongo.getCollection("workers").find(new Document("district", "廉江市")).projection(new Document("_id", 1))
                .limit(count).forEach(d -> passengers.add(d.getObjectId("_id").toHexString()));
        bookingRush(app, passengers, "cold");
        return bookingRush(app, passengers, "warm");
    }

    private static double bookingRush(App app, List<String> passengers, String label) throws Exception {
        Notice bus = app.publish(NoticeType.RETURN_BUS, "基准测试专车 " + label, "廉江市");
        app.awaitDispatched(bus.id());
        awaitQuiet();
        ResponseService responses = app.context.getBean(ResponseService.class);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Callable<Response>> tasks = passengers.stream().<Callable<Response>>map(p -> () ->
                responses.submit(p, bus.id(), ResponseKind.SEAT_BOOKING, Map.of("pickupPoint", "玉林汽车总站"), "bench-" + label + "-" + p))
                .toList();
        Machine machine = new Machine();
        long start = System.nanoTime();
        AtomicInteger confirmed = new AtomicInteger();
        List<Response> answers = new ArrayList<>();
        for (Future<Response> f : pool.invokeAll(tasks)) {
            answers.add(f.get());
            if (f.get().status() == ResponseStatus.CONFIRMED) {
                confirmed.incrementAndGet();
            }
        }
        double rate = passengers.size() / ((System.nanoTime() - start) / 1e9);
        double cpuMs = machine.cpuSeconds() * 1000 / passengers.size();
        machine.close();
        pool.shutdown();
        row("concurrent seat bookings on a 100-seat bus (" + label + ")", passengers.size(), rate, "bookings/s");
        long stored = app.mongo.getCollection("responses").countDocuments(new Document("noticeId", bus.id()).append("status", "CONFIRMED"));
        long positions = answers.stream().map(Response::waitlistPosition).filter(java.util.Objects::nonNull).distinct().count();
        System.out.printf(Locale.ROOT, "  %.2f ms CPU per booking (the whole process); confirmed: %d answered, %d stored "
                        + "(never more than 100); %d distinct waitlist positions answered%n", cpuMs, confirmed.get(), stored,
                positions);
        return rate;
    }

    /** Until the bus's own pushes are out (under a tenth of a core for half a second; 30 s at most), so they are not counted. */
    private static void awaitQuiet() {
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until) {
            try (Machine machine = new Machine()) {
                App.sleep(500);
                if (machine.cpuSeconds() < 0.05) {
                    return;
                }
            }
        }
    }

    private static Map<String, Double> fileRun(FcmStandIn fcm, List<Integer> sizes) throws Exception {
        Path folder = Files.createTempDirectory("fugong-bench-");
        Map<String, Double> figures = new java.util.HashMap<>();
        try (App app = new App(fcm.endpoint(), "FILE", folder.toString())) {
            System.out.printf(Locale.ROOT, "%n== embedded server, file backend (H2 MVStore under %s) ==%n", folder);
            Seeder seeder = new Seeder(app.context.getBean(WorkerImport.class), app.admin, 50_000_001);
            List<String> districts = List.of("赤坎区", "霞山区");
            double importRate = 0;
            int seeded = 0;
            for (int i = 0; i < sizes.size(); i++) {
                importRate += seeder.seed(sizes.get(i), districts.get(i)) * sizes.get(i);
                seeded += sizes.get(i);
            }
            row("worker import (NDJSON, a device each)", seeded, importRate / seeded, "workers/s");
            seeder.seed(FILE_WARM_UP_WORKERS, WARM_UP_DISTRICT);
            PushGateway gateway = app.context.getBean(PushGateway.class);
            Measures.warmUp(gateway, IN_FLIGHT);
            warmUpNotices.addAll(Measures.warmUpFanOut(app, WARM_UP_DISTRICT, FILE_WARM_UP_WORKERS));
            double worst = Double.MAX_VALUE;
            for (int i = 0; i < sizes.size(); i++) {
                double raw = Measures.medianRawSendRate(gateway, 20_000, IN_FLIGHT);
                Measures.FanOut run = Measures.fanOut(app, districts.get(i), sizes.get(i), "文件 " + sizes.get(i));
                fanOutRow(run, raw);
                worst = Math.min(worst, run.pushesPerSecond() / raw);
            }
            figures.put("ratio", worst);
            if (phases.contains("inbox")) {
                List<String> access = accessTokens(app);
                InboxLoad.settle(app.port(), access, 50);
                InboxLoad.Result one = InboxLoad.run(app.port(), access, 1, Duration.ofSeconds(10));
                inboxRow("inbox page, 1 client, " + entries(app) + " entries", one);
                String label = "inbox page, 50 clients, " + entries(app) + " entries";
                InboxLoad.Result fifty = InboxLoad.medianOfThree(() -> load(app, access, 50, 15), r -> inboxRow(label, r));
                inboxRow("  the median of the three by p99", fifty);
                figures.put("p99", fifty.p99Ms());
            }
        }
        return figures;
    }

    private static void fanOutRow(Measures.FanOut run, double raw) {
        System.out.printf(Locale.ROOT, "%-44s %8d pushes in %6.2f s = %6.0f pushes/s (raw sendEach %6.0f/s: %.2fx); "
                        + "first push %.2f s (published %.2f s, planned %.2f s); from the first push to the last %.0f pushes/s (%.2fx), "
                        + "at most %d ms between two batches; %.3f ms/push; CPU %.3f ms/push (JIT %d ms); allocated %.1f KB/push; GC pauses %d ms; "
                        + "peak heap %d MB; CPU by thread, ms/push: %s%n",
                "fan-out: inbox entries + FCM pushes, " + run.workers(), run.pushes(), run.seconds(), run.pushesPerSecond(), raw,
                run.pushesPerSecond() / raw, run.firstPushSeconds(), run.publishedSeconds(), run.plannedSeconds(),
                run.betweenFirstAndLastPerSecond(), run.betweenFirstAndLastPerSecond() / raw, run.longestGapMs(),
                run.msPerPush(), run.cpuMsPerPush(), run.compilerMs(),
                run.allocatedKbPerPush(), run.gcPauseMs(), run.peakHeapMb(), run.cpuByGroup());
    }

    private static void inboxRow(String label, InboxLoad.Result result) {
        System.out.printf(Locale.ROOT, "%-52s p50 %6.1f ms  p99 %6.1f ms  %6.0f req/s  CPU %.2f ms/req  GC %d (%d ms)  %d errors%n",
                label, result.p50Ms(), result.p99Ms(), result.requestsPerSecond(), result.cpuMsPerRequest(), result.gcCount(),
                result.gcMs(), result.errors());
    }

    private static void row(String label, long n, double rate, String unit) {
        System.out.printf(Locale.ROOT, "%-52s %8d at %9.0f %s%n", label, n, rate, unit);
    }
}
