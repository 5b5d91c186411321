package org.fugong.push;

import fugong.testing.FakeFcmServer;
import fugong.testing.Ledger;
import fugong.testing.Nodes;
import org.bson.Document;
import org.fugong.base.Actor;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.base.Role;
import org.fugong.notice.JobPosting;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.NoticeService;
import org.fugong.notice.ResponseKind;
import org.fugong.response.ResponseReview;
import org.fugong.response.ResponseService;
import org.fugong.response.ResponseStatus;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.NewEnterprise;
import org.fugong.security.NewUser;
import org.fugong.security.UserService;
import org.fugong.worker.Audience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several nodes on one database: they share one notice's fan-out by ranges, under one rate limit, and
 * a node that stops in the middle is taken over without losing or repeating a push.
 */
class ClusterTest {

    private static final int WORKERS = 2_400;

    private final FakeFcmServer fcm = FakeFcmServer.start(8);
    private Nodes nodes;

    @BeforeEach
    void database() {
        fcm.recording(true);
    }

    @AfterEach
    void stop() {
        if (nodes != null) {
            nodes.close();
        }
        fcm.close();
    }

    @Test
    void two_nodes_share_one_fan_out_by_ranges_without_a_push_twice_and_under_one_rate_limit() {
        // 1,200 messages a second in all, bursting at most one second's worth
        nodes = new Nodes(fcm.endpoint(), Map.of("fugong.push.range-size", "300", "fugong.push.batch-size", "100",
                "fugong.push.rate-per-minute", "72000"));
        ConfigurableApplicationContext a = nodes.start();
        ConfigurableApplicationContext b = nodes.start();
        MongoTemplate mongo = a.getBean(MongoTemplate.class);
        List<String> tokens = Nodes.seedWorkers(mongo, WORKERS, "赤坎区", "token-shared-");

        long start = System.nanoTime();
        String noticeId = publish(a, announcement("两个节点一起推送"));
        awaitDone(mongo, "NOTICE:" + noticeId);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        List<String> pushed = fcm.received(m -> noticeId.equals(m.noticeId())).stream().map(FakeFcmServer.Received::token).toList();
        assertThat(pushed).hasSize(WORKERS).doesNotHaveDuplicates();
        assertThat(new HashSet<>(pushed)).isEqualTo(new HashSet<>(tokens));
        List<Ledger.Outcome> outcomes = new Ledger(mongo).outcomes(noticeId);
        assertThat(outcomes).hasSize(WORKERS);
        Set<String> senders = outcomes.stream().map(Ledger.Outcome::node).collect(Collectors.toSet());
        assertThat(senders).as("the ledger shows both nodes sending").hasSize(2);
        assertThat(mongo.getCollection("dispatchRanges").countDocuments(new Document("jobId", "NOTICE:" + noticeId)))
                .isEqualTo(WORKERS / 300);
        Document lastRange = mongo.getCollection("dispatchRanges").find(new Document("jobId", "NOTICE:" + noticeId))
                .sort(new Document("index", -1)).first();
        Document lastWorker = mongo.getCollection("workers").find(new Document("district", "赤坎区"))
                .sort(new Document("_id", -1)).first();
        assertThat(lastRange.get("to")).as("the last range ends at the audience's last worker (decision 64)")
                .isEqualTo(lastWorker.getObjectId("_id").toHexString());
        // the shared bucket holds both nodes to 1,200 a second: 2,400 messages take at least a second
        // beyond the first second's burst (each node alone would allow that rate again)
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(mongo.getCollection("rateLimits").countDocuments(new Document("_id", "fcm-messages:72000"))).isEqualTo(1);
    }

