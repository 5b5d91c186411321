package fugong.bench;

import fugong.testing.FakeFcmServer;
import org.bson.Document;
import org.fugong.base.Actor;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.base.Paging;
import org.fugong.base.Place;
import org.fugong.base.Role;
import org.fugong.notice.InboxService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.NoticeService;
import org.fugong.notice.ResponseKind;
import org.fugong.notice.ReturnBus;
import org.fugong.response.ResponseService;
import org.fugong.response.ResponseStatus;
import org.fugong.security.NewUser;
import org.fugong.security.UserService;
import org.fugong.worker.Audience;
import org.fugong.worker.DeviceRegistration;
import org.fugong.worker.DeviceService;
import org.fugong.worker.EmploymentStatus;
import org.fugong.worker.Platform;
import org.fugong.worker.ProfileUpdate;
import org.fugong.worker.WorkerService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
 * Prints how fast the push pipeline fans a notice out (inbox entries and pushes through the real
 * firebase-admin client to a local FCM-compatible server), how it compares with inbox entries alone,
 * how seat booking behaves under a thousand concurrent bookings, and how fast an inbox page reads.
 * Figures are for comparing within one run (ratios), not promises: the machine is shared.
 * <p>
 * Run: {@code mvn -B -Pbench -pl bench -am -DskipTests verify} ({@code -Dbench.workers=…}).
 */
public final class Benchmark {

