package org.fugong.enterprise;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import org.bson.Document;
import org.fugong.audit.AuditEntry;
import org.fugong.audit.AuditLog;
import org.fugong.base.Paging;
import org.fugong.base.Role;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static fugong.testing.Notices.list;
import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enterprise requests (专班): raised by an enterprise's HR, a thread between it and the bureau's
 * officials in which everyone's capacity shows, taken up, resolved with how and to what effect,
 * reopened; officials' queue puts their own enterprises first and key enterprises on top; the console
 * grid filters and counts; the export opens in Excel in the reader's language; everything is audited.
 */
class EnterpriseRequestTest extends IntegrationTest {

    private static final String ADMIN = "/api/v1/admin";

    @Autowired
    EnterpriseRequestService requests;

    @Autowired
    AuditLog audit;

    private StaffUser leaderUser;
    private StaffUser specialistUser;
    private StaffUser otherUser;
    private String leader;
    private String specialist;
    private String other;
    private String hr;
    private Enterprise factory;

    @BeforeEach
    void people() {
        leaderUser = data.staff("req.leader", Role.OFFICIAL);
        specialistUser = data.staff("req.specialist", Role.OFFICIAL);
        otherUser = data.staff("req.other", Role.OFFICIAL);
        leader = api.staffToken("req.leader", "password-1");
        specialist = api.staffToken("req.specialist", "password-1");
        other = api.staffToken("req.other", "password-1");
        factory = data.enterprise("湛江电子厂", leaderUser, specialistUser, false);
        hr = data.signedInHr("req.hr", factory.id());
    }