    @Test
    void a_node_that_stops_mid_fan_out_is_taken_over_and_no_device_is_pushed_twice_or_left_out() {
        nodes = new Nodes(fcm.endpoint(), Map.of("fugong.push.batch-size", "100", "fugong.push.lease", "3s"));
        fcm.latency(Duration.ofMillis(10));
        ConfigurableApplicationContext a = nodes.start();
        MongoTemplate mongo = a.getBean(MongoTemplate.class);
        List<String> tokens = Nodes.seedWorkers(mongo, WORKERS, "赤坎区", "token-taken-over-");
        Actor hr = hrOf(a);
        String postingId = publish(a, posting(a, hr));
        awaitDone(mongo, "NOTICE:" + postingId);
        String applicant = mongo.getCollection("workers").find().first().getObjectId("_id").toHexString();
        String responseId = a.getBean(ResponseService.class).submit(applicant, postingId, ResponseKind.APPLY,
                Map.of("message", "我想应聘"), "apply-once").id();

        String noticeId = publish(a, announcement("中途换节点"));
        await().atMost(Duration.ofSeconds(60)).until(() -> pushesOf(noticeId) > WORKERS / 4);
        // the decision is queued while node A stops: A no longer sends it, B must
        a.getBean(OutboxRelay.class).stop();
        a.getBean(ResponseReview.class).review(responseId, ResponseStatus.ACCEPTED, "欢迎加入", hr);
        a.close();
        long pushedByA = pushesOf(noticeId);
        ConfigurableApplicationContext b = nodes.start();
        MongoTemplate shared = b.getBean(MongoTemplate.class);
        awaitDone(shared, "NOTICE:" + noticeId);
        await().atMost(Duration.ofSeconds(30)).until(() -> new Ledger(shared).queued() == 0);

        List<String> pushed = fcm.received(m -> noticeId.equals(m.noticeId())).stream().map(FakeFcmServer.Received::token).toList();
        assertThat(pushedByA).as("A stopped in the middle").isLessThan(WORKERS);
        assertThat(pushed).as("every device once, none twice").hasSize(WORKERS).doesNotHaveDuplicates();
        assertThat(new HashSet<>(pushed)).isEqualTo(new HashSet<>(tokens));
        assertThat(new Ledger(shared).outcomes(noticeId).stream().map(Ledger.Outcome::node).distinct().count())
                .as("both nodes sent part of it").isEqualTo(2);
        long withEntry = shared.getCollection("inboxBuckets").countDocuments(new Document("e." + noticeId + ".p",
                new Document("$exists", true)));
        assertThat(withEntry).as("every targeted worker has the notice in the inbox").isEqualTo(WORKERS);
        assertThat(fcm.received(m -> postingId.equals(m.noticeId()) && "DECISION".equals(m.kind())))
                .as("the decision queued before the stop is pushed once, by the node that took over").hasSize(1);
    }

    @Test
    void a_batch_is_claimed_only_once_it_has_a_slot_to_be_sent_in() {
        nodes = new Nodes(fcm.endpoint(), Map.of("fugong.push.batch-size", "100", "fugong.push.in-flight", "3"));
        ConfigurableApplicationContext a = nodes.start();
        MongoTemplate mongo = a.getBean(MongoTemplate.class);
        List<String> tokens = Nodes.seedWorkers(mongo, 600, "赤坎区", "token-slot-");
        // a device in each of the first three batches answers after 5 s: the three slots stay taken
        for (int i : List.of(50, 150, 250)) {
            fcm.slow(tokens.get(i), Duration.ofSeconds(5));
        }

        String noticeId = publish(a, announcement("等到有空位再认领"));
        String jobId = "NOTICE:" + noticeId;
        await().atMost(Duration.ofSeconds(10)).until(() -> claimed(mongo, jobId) == 3);
        // the walk has built the fourth batch and waits for a slot: a crash now must not find it
        // claimed, or the node that resumes the range would skip devices nobody pushed
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> claimed(mongo, jobId) == 3);
        awaitDone(mongo, jobId);

