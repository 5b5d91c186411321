package fugong.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load generator in this process: {@code clients} workers reading the first page of their inbox over
 * HTTP as fast as the server answers (closed loop), for a while.
 */
final class InboxLoad {

    /** Latencies and throughput of a load run. */
    record Result(double p50Ms, double p99Ms, double requestsPerSecond, long errors) {
    }

    private InboxLoad() {
    }

    static Result run(int port, List<String> accessTokens, int clients, Duration duration) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI inbox = URI.create("http://127.0.0.1:" + port + "/api/v1/me/inbox?limit=20");
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c);
            Thread client = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        String token = accessTokens.get(random.nextInt(accessTokens.size()));
                        HttpRequest request = HttpRequest.newBuilder(inbox).header("Authorization", "Bearer " + token)
                                .header("Accept-Language", "zh-CN").GET().build();
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        micros.add((System.nanoTime() - start) / 1000);
                    }
                } finally {
                    done.countDown();
                }
            }, "inbox-client-" + c);
            client.setDaemon(true);
            client.start();
        }
        done.await();
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return new Result(Double.NaN, Double.NaN, 0, errors.get());
        }
        return new Result(sorted.get(sorted.size() / 2) / 1000.0, sorted.get(Math.min(sorted.size() - 1, sorted.size() * 99 / 100)) / 1000.0,
                sorted.size() / (duration.toNanos() / 1e9), errors.get());
    }
}