    @Test
    void hr_raises_a_labour_shortage_and_finds_it_with_its_status_and_thread() {
        Api.Reply raised = raise(factory, hr, map("category", "LABOUR_SHORTAGE", "text", "  节后缺焊工和车工，急需 30 人。 ",
                "headcount", 30, "skills", list("Welding", " lathe ", "welding")));

        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        assertThat(raised.text("status")).isEqualTo("OPEN");
        assertThat(raised.text("text")).isEqualTo("节后缺焊工和车工，急需 30 人。");
        assertThat(raised.body().path("headcount").asInt()).isEqualTo(30);
        assertThat(texts(raised.body().path("skills"))).containsExactly("welding", "lathe");
        assertThat(raised.body().path("urgent").asBoolean()).isFalse();
        assertThat(raised.text("raisedBy")).isEqualTo("req.hr");
        assertThat(raised.text("raisedAs")).isEqualTo("HR");
        assertThat(raised.text("enterpriseName")).isEqualTo("湛江电子厂");
        assertThat(raised.body().path("messages")).isEmpty();

        Api.Reply listed = api.get(ADMIN + "/enterprises/" + factory.id() + "/requests").as(hr).send();
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().path("items")).hasSize(1);
        assertThat(listed.body().path("items").get(0).path("id").asText()).isEqualTo(raised.text("id"));
        assertThat(listed.body().path("items").get(0).path("status").asText()).isEqualTo("OPEN");
        assertThat(listed.body().path("items").get(0).has("messages")).isTrue();
    }

    @Test
    void requests_of_key_enterprises_are_urgent() {
        Enterprise maskMaker = data.enterprise("口罩厂", leaderUser, specialistUser, true);

        Api.Reply raised = raise(maskMaker, leader, map("category", "TRANSPORT", "text", "需要专车接返 20 名员工。"));

        assertThat(raised.status()).isEqualTo(201);
        assertThat(raised.body().path("urgent").asBoolean()).isTrue();
        assertThat(raised.text("raisedAs")).as("staff may raise on the enterprise's behalf").isEqualTo("TASK_FORCE_LEADER");
    }

    @Test
    void a_request_must_make_sense_field_by_field() {
        assertInvalid(map("text", "缺人"), "category");
        assertInvalid(map("category", "HIRING", "text", "缺人"), "category");
        assertInvalid(map("category", "OTHER", "text", "   "), "text");
        assertInvalid(map("category", "OTHER", "text", "长".repeat(2001)), "text");
        assertInvalid(map("category", "OTHER", "text", "响铃\u0007"), "text");
        assertInvalid(map("category", "LABOUR_SHORTAGE", "text", "缺人"), "headcount");
        assertInvalid(map("category", "LABOUR_SHORTAGE", "text", "缺人", "headcount", 0), "headcount");
        assertInvalid(map("category", "LABOUR_SHORTAGE", "text", "缺人", "headcount", 5, "skills", list("焊工")), "skills[0]");
        assertInvalid(map("category", "POLICY_QUESTION", "text", "补贴怎么申请？", "headcount", 5), "headcount");
        assertInvalid(map("category", "POLICY_QUESTION", "text", "补贴怎么申请？", "skills", list("welding")), "skills");

        assertThat(raise(factory, hr, map("category", "OTHER", "text", "长".repeat(2000))).status()).isEqualTo(201);
        assertThat(requests.count(RequestFilter.all(), leaderUser.toActor())).isEqualTo(1);
    }

    @Test
    void the_thread_shows_who_wrote_in_what_capacity_in_order() {
        String id = raise(factory, hr, map("category", "POLICY_QUESTION", "text", "一次性吸纳就业补贴怎么申请？")).text("id");

        reply(id, hr, "我们新招了 12 名本地员工。");
        reply(id, leader, "专班已收到，明天上门指导。");
        reply(id, specialist, "请准备劳动合同和社保缴费记录。");
        Api.Reply last = reply(id, other, "政策文件已发到企业邮箱。");

        assertThat(last.status()).isEqualTo(201);
        JsonNode thread = last.body().path("messages");
        assertThat(thread).hasSize(4);
        assertThat(StreamSupport.stream(thread.spliterator(), false).map(m -> m.path("role").asText()))
                .containsExactly("HR", "TASK_FORCE_LEADER", "SPECIALIST", "STAFF");
        assertThat(StreamSupport.stream(thread.spliterator(), false).map(m -> m.path("author").asText()))
                .containsExactly("req.hr", "req.leader", "req.specialist", "req.other");
        assertThat(thread.get(1).path("text").asText()).isEqualTo("专班已收到，明天上门指导。");
        assertThat(thread.get(0).path("at").asText()).isNotBlank();
        assertThat(api.get(ADMIN + "/requests/" + id).as(hr).send().body().path("messages")).hasSize(4);
    }

    @Test
    void an_officials_reply_takes_up_an_open_request_but_the_enterprises_own_does_not() {
        String id = raise(factory, hr, map("category", "OTHER", "text", "宿舍不够住。")).text("id");

        assertThat(reply(id, hr, "补充：缺 40 个床位。").text("status")).isEqualTo("OPEN");
        assertThat(reply(id, specialist, "正在联系周边公寓。").text("status")).isEqualTo("IN_PROGRESS");
    }

    @Test
    void resolving_takes_how_and_the_effect_and_only_officials_resolve() {
        String id = raise(factory, hr, map("category", "LABOUR_SHORTAGE", "text", "缺普工", "headcount", 50)).text("id");

        Api.Reply byHr = status(id, hr, map("status", "RESOLVED", "solution", "自己招到了", "effect", "已满员"));
        Api.Reply incomplete = status(id, leader, map("status", "RESOLVED", "solution", "  "));
        Api.Reply resolved = status(id, leader, map("status", "RESOLVED",
                "solution", "组织网络招聘会并安排专车从玉林接回 50 人", "effect", "3 月 6 日全部到岗，产能恢复到 95%"));

        assertThat(byHr.status()).isEqualTo(403);
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(fields(incomplete)).containsExactlyInAnyOrder("solution", "effect");
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.text("status")).isEqualTo("RESOLVED");
        assertThat(resolved.body().path("resolution").path("solution").asText()).startsWith("组织网络招聘会");
        assertThat(resolved.body().path("resolution").path("effect").asText()).contains("95%");
        assertThat(resolved.body().path("resolution").path("resolvedBy").asText()).isEqualTo("req.leader");

        Api.Reply again = status(id, other, map("status", "RESOLVED", "solution", "再次", "effect", "再次"));
        Api.Reply takeUpResolved = status(id, other, map("status", "IN_PROGRESS"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(takeUpResolved.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(status(id, other, map()).status()).isEqualTo(400);
    }

    @Test
    void a_resolved_request_can_be_reopened_and_keeps_its_earlier_resolution() {
        String id = raise(factory, hr, map("category", "TRANSPORT", "text", "员工返岗没有车。")).text("id");
        status(id, leader, map("status", "RESOLVED", "solution", "安排了专车", "effect", "已返岗 30 人"));

        Api.Reply reopened = status(id, hr, map("status", "OPEN", "note", "还有 10 人在北流没有车。"));

        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.text("status")).isEqualTo("OPEN");
        assertThat(reopened.body().path("resolution").isNull()).isTrue();
        assertThat(reopened.body().path("resolutions")).hasSize(1);
        assertThat(reopened.body().path("resolutions").get(0).path("solution").asText()).isEqualTo("安排了专车");
        assertThat(reopened.body().path("reopenCount").asInt()).isEqualTo(1);
        JsonNode thread = reopened.body().path("messages");
        assertThat(thread.get(thread.size() - 1).path("text").asText()).isEqualTo("还有 10 人在北流没有车。");
        assertThat(status(id, hr, map("status", "OPEN")).status()).as("an open request cannot be reopened").isEqualTo(409);
    }

    @Test
    void the_thread_stops_at_its_cap() {
        String id = raise(factory, hr, map("category", "OTHER", "text", "长期沟通")).text("id");
        mongo.getCollection("enterpriseRequests").updateOne(new Document("_id", new org.bson.types.ObjectId(id)),
                new Document("$set", new Document("messageCount", EnterpriseRequestService.MAX_MESSAGES - 1)));

        Api.Reply last = reply(id, hr, "最后一条");
        Api.Reply tooMany = reply(id, hr, "再多一条");

        assertThat(last.status()).isEqualTo(201);
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.body().path("detail").asText()).contains("500");
        assertThat(requests.get(id, leaderUser.toActor()).messages()).hasSize(1);
    }

    @Test
    void replies_written_at_the_same_time_are_all_kept() throws Exception {
        String id = raise(factory, hr, map("category", "OTHER", "text", "大家一起讨论")).text("id");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Api.Reply>> replies = IntStream.range(0, 24)
                    .mapToObj(i -> (Callable<Api.Reply>) () -> reply(id, i % 2 == 0 ? hr : specialist, "留言 " + i))
                    .toList();
            for (Future<Api.Reply> reply : pool.invokeAll(replies)) {
                assertThat(reply.get().status()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }

        EnterpriseRequest request = requests.get(id, leaderUser.toActor());
        assertThat(request.messages()).hasSize(24);
        assertThat(request.messages().stream().map(RequestMessage::text).distinct()).hasSize(24);
        Document stored = mongo.getCollection("enterpriseRequests").find(new Document("_id", new org.bson.types.ObjectId(id))).first();
        assertThat(stored.getInteger("messageCount")).isEqualTo(24);
    }

    @Test
    void officials_see_their_own_enterprises_open_requests_first_key_on_top_then_the_longest_waiting() {
        Enterprise ownPlain = factory;
        Enterprise ownKey = data.enterprise("自家重点厂", otherUser, leaderUser, true);
        Enterprise othersKey = data.enterprise("别家重点厂", otherUser, specialistUser, true);
        Enterprise othersPlain = data.enterprise("别家普通厂", otherUser, otherUser, false);
        String othersKeyOld = raised(othersKey, "别家重点·最早");
        String ownPlainOld = raised(ownPlain, "自家普通·较早");
        String othersPlainMid = raised(othersPlain, "别家普通");
        String ownKeyNew = raised(ownKey, "自家重点·较新");
        String ownPlainNew = raised(ownPlain, "自家普通·最新");
        String ownResolved = raised(ownPlain, "自家·已解决");
        requests.takeUp(ownPlainNew, otherUser.toActor());
        requests.resolve(ownResolved, "已解决", "良好", otherUser.toActor());

        List<String> queue = requests.queue(leaderUser.toActor(), 50).stream().map(EnterpriseRequest::id).toList();

        assertThat(queue).containsExactly(ownKeyNew, ownPlainOld, ownPlainNew, othersKeyOld, othersPlainMid);
        assertThat(requests.queue(leaderUser.toActor(), 2).stream().map(EnterpriseRequest::id))
                .containsExactly(ownKeyNew, ownPlainOld);
        assertThat(requests.queue(otherUser.toActor(), 50).stream().map(EnterpriseRequest::id))
                .as("all but the first are the other official's own; the key ones on top, oldest first")
                .containsExactly(othersKeyOld, ownKeyNew, othersPlainMid, ownPlainOld, ownPlainNew);
    }

    @Test
    void the_console_grid_filters_by_status_category_and_enterprise_and_counts() {
        Enterprise second = data.enterprise("第二家", leaderUser, specialistUser, false);
        String shortage = raised(factory, "缺人");
        raise(factory, hr, map("category", "POLICY_QUESTION", "text", "政策"));
        String elsewhere = raised(second, "别处缺人");
        requests.resolve(elsewhere, "解决了", "很好", leaderUser.toActor());
        var staff = leaderUser.toActor();

        assertThat(requests.count(RequestFilter.all(), staff)).isEqualTo(3);
        assertThat(requests.count(new RequestFilter(Set.of(RequestStatus.OPEN), null, null), staff)).isEqualTo(2);
        assertThat(requests.count(new RequestFilter(Set.of(), RequestCategory.LABOUR_SHORTAGE, null), staff)).isEqualTo(2);
        assertThat(requests.count(new RequestFilter(Set.of(RequestStatus.OPEN), RequestCategory.LABOUR_SHORTAGE,
                factory.id()), staff)).isEqualTo(1);
        assertThat(requests.find(new RequestFilter(Set.of(RequestStatus.OPEN), RequestCategory.LABOUR_SHORTAGE,
                factory.id()), 0, 10, staff)).extracting(EnterpriseRequest::id).containsExactly(shortage);
        assertThat(requests.find(RequestFilter.all(), 0, 2, staff)).hasSize(2);
        assertThat(requests.find(RequestFilter.all(), 2, 2, staff)).hasSize(1);
        assertThat(requests.find(RequestFilter.all(), 0, 10, staff).get(0).id()).as("newest first").isEqualTo(elsewhere);
        var hrActor = users.findByUsername("req.hr").orElseThrow().toActor();
        assertThat(requests.count(RequestFilter.all(), hrActor)).as("HR counts only its own").isEqualTo(2);
        assertThat(requests.count(new RequestFilter(Set.of(), null, second.id()), hrActor)).isZero();
    }

    @Test
    void an_enterprises_requests_page_newest_first_and_filter_by_status() {
        String first = raised(factory, "一");
        String second = raised(factory, "二");
        String third = raised(factory, "三");
        requests.takeUp(second, leaderUser.toActor());

        Api.Reply page1 = api.get(ADMIN + "/enterprises/" + factory.id() + "/requests?limit=2").as(hr).send();
        Api.Reply page2 = api.get(ADMIN + "/enterprises/" + factory.id() + "/requests?limit=2&cursor="
                + page1.body().path("nextCursor").asText()).as(hr).send();
        Api.Reply open = api.get(ADMIN + "/enterprises/" + factory.id() + "/requests?status=OPEN").as(leader).send();

        assertThat(ids(page1)).containsExactly(third, second);
        assertThat(ids(page2)).containsExactly(first);
        assertThat(page2.body().path("nextCursor").isNull()).isTrue();
        assertThat(ids(open)).containsExactly(third, first);
        assertThat(api.get(ADMIN + "/enterprises/" + factory.id() + "/requests?status=DONE").as(hr).send().status()).isEqualTo(400);
    }

    @Test
    void the_export_opens_in_excel_in_the_readers_language() {
        String id = raise(factory, hr, map("category", "LABOUR_SHORTAGE", "text", "=缺焊工,急", "headcount", 8,
                "skills", list("welding", "lathe"))).text("id");
        raised(data.enterprise("另一家", leaderUser, specialistUser, false), "另一家的诉求");
        status(id, leader, map("status", "RESOLVED", "solution", "网络招聘会", "effect", "招到 8 人"));

        Api.Reply english = api.get(ADMIN + "/requests:export?status=RESOLVED").as(leader).header("Accept-Language", "en").send();
        Api.Reply chinese = api.get(ADMIN + "/requests:export").as(hr).send();

        assertThat(english.status()).isEqualTo(200);
        assertThat(english.contentType()).startsWith("text/csv");
        assertThat(english.header("Content-Disposition")).contains("attachment");
        byte[] bytes = english.raw().body().getBytes(StandardCharsets.UTF_8);
        assertThat(new byte[]{bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = english.raw().body().substring(1).lines().toList();
        assertThat(lines.get(0)).startsWith("Enterprise,Key enterprise,Category,What was needed,Workers short,Skills,Status")
                .contains("How it was solved", "Effect");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("湛江电子厂", "No", "Labour shortage", "\"'=缺焊工,急\"", ",8,", "Welder;Lathe operator",
                "Resolved", "网络招聘会", "招到 8 人");

        List<String> chineseLines = chinese.raw().body().substring(1).lines().toList();
        assertThat(chineseLines.get(0)).startsWith("企业,重点企业,类别,有什么需求").contains("如何解决", "效果怎样");
        assertThat(chineseLines).as("HR exports its own enterprise only").hasSize(2);
        assertThat(chineseLines.get(1)).contains("缺工", "焊工;车工", "已解决");
    }

    @Test
    void every_change_to_a_request_is_in_the_audit_log_under_who_made_it() {
        String id = raise(factory, hr, map("category", "OTHER", "text", "审计")).text("id");
        reply(id, specialist, "收到");
        status(id, leader, map("status", "RESOLVED", "solution", "处理", "effect", "满意"));
        status(id, hr, map("status", "OPEN"));

        List<AuditEntry> entries = new ArrayList<>(audit.list(id, Paging.first(20)).items());
        java.util.Collections.reverse(entries);

        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("request.create", "request.reply", "request.status", "request.status", "request.status");
        assertThat(entries).extracting(AuditEntry::actorName)
                .containsExactly("req.hr", "req.specialist", "req.specialist", "req.leader", "req.hr");
        assertThat(entries.get(3).details()).containsEntry("to", "RESOLVED").containsEntry("effect", "满意");
    }

    @Test
    void a_request_that_is_not_there_is_a_404() {
        assertThat(api.get(ADMIN + "/requests/" + new org.bson.types.ObjectId()).as(leader).send().status()).isEqualTo(404);
        assertThat(api.get(ADMIN + "/requests/not-an-id").as(leader).send().status()).isEqualTo(404);
        assertThat(reply(new org.bson.types.ObjectId().toHexString(), leader, "你好").status()).isEqualTo(404);
        assertThat(raise(null, leader, map("category", "OTHER", "text", "无主")).status()).isEqualTo(404);
    }

    private String raised(Enterprise enterprise, String text) {
        clock.advance(Duration.ofMinutes(1));
        return requests.raise(enterprise.id(), new NewRequest(RequestCategory.LABOUR_SHORTAGE, text, 5, List.of()),
                leaderUser.toActor()).id();
    }

    private Api.Reply raise(Enterprise enterprise, String token, Map<String, Object> body) {
        String id = enterprise == null ? new org.bson.types.ObjectId().toHexString() : enterprise.id();
        return api.post(ADMIN + "/enterprises/" + id + "/requests").as(token).json(body).send();
    }

    private Api.Reply reply(String requestId, String token, String text) {
        return api.post(ADMIN + "/requests/" + requestId + "/messages").as(token).json(map("text", text)).send();
    }

    private Api.Reply status(String requestId, String token, Map<String, Object> body) {
        return api.post(ADMIN + "/requests/" + requestId + "/status").as(token).json(body).send();
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        Api.Reply reply = raise(factory, hr, body);
        assertThat(reply.status()).as(body + " → " + reply).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(fields(reply)).as(body.toString()).contains(field);
    }

    private static List<String> fields(Api.Reply reply) {
        return StreamSupport.stream(reply.body().path("errors").spliterator(), false)
                .map(e -> e.path("field").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> ids(Api.Reply page) {
        return StreamSupport.stream(page.body().path("items").spliterator(), false).map(i -> i.path("id").asText()).toList();
    }
}