    private static final int THREADS = 8;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int bookings = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        FakeFcmServer fcm = FakeFcmServer.shared();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(BenchApplication.class)
                .properties(Map.of(
                        "server.port", "0",
                        "fugong.mongo.embedded.backend", "MEMORY",
                        "fugong.push.fcm.endpoint", fcm.endpoint(),
                        "fugong.push.fcm.project-id", "fugong-bench",
                        "fugong.push.poll-interval", "50ms",
                        "fugong.admin.password", "bench-admin-password",
                        "spring.main.banner-mode", "off",
                        "logging.level.root", "WARN"))
                .run();
        try {
            new Run(app, fcm).go(workers, bookings);
        } finally {
            app.close();
            fcm.close();
        }
    }

    private static final class Run {
        private final WorkerService workers;
        private final DeviceService devices;
        private final NoticeService notices;
        private final InboxService inbox;
        private final ResponseService responses;
        private final MongoTemplate mongo;
        private final FakeFcmServer fcm;
        private final Actor official;
        private final Actor reviewer;

        Run(ConfigurableApplicationContext app, FakeFcmServer fcm) {
            this.workers = app.getBean(WorkerService.class);
            this.devices = app.getBean(DeviceService.class);
            this.notices = app.getBean(NoticeService.class);
            this.inbox = app.getBean(InboxService.class);
            this.responses = app.getBean(ResponseService.class);
            this.mongo = app.getBean(MongoTemplate.class);
            this.fcm = fcm;
            UserService users = app.getBean(UserService.class);
            this.official = users.createIfAbsent(new NewUser("bench.official", "bench-password", "bench", Set.of(Role.OFFICIAL), null))
                    .orElseThrow().toActor();
            this.reviewer = users.createIfAbsent(new NewUser("bench.reviewer", "bench-password", "bench", Set.of(Role.REVIEWER), null))
                    .orElseThrow().toActor();
        }

        void go(int count, int bookings) throws Exception {
            System.out.printf(Locale.ROOT, "%nFugong benchmark: %d workers, %d bookings, %d cores, embedded in-memory MongoDB-wire server%n",
                    count, bookings, Runtime.getRuntime().availableProcessors());
            long seedStart = System.nanoTime();
            List<String> pushed = seed(count / 2, "赤坎区", null, 0);
            List<String> quiet = seed(count - count / 2, "霞山区", Set.of(), count);
            double seedSeconds = seconds(seedStart);
            row("seed workers with a device each", count, seedSeconds, "workers/s");

            Duration withPush = fanOut("赤坎区", "fan-out: inbox entries + FCM pushes", pushed.size());
            Duration inboxOnly = fanOut("霞山区", "fan-out: inbox entries only (unsubscribed)", quiet.size());
            System.out.printf(Locale.ROOT, "  pushing costs %.2fx the time of inbox entries alone%n",
                    (double) withPush.toNanos() / Math.max(1, inboxOnly.toNanos()));

            book(pushed.subList(0, Math.min(bookings, pushed.size())));
            readInboxes(pushed);
        }

        private List<String> seed(int n, String district, Set<NoticeType> subscriptions, int offset) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = offset + i;
                tasks.add(() -> {
                    String id = workers.findOrCreateByPhone(String.format(Locale.ROOT, "+86135%08d", k));
                    workers.update(id, new ProfileUpdate("工人" + k, new Place("广西壮族自治区", "玉林市"), district, List.of(),
                            List.of(), EmploymentStatus.SEEKING, null, "zh-CN", subscriptions));
                    devices.register(id, "bench-install-" + k, new DeviceRegistration(Platform.ANDROID, "bench-token-" + k, "zh-CN", "1"));
                    return id;
                });
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(tasks)) {
                ids.add(f.get());
            }
            pool.shutdown();
            return ids;
        }

        private Duration fanOut(String district, String label, int audience) {
            Notice notice = notices.create(new NoticeDraft(NoticeType.ANNOUNCEMENT, LocalizedText.zh(label),
                    LocalizedText.zh("基准测试"), Audience.filter(null, null, List.of(district), null, null, null, null),
                    ResponseKind.NONE, null, Instant.now().plus(Duration.ofDays(7)), null, null, null, null, null), official);
            notices.submit(notice.id(), official);
            int before = fcm.received().size();
            long start = System.nanoTime();
            notices.approve(notice.id(), null, reviewer);
            while (!"DONE".equals(jobStatus(notice.id()))) {
                sleep(20);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            row(label, audience, took.toNanos() / 1e9, "workers/s");
            int pushes = fcm.received().size() - before;
            if (pushes > 0) {
                row("  of which pushes through firebase-admin", pushes, took.toNanos() / 1e9, "pushes/s");
            }
            return took;
        }

        private String jobStatus(String noticeId) {
            Document job = mongo.getCollection("dispatchJobs").find(new Document("_id", "NOTICE:" + noticeId)).first();
            return job == null ? null : job.getString("status");
        }

        private void book(List<String> passengers) throws Exception {
            int seats = Math.max(1, passengers.size() / 10);
            Notice bus = notices.create(new NoticeDraft(NoticeType.RETURN_BUS, LocalizedText.zh("基准测试专车"),
                    LocalizedText.zh("基准测试"), Audience.filter(null, null, List.of("赤坎区"), null, null, null, null),
                    ResponseKind.SEAT_BOOKING, null, null, null, null,
                    new ReturnBus(new Place("广西壮族自治区", "玉林市"), new Place("广东省", "湛江市"),
                            Instant.now().plus(Duration.ofDays(2)), seats, List.of("玉林汽车总站"), null, null), null, null), official);
            notices.submit(bus.id(), official);
            notices.approve(bus.id(), null, reviewer);
            while (!"DONE".equals(jobStatus(bus.id()))) {
                sleep(20);
            }
            ExecutorService pool = Executors.newFixedThreadPool(THREADS * 2);
            List<Callable<ResponseStatus>> tasks = passengers.stream().<Callable<ResponseStatus>>map(p -> () ->
                    responses.submit(p, bus.id(), ResponseKind.SEAT_BOOKING, Map.of("pickupPoint", "玉林汽车总站"), "bench-" + p)
                            .status()).toList();
            long start = System.nanoTime();
            AtomicInteger confirmed = new AtomicInteger();
            for (Future<ResponseStatus> f : pool.invokeAll(tasks)) {
                if (f.get() == ResponseStatus.CONFIRMED) {
                    confirmed.incrementAndGet();
                }
            }
            double took = seconds(start);
            pool.shutdown();
            row(String.format(Locale.ROOT, "concurrent seat bookings on a %d-seat bus", seats), passengers.size(), took, "bookings/s");
            long inDatabase = mongo.getCollection("responses").countDocuments(
                    new Document("noticeId", bus.id()).append("status", "CONFIRMED"));
            System.out.printf(Locale.ROOT, "  confirmed: %d answered, %d stored (never more than %d)%n", confirmed.get(), inDatabase, seats);
        }

        private void readInboxes(List<String> readers) {
            Random random = new Random(7);
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                String worker = readers.get(random.nextInt(readers.size()));
                long start = System.nanoTime();
                inbox.page(worker, Locale.CHINA, Paging.first(20));
                micros.add((System.nanoTime() - start) / 1_000);
            }
            Collections.sort(micros);
            System.out.printf(Locale.ROOT, "%-52s p50 %6.1f ms   p95 %6.1f ms   (%d inbox entries stored; the embedded server scans,"
                            + " a real MongoDB serves it from the {workerId, activityAt} index)%n",
                    "read an inbox page (20 items)", micros.get(micros.size() / 2) / 1000.0,
                    micros.get(micros.size() * 95 / 100) / 1000.0, mongo.getCollection("inbox").countDocuments());
        }

        private static void row(String label, long n, double seconds, String unit) {
            System.out.printf(Locale.ROOT, "%-52s %8d in %7.2f s = %9.0f %s%n", label, n, seconds, n / Math.max(seconds, 1e-9), unit);
        }

        private static double seconds(long startNanos) {
            return (System.nanoTime() - startNanos) / 1e9;
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
