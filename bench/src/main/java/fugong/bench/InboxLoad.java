package fugong.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load generator in this process: {@code clients} workers reading the first page of their inbox over
 * HTTP as fast as the server answers (closed loop, no think time), for a while. Each client is a lean
 * keep-alive HTTP/1.1 connection ({@link LeanHttp}) sending a real request with a real token and reading
 * the whole body; CPU per request is the whole process's (server, embedded database, GC and clients).
 */
final class InboxLoad {

    static final String INBOX = "/api/v1/me/inbox?limit=20";

    /** Latencies, throughput and cost of a load run. */
    record Result(double p50Ms, double p99Ms, double requestsPerSecond, long errors, double cpuMsPerRequest,
                  long gcCount, long gcMs, double bodyBytes) {
    }

    private InboxLoad() {
    }

    static Result run(int port, List<String> accessTokens, int clients, Duration duration) throws InterruptedException {
        return run(port, INBOX, accessTokens, clients, duration);
    }

    /**
     * Loads the inbox in windows of five seconds until the server has settled, at most two minutes: the
     * JIT compiler threads used under 100 ms of CPU in the window, and its throughput is within a tenth
     * of the window before. Every window is printed. A server runs for weeks; its first minutes after a
     * million writes, while C2 still compiles, are not its steady state, and the windows show how long
     * they last.
     */
    static void settle(int port, List<String> accessTokens, int clients) throws InterruptedException {
        double previous = 0;
        StringBuilder windows = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            long compiling = Machine.compilerCpuMillis();
            Result window = run(port, accessTokens, clients, Duration.ofSeconds(5));
            compiling = Machine.compilerCpuMillis() - compiling;
            windows.append(String.format(java.util.Locale.ROOT, "%s%.0f/s (%.2f ms CPU, JIT CPU %d ms)", i == 0 ? "" : ", ",
                    window.requestsPerSecond(), window.cpuMsPerRequest(), compiling));
            if (Measures.settled(previous, window.requestsPerSecond(), compiling, 100)) {
                break;
            }
            previous = window.requestsPerSecond();
        }
        System.out.println("inbox warm-up, " + clients + " clients, windows of 5 s: " + windows);
    }

    /** Three loads in a row, each printed by {@code print}; the one with the median p99. */
    static Result medianOfThree(java.util.function.Supplier<Result> load, java.util.function.Consumer<Result> print) {
        List<Result> results = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Result result = load.get();
            print.accept(result);
            results.add(result);
        }
        return median(results);
    }

    /** The result with the median p99 (of an even number, the lower of the two in the middle). */
    static Result median(List<Result> results) {
        List<Result> sorted = new java.util.ArrayList<>(results);
        sorted.sort(java.util.Comparator.comparingDouble(Result::p99Ms));
        return sorted.get((sorted.size() - 1) / 2);
    }

    static Result run(int port, String path, List<String> accessTokens, int clients, Duration duration)
            throws InterruptedException {
        int perClient = 1 << 16;
        long[][] micros = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(clients);
        long[] window = new long[1];
        for (int c = 0; c < clients; c++) {
            int me = c;
            micros[c] = new long[perClient];
            Random random = new Random(c);
            Thread client = new Thread(() -> {
                try (LeanHttp http = new LeanHttp("127.0.0.1", port)) {
                    ready.countDown();
                    go.await();
                    long end = window[0];
                    while (System.nanoTime() < end && counts[me] < perClient) {
                        String token = accessTokens.isEmpty() ? null : accessTokens.get(random.nextInt(accessTokens.size()));
                        long start = System.nanoTime();
                        try {
                            int status = token == null ? http.get(path, "Accept-Language: zh-CN")
                                    : http.get(path, "Authorization: Bearer " + token, "Accept-Language: zh-CN");
                            if (status != 200) {
                                errors.incrementAndGet();
                            }
                            bytes.addAndGet(http.bodyBytes);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        micros[me][counts[me]++] = (System.nanoTime() - start) / 1000;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "inbox-client-" + c);
            client.setDaemon(true);
            client.start();
        }
        ready.await();
        Machine machine = new Machine();
        long gcCount = gcCount();
        long gcMs = Machine.gcMillis();
        long start = System.nanoTime();
        window[0] = start + duration.toNanos();
        go.countDown();
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = machine.cpuSeconds();
        machine.close();
        gcCount = gcCount() - gcCount;
        gcMs = Machine.gcMillis() - gcMs;
        int total = 0;
        for (int n : counts) {
            total += n;
        }
        if (total == 0) {
            return new Result(Double.NaN, Double.NaN, 0, errors.get(), Double.NaN, gcCount, gcMs, 0);
        }
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(micros[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        java.util.Arrays.sort(all);
        return new Result(all[total / 2] / 1000.0, all[Math.min(total - 1, (int) (total * 99L / 100))] / 1000.0,
                total / seconds, errors.get(), cpu * 1000 / total, gcCount, gcMs, (double) bytes.get() / total);
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }
}