        List<String> pushed = fcm.received(m -> noticeId.equals(m.noticeId())).stream().map(FakeFcmServer.Received::token).toList();
        assertThat(pushed).as("every device once").hasSize(600).doesNotHaveDuplicates();
        assertThat(claimed(mongo, jobId)).isZero();
    }

    @Test
    void a_plan_cut_short_by_a_crash_is_continued_where_it_stands_and_cuts_the_same_ranges() {
        nodes = new Nodes(fcm.endpoint(), Map.of("fugong.push.range-size", "300", "fugong.push.batch-size", "100",
                "fugong.push.lease", "3s"));
        ConfigurableApplicationContext a = nodes.start();
        MongoTemplate mongo = a.getBean(MongoTemplate.class);
        List<String> tokens = Nodes.seedWorkers(mongo, WORKERS, "赤坎区", "token-plan-");
        List<String> ends = rangeEnds(mongo, 300);
        // node A records three cuts of the plan and dies before it creates their ranges or cuts on
        String jobId = "NOTICE:" + publishUnplanned(a, announcement("规划到一半"));
        mongo.getCollection("dispatchJobs").updateOne(new Document("_id", jobId), new Document("$set",
                new Document("cuts", ends.subList(0, 3)).append("leaseOwner", "a-node-that-died")
                        .append("leaseUntil", java.util.Date.from(Instant.now().minusSeconds(1)))));
        a.close();

        MongoTemplate shared = nodes.start().getBean(MongoTemplate.class);
        awaitDone(shared, jobId);

        String noticeId = jobId.substring("NOTICE:".length());
        List<String> pushed = fcm.received(m -> noticeId.equals(m.noticeId())).stream().map(FakeFcmServer.Received::token).toList();
        assertThat(pushed).as("every device once").hasSize(WORKERS).doesNotHaveDuplicates();
        assertThat(new HashSet<>(pushed)).isEqualTo(new HashSet<>(tokens));
        Document job = shared.getCollection("dispatchJobs").find(new Document("_id", jobId)).first();
        assertThat(job.getList("cuts", String.class)).as("the plan went on from its third cut").isEqualTo(ends);
        assertThat(job.getList("ends", String.class)).as("the last range ends at the last worker")
                .isEqualTo(ends.subList(0, ends.size() - 1));
        assertThat(job.getInteger("ranges")).isEqualTo(WORKERS / 300);
        assertThat(job.getLong("audience")).isEqualTo(WORKERS);
        List<String> rangeEnds = new java.util.ArrayList<>();
        shared.getCollection("dispatchRanges").find(new Document("jobId", jobId)).sort(new Document("index", 1))
                .forEach(range -> rangeEnds.add(range.getString("to")));
        assertThat(rangeEnds).as("one range per cut, none twice").isEqualTo(ends);
    }

    @Test
    void a_job_whose_ranges_all_finished_while_it_was_being_cut_is_done_when_the_plan_is() {
        nodes = new Nodes(fcm.endpoint(), Map.of("fugong.push.range-size", "300", "fugong.push.lease", "3s"));
        ConfigurableApplicationContext a = nodes.start();
        MongoTemplate mongo = a.getBean(MongoTemplate.class);
        Nodes.seedWorkers(mongo, WORKERS, "赤坎区", "token-done-early-");
        List<String> ends = rangeEnds(mongo, 300);
        String noticeId = publishUnplanned(a, announcement("范围先于规划完成"));
        String jobId = "NOTICE:" + noticeId;
        // every range was cut and run before the planning node died: all that is left is the plan's end
        org.fugong.push.internal.DispatchJobDocument job = mongo.findById(jobId, org.fugong.push.internal.DispatchJobDocument.class);
        for (int i = 0; i < ends.size(); i++) {
            a.getBean(Ranges.class).create(job, i, i == 0 ? null : ends.get(i - 1), ends.get(i));
        }
        mongo.getCollection("dispatchRanges").updateMany(new Document("jobId", jobId),
                new Document("$set", new Document("status", "DONE")));
        mongo.getCollection("dispatchJobs").updateOne(new Document("_id", jobId), new Document("$set",
                new Document("cuts", ends).append("doneRanges", java.util.stream.IntStream.range(0, ends.size()).boxed().toList())
                        .append("leaseOwner", "a-node-that-died")
                        .append("leaseUntil", java.util.Date.from(Instant.now().minusSeconds(1)))));
        a.close();

        MongoTemplate shared = nodes.start().getBean(MongoTemplate.class);

        awaitDone(shared, jobId);
        assertThat(fcm.received(m -> noticeId.equals(m.noticeId()))).as("nothing is sent again").isEmpty();
        assertThat(shared.getCollection("dispatchRanges").countDocuments(new Document("jobId", jobId))).isEqualTo(ends.size());
    }

    /** Where each range of {@code size} workers of the seeded district ends, in id order. */
    private static List<String> rangeEnds(MongoTemplate mongo, int size) {
        List<String> ids = new java.util.ArrayList<>();
        mongo.getCollection("workers").find(new Document("district", "赤坎区")).sort(new Document("_id", 1))
                .projection(new Document("_id", 1)).forEach(w -> ids.add(w.getObjectId("_id").toHexString()));
        List<String> ends = new java.util.ArrayList<>();
        for (int i = size - 1; i < ids.size(); i += size) {
            ends.add(ids.get(i));
        }
        return ends;
    }

    /** Publishes on a node whose dispatcher is stopped: the job is created and left pending, unplanned. */
    private static String publishUnplanned(ConfigurableApplicationContext node, NoticeDraft draft) {
        node.getBean(PushDispatcher.class).stop();
        return publish(node, draft);
    }

    /** Batches claimed on a job's ranges and not yet checkpointed. */
    private static int claimed(MongoTemplate mongo, String jobId) {
        int claimed = 0;
        for (Document range : mongo.getCollection("dispatchRanges").find(new Document("jobId", jobId))) {
            List<Document> inFlight = range.getList("inFlight", Document.class);
            claimed += inFlight == null ? 0 : inFlight.size();
        }
        return claimed;
    }

    private long pushesOf(String noticeId) {
        return fcm.received(m -> noticeId.equals(m.noticeId())).size();
    }

    private static void awaitDone(MongoTemplate mongo, String jobId) {
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            Document job = mongo.getCollection("dispatchJobs").find(new Document("_id", jobId)).first();
            return job != null && "DONE".equals(job.getString("status"));
        });
    }

    private static NoticeDraft announcement(String title) {
        return new NoticeDraft(NoticeType.ANNOUNCEMENT, LocalizedText.zh(title), LocalizedText.zh(title + "。"),
                Audience.filter(null, null, List.of("赤坎区"), null, null, null, null), ResponseKind.NONE, null,
                Instant.now().plus(Duration.ofDays(7)), null, null, null, null, null);
    }

    private static NoticeDraft posting(ConfigurableApplicationContext node, Actor hr) {
        return new NoticeDraft(NoticeType.JOB_POSTING, LocalizedText.zh("招聘普工"), LocalizedText.zh("包食宿。"),
                Audience.filter(null, null, List.of("赤坎区"), null, null, null, null), ResponseKind.APPLY, null,
                Instant.now().plus(Duration.ofDays(7)), null, null, null, null,
                new JobPosting(hr.enterpriseId(), "普工", 10, 4000, 5000, null));
    }

    private static Actor hrOf(ConfigurableApplicationContext node) {
        UserService users = node.getBean(UserService.class);
        Actor official = staff(node, "cluster.official", Role.OFFICIAL);
        String enterpriseId = node.getBean(EnterpriseService.class).create(new NewEnterprise("湛江集群测试厂",
                fugong.testing.TestData.creditCode(), "manufacturing", "赤坎区", false, 100, "cluster.official",
                "cluster.official"), official).id();
        return users.createIfAbsent(new NewUser("cluster.hr", "password-1", "HR", Set.of(Role.HR), enterpriseId))
                .orElseThrow().toActor();
    }

    private static Actor staff(ConfigurableApplicationContext node, String username, Role role) {
        UserService users = node.getBean(UserService.class);
        return users.createIfAbsent(new NewUser(username, "password-1", username, Set.of(role), null))
                .or(() -> users.findByUsername(username)).orElseThrow().toActor();
    }

    private static String publish(ConfigurableApplicationContext node, NoticeDraft draft) {
        NoticeService notices = node.getBean(NoticeService.class);
        Actor author = staff(node, "cluster.author", Role.OFFICIAL);
        Actor reviewer = staff(node, "cluster.reviewer", Role.REVIEWER);
        Notice notice = notices.create(draft, author);
        notices.submit(notice.id(), author);
        notices.approve(notice.id(), null, reviewer);
        return notice.id();
    }
}
