package fugong.testing;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notice drafts as the integration API takes them (mutable maps, so a test can break one field), and
 * the walk from draft to published over real HTTP.
 */
public final class Notices {

    private final Api api;
    private final Clock clock;
    private final MongoTemplate mongo;

    public Notices(Api api, Clock clock, MongoTemplate mongo) {
        this.api = api;
        this.clock = clock;
        this.mongo = mongo;
    }

    /** Every worker. */
    public static Map<String, Object> everyone() {
        return map("all", true);
    }

    /** Workers living in these districts. */
    public static Map<String, Object> inDistricts(String... districts) {
        return map("all", false, "districts", list(districts));
    }

    public Map<String, Object> announcement(String titleZh, Map<String, Object> audience) {
        return map("type", "ANNOUNCEMENT",
                "title", map("zh-CN", titleZh),
                "body", map("zh-CN", titleZh + "，详情请咨询人社局。"),
                "audience", audience);
    }

    public Map<String, Object> jobPosting(String enterpriseId, Map<String, Object> audience) {
        return map("type", "JOB_POSTING",
                "title", map("zh-CN", "招聘普工 10 名", "en", "10 workers wanted"),
                "body", map("zh-CN", "包食宿，月休四天。", "en", "Board and lodging, four days off a month."),
                "audience", audience,
                "expiresAt", in(Duration.ofDays(10)),
                "jobPosting", map("enterpriseId", enterpriseId, "title", "普工", "headcount", 10,
                        "salaryMin", 4500, "salaryMax", 6000, "requirements", "18–45 岁"));
    }

    public Map<String, Object> returnBus(int seats, List<String> pickupPoints, Map<String, Object> audience) {
        return map("type", "RETURN_BUS",
                "title", map("zh-CN", "玉林—湛江返岗专车"),
                "body", map("zh-CN", "点对点接送，免费乘坐。"),
                "audience", audience,
                "returnBus", map("origin", map("province", "广西壮族自治区", "city", "玉林市"),
                        "destination", map("province", "广东省", "city", "湛江市"),
                        "departsAt", in(Duration.ofDays(3)),
                        "seats", seats,
                        "pickupPoints", new ArrayList<>(pickupPoints)));
    }

    public Map<String, Object> jobFair(Map<String, Object> audience) {
        return map("type", "JOB_FAIR",
                "title", map("zh-CN", "春风行动网络招聘会"),
                "body", map("zh-CN", "百家企业在线招聘。"),
                "audience", audience,
                "jobFair", map("startsAt", in(Duration.ofDays(2)), "endsAt", in(Duration.ofDays(3)),
                        "mode", "ONLINE", "url", "https://jobs.example.cn/fair", "positions", 300));
    }

    public Map<String, Object> policy(Map<String, Object> audience) {
        return map("type", "POLICY",
                "title", map("zh-CN", "一次性吸纳就业补贴"),
                "body", map("zh-CN", "首次招用本地劳动力的企业每人补贴 1000 元。"),
                "audience", audience,
                "responseKind", "NONE",
                "policy", map("benefit", "HIRING_SUBSIDY", "amountPerPerson", 1000, "capPerEnterprise", 50000,
                        "applicant", "ENTERPRISE", "tellWorkers", true));
    }

    /** An ISO instant this far from the test clock's now. */
    public String in(Duration fromNow) {
        return clock.instant().plus(fromNow).toString();
    }

    /** Creates a draft as {@code official}; returns its id. */
    public String create(Map<String, Object> draft, String official) {
        Api.Reply created = api.post("/api/v1/admin/notices").as(official).json(draft).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    /** Creates and submits as {@code official}; returns the id of the notice, now IN_REVIEW. */
    public String submitted(Map<String, Object> draft, String official) {
        String id = create(draft, official);
        Api.Reply submitted = api.post("/api/v1/admin/notices/" + id + "/submit").as(official).send();
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return id;
    }

    /** Creates, submits and has {@code reviewer} approve; returns the id of the published notice. */
    public String publish(Map<String, Object> draft, String official, String reviewer) {
        String id = submitted(draft, official);
        Api.Reply approved = api.post("/api/v1/admin/notices/" + id + "/approve").as(reviewer)
                .json(map("comment", "同意")).send();
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("PUBLISHED");
        return id;
    }

    /** Waits until the notice's dispatch job has walked its whole audience: every push it sends is out. */
    public void awaitDispatched(String noticeId) {
        awaitJob("NOTICE:" + noticeId);
    }

    /** Waits until the recall push job of the notice has finished. */
    public void awaitRecallDispatched(String noticeId) {
        awaitJob("RECALL:" + noticeId);
    }

    private void awaitJob(String jobId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Document job = mongo.getCollection("dispatchJobs").find(new Document("_id", jobId)).first();
            return job != null && "DONE".equals(job.getString("status"));
        });
    }

    /** A mutable map of alternating keys and values, in order. */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The block of a draft under {@code key} (e.g. {@code returnBus}), to change one of its facts. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> part(Map<String, Object> draft, String key) {
        return (Map<String, Object>) draft.get(key);
    }

    /** A mutable list. */
    @SafeVarargs
    public static <T> List<T> list(T... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    /** The instant a test clock reads now plus a duration; for tests that compare times. */
    public Instant at(Duration fromNow) {
        return clock.instant().plus(fromNow);
    }
}
