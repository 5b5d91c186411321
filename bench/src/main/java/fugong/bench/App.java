package fugong.bench;

import org.bson.Document;
import org.fugong.base.Actor;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.base.Role;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.NoticeService;
import org.fugong.notice.ResponseKind;
import org.fugong.notice.ReturnBus;
import org.fugong.security.NewUser;
import org.fugong.security.UserService;
import org.fugong.worker.Audience;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The backend started in this process for a run: the embedded server in memory or on file. */
final class App implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final MongoTemplate mongo;
    final NoticeService notices;
    final Actor official;
    final Actor reviewer;
    final Actor admin;

    /** The FCM project quota the benchmark's app is given: far above what this machine can send. */
    static final long RATE_PER_MINUTE = 60_000_000;

    App(String fcmEndpoint, String backend, String path) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "server.port", "0",
                "fugong.mongo.embedded.backend", backend,
                "fugong.push.fcm.endpoint", fcmEndpoint,
                "fugong.push.fcm.project-id", "fugong-bench",
                // the default pace: publishing wakes the dispatcher at once, and idle polls cost every node CPU
                "fugong.push.poll-interval", "1s",
                "fugong.admin.password", "bench-admin-password",
                "fugong.auth.rate-limit-per-minute", "100000000",
                // the stand-in has no project quota and the raw rate never passes the quota's bucket: at the
                // default (FCM's 600,000 a minute) a fan-out could not pass 10,000 pushes/s while the raw
                // rate reached 17,000/s (decision 66); the bucket is still asked once per batch
                "fugong.push.rate-per-minute", String.valueOf(RATE_PER_MINUTE),
                "spring.main.banner-mode", "off",
                "logging.level.root", "WARN"));
        if (path != null) {
            properties.put("fugong.mongo.embedded.path", path);
        }
        context = new SpringApplicationBuilder(BenchApplication.class).properties(properties).run();
        mongo = context.getBean(MongoTemplate.class);
        notices = context.getBean(NoticeService.class);
        UserService users = context.getBean(UserService.class);
        official = user(users, "bench.official", Role.OFFICIAL);
        reviewer = user(users, "bench.reviewer", Role.REVIEWER);
        admin = user(users, "bench.admin", Role.ADMIN);
    }

    private static Actor user(UserService users, String name, Role role) {
        return users.createIfAbsent(new NewUser(name, "bench-password", name, Set.of(role), null))
                .or(() -> users.findByUsername(name)).orElseThrow().toActor();
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Publishes a notice of {@code type} to one district; returns it (published now). */
    Notice publish(NoticeType type, String title, String district) {
        ReturnBus bus = type != NoticeType.RETURN_BUS ? null : new ReturnBus(new org.fugong.base.Place("广西壮族自治区", "玉林市"),
                new org.fugong.base.Place("广东省", "湛江市"), Instant.now().plus(Duration.ofDays(2)), 100,
                List.of("玉林汽车总站"), null, null);
        NoticeDraft draft = new NoticeDraft(type, LocalizedText.zh(title), LocalizedText.zh(title + "，基准测试。"),
                Audience.filter(null, null, List.of(district), null, null, null, null),
                type == NoticeType.RETURN_BUS ? ResponseKind.SEAT_BOOKING : ResponseKind.NONE, null,
                Instant.now().plus(Duration.ofDays(7)), null, type == NoticeType.JOB_FAIR ? fair() : null, bus, null, null);
        Notice notice = notices.create(draft, official);
        notices.submit(notice.id(), official);
        return notices.approve(notice.id(), null, reviewer);
    }

    private static org.fugong.notice.JobFair fair() {
        Instant start = Instant.now().plus(Duration.ofDays(3));
        return new org.fugong.notice.JobFair(start, start.plus(Duration.ofHours(4)), org.fugong.notice.AttendanceMode.ONLINE,
                null, "https://jobs.example.cn/fair", List.of(), 300, null);
    }

    /** The dispatch job of a notice's fan-out as stored, or null before it is created. */
    Document job(String noticeId) {
        return mongo.getCollection("dispatchJobs").find(new Document("_id", "NOTICE:" + noticeId)).first();
    }

    String jobStatus(String noticeId) {
        Document job = job(noticeId);
        return job == null ? null : job.getString("status");
    }

    void awaitDispatched(String noticeId) {
        while (!"DONE".equals(jobStatus(noticeId))) {
            sleep(20);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
