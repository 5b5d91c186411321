package org.fugong.notice;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.bson.Document;
import org.fugong.audit.AuditLog;
import org.fugong.base.Paging;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static fugong.testing.Notices.list;
import static fugong.testing.Notices.map;
import static fugong.testing.Notices.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A notice's life over the integration API: written by one official, approved by another, published
 * now or at its time, recalled; edited only by its author and only while a draft or sent back; HR
 * users see only what concerns their enterprise; drafts that make no sense are refused field by field.
 */
class NoticeWorkflowTest extends IntegrationTest {

    private static final String NOTICES = "/api/v1/admin/notices";

    @Autowired
    NoticeService noticeService;

    @Autowired
    AuditLog audit;

    private StaffUser officialUser;
    private String official;
    private String reviewer;

    @BeforeEach
    void people() {
        officialUser = data.staff("wf.official", Role.OFFICIAL);
        official = api.staffToken("wf.official", "password-1");
        reviewer = data.signedInStaff("wf.reviewer", Role.REVIEWER);
    }

    @Test
    void nobody_approves_or_rejects_their_own_notice_not_even_an_admin_who_writes() {
        String boss = data.signedInStaff("wf.boss", Role.ADMIN, Role.OFFICIAL);
        String id = notices.submitted(notices.announcement("局长的通知", Notices.everyone()), boss);

        Api.Reply approveOwn = api.post(NOTICES + "/" + id + "/approve").as(boss).json(map("comment", "同意")).send();
        Api.Reply rejectOwn = api.post(NOTICES + "/" + id + "/reject").as(boss).json(map("comment", "不同意")).send();

        assertThat(approveOwn.status()).isEqualTo(403);
        assertThat(approveOwn.contentType()).startsWith("application/problem+json");
        assertThat(approveOwn.text("type")).endsWith("own-notice");
        assertThat(rejectOwn.status()).isEqualTo(403);
        assertThat(statusOf(id)).isEqualTo("IN_REVIEW");

        Api.Reply approved = api.post(NOTICES + "/" + id + "/approve").as(reviewer).json(map("comment", "同意")).send();
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("PUBLISHED");
        assertThat(approved.text("approverId")).isNotEqualTo(approved.text("authorId"));
    }

    @Test
    void every_step_of_a_notice_is_written_to_the_audit_log_by_who_took_it() {
        String id = notices.submitted(notices.announcement("留痕通知", Notices.everyone()), official);
        api.post(NOTICES + "/" + id + "/reject").as(reviewer).json(map("comment", "请补充联系方式")).send();
        api.put(NOTICES + "/" + id).as(official).json(notices.announcement("留痕通知（补充）", Notices.everyone())).send();
        api.post(NOTICES + "/" + id + "/submit").as(official).send();
        api.post(NOTICES + "/" + id + "/approve").as(reviewer).json(map("comment", "同意")).send();
        api.post(NOTICES + "/" + id + "/recall").as(official).send();

        List<String> trail = audit.list(id, Paging.first(50)).items().stream()
                .map(entry -> entry.action() + " by " + entry.actorName()).toList();

        assertThat(trail).containsExactly(
                "notice.recall by wf.official",
                "notice.approve by wf.reviewer",
                "notice.submit by wf.official",
                "notice.update by wf.official",
                "notice.reject by wf.reviewer",
                "notice.submit by wf.official",
                "notice.create by wf.official");
    }

    @Test
    void only_the_author_edits_and_submits() {
        String colleague = data.signedInStaff("wf.colleague", Role.OFFICIAL);
        String id = notices.create(notices.announcement("原标题", Notices.everyone()), official);

        Api.Reply othersEdit = api.put(NOTICES + "/" + id).as(colleague).json(notices.announcement("别人改的", Notices.everyone())).send();
        Api.Reply othersSubmit = api.post(NOTICES + "/" + id + "/submit").as(colleague).send();
        Api.Reply ownEdit = api.put(NOTICES + "/" + id).as(official).json(notices.announcement("新标题", Notices.everyone())).send();

        assertThat(othersEdit.status()).isEqualTo(403);
        assertThat(othersSubmit.status()).isEqualTo(403);
        assertThat(ownEdit.status()).isEqualTo(200);
        assertThat(ownEdit.body().path("title").path("zh-CN").asText()).isEqualTo("新标题");
        assertThat(api.post(NOTICES + "/" + id + "/submit").as(official).send().text("status")).isEqualTo("IN_REVIEW");
    }

    @Test
    void only_drafts_and_rejected_notices_can_be_edited() {
        Map<String, Object> draft = notices.announcement("待审", Notices.everyone());
        String inReview = notices.submitted(draft, official);
        String published = notices.publish(notices.announcement("已发布", Notices.everyone()), official, reviewer);

        Api.Reply editInReview = api.put(NOTICES + "/" + inReview).as(official).json(draft).send();
        Api.Reply editPublished = api.put(NOTICES + "/" + published).as(official)
                .json(notices.announcement("已发布（改）", Notices.everyone())).send();

        assertThat(editInReview.status()).isEqualTo(409);
        assertThat(editInReview.contentType()).startsWith("application/problem+json");
        assertThat(editPublished.status()).isEqualTo(409);
        assertThat(api.get(NOTICES + "/" + published).as(official).send().body().path("title").path("zh-CN").asText())
                .isEqualTo("已发布");
    }

    @Test
    void a_rejection_says_why_and_the_author_can_edit_and_resubmit() {
        String id = notices.submitted(notices.announcement("错别字通知", Notices.everyone()), official);

        Api.Reply withoutReason = api.post(NOTICES + "/" + id + "/reject").as(reviewer).json(map()).send();
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.body().path("errors").get(0).path("field").asText()).isEqualTo("comment");

        Api.Reply rejected = api.post(NOTICES + "/" + id + "/reject").as(reviewer).json(map("comment", "标题有错别字")).send();
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.text("status")).isEqualTo("REJECTED");
        assertThat(rejected.text("reviewComment")).isEqualTo("标题有错别字");

        Api.Reply edited = api.put(NOTICES + "/" + id).as(official).json(notices.announcement("正确的通知", Notices.everyone())).send();
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.text("status")).isEqualTo("DRAFT");
        assertThat(api.post(NOTICES + "/" + id + "/submit").as(official).send().text("status")).isEqualTo("IN_REVIEW");
        assertThat(api.post(NOTICES + "/" + id + "/approve").as(reviewer).json(map()).send().text("status")).isEqualTo("PUBLISHED");
    }

    @Test
    void a_notice_scheduled_for_later_goes_out_when_its_time_comes() {
        TestData.Worker ada = data.worker("token-wf-ada", "赤坎区");
        Map<String, Object> draft = notices.announcement("下周一复工", Notices.everyone());
        draft.put("scheduledAt", notices.in(Duration.ofMinutes(30)));
        String id = notices.submitted(draft, official);

        Api.Reply approved = api.post(NOTICES + "/" + id + "/approve").as(reviewer).json(map()).send();

        assertThat(approved.text("status")).isEqualTo("SCHEDULED");
        assertThat(approved.body().path("publishedAt").isNull()).isTrue();
        assertThat(mongo.getCollection("dispatchJobs").countDocuments(new Document("noticeId", id))).as("no push yet").isZero();
        assertThat(api.get("/api/v1/notices/" + id).as(ada.accessToken()).send().status()).isEqualTo(404);

        clock.advance(Duration.ofMinutes(31));

        await().atMost(Duration.ofSeconds(10)).until(() -> "PUBLISHED".equals(statusOf(id)));
        notices.awaitDispatched(id);
        assertThat(fcm.received(m -> id.equals(m.noticeId()))).extracting(m -> m.token()).containsExactly("token-wf-ada");
        assertThat(api.get("/api/v1/notices/" + id).as(ada.accessToken()).send().status()).isEqualTo(200);
    }

    @Test
    void a_recalled_scheduled_notice_never_goes_out() {
        Map<String, Object> draft = notices.announcement("取消的通知", Notices.everyone());
        draft.put("scheduledAt", notices.in(Duration.ofMinutes(30)));
        String id = notices.submitted(draft, official);
        api.post(NOTICES + "/" + id + "/approve").as(reviewer).json(map()).send();

        assertThat(api.post(NOTICES + "/" + id + "/recall").as(official).send().text("status")).isEqualTo("RECALLED");
        clock.advance(Duration.ofMinutes(31));
        noticeService.publishDue();

        assertThat(statusOf(id)).isEqualTo("RECALLED");
    }

    @Test
    void a_notice_that_has_expired_cannot_be_submitted() {
        Map<String, Object> draft = notices.announcement("限时通知", Notices.everyone());
        draft.put("expiresAt", notices.in(Duration.ofMinutes(2)));
        String id = notices.create(draft, official);

        clock.advance(Duration.ofMinutes(3));
        Api.Reply submitted = api.post(NOTICES + "/" + id + "/submit").as(official).send();

        assertThat(submitted.status()).isEqualTo(400);
        assertThat(fields(submitted)).contains("expiresAt");
        assertThat(statusOf(id)).isEqualTo("DRAFT");
    }

    @Test
    void a_notice_that_expired_while_in_review_cannot_be_approved() {
        Map<String, Object> draft = notices.announcement("限时通知", Notices.everyone());
        draft.put("expiresAt", notices.in(Duration.ofMinutes(5)));
        String id = notices.submitted(draft, official);

        clock.advance(Duration.ofMinutes(6));
        Api.Reply approved = api.post(NOTICES + "/" + id + "/approve").as(reviewer).json(map()).send();

        assertThat(approved.status()).isEqualTo(400);
        assertThat(fields(approved)).contains("expiresAt");
        assertThat(statusOf(id)).isEqualTo("IN_REVIEW");
    }

    @Test
    void a_bus_that_has_left_cannot_be_approved() {
        Map<String, Object> bus = notices.returnBus(30, List.of("玉林站"), Notices.everyone());
        part(bus, "returnBus").put("departsAt", notices.in(Duration.ofMinutes(10)));
        String id = notices.submitted(bus, official);

        clock.advance(Duration.ofMinutes(11));
        Api.Reply approved = api.post(NOTICES + "/" + id + "/approve").as(reviewer).json(map()).send();

        assertThat(approved.status()).isEqualTo(400);
        assertThat(fields(approved)).contains("returnBus.departsAt");
    }

    @Test
    void a_recall_hides_the_notice_and_can_tell_those_it_reached() {
        TestData.Worker ada = data.worker("token-wf-recall", "赤坎区");
        String id = notices.publish(notices.announcement("停工通知", Notices.everyone()), official, reviewer);
        notices.awaitDispatched(id);
        assertThat(api.get("/api/v1/me/inbox").as(ada.accessToken()).send().body().path("items")).hasSize(1);

        Api.Reply recalled = api.post(NOTICES + "/" + id + "/recall").as(official).json(map("push", true)).send();

        assertThat(recalled.status()).isEqualTo(200);
        assertThat(recalled.text("status")).isEqualTo("RECALLED");
        assertThat(api.get("/api/v1/me/inbox").as(ada.accessToken()).send().body().path("items")).isEmpty();
        assertThat(api.get("/api/v1/notices/" + id).as(ada.accessToken()).send().status()).isEqualTo(404);
        notices.awaitRecallDispatched(id);
        assertThat(fcm.received(m -> id.equals(m.noticeId()) && "RECALL".equals(m.kind()))).singleElement().satisfies(push -> {
            assertThat(push.token()).isEqualTo("token-wf-recall");
            assertThat(push.title()).isEqualTo("已撤回：停工通知");
        });
    }

    @Test
    void a_recall_without_push_tells_nobody() {
        data.worker("token-wf-quiet", "赤坎区");
        String id = notices.publish(notices.announcement("安静撤回", Notices.everyone()), official, reviewer);
        notices.awaitDispatched(id);

        assertThat(api.post(NOTICES + "/" + id + "/recall").as(reviewer).send().status()).isEqualTo(200);

        assertThat(mongo.getCollection("dispatchJobs").countDocuments(new Document("_id", "RECALL:" + id))).isZero();
    }

    @Test
    void hr_users_see_only_published_notices_that_concern_their_enterprise() {
        Enterprise mine = data.enterprise("湛江甲厂", officialUser, false);
        Enterprise other = data.enterprise("湛江乙厂", officialUser, false);
        String hr = data.signedInHr("wf.hr", mine.id());

        String myPosting = notices.publish(notices.jobPosting(mine.id(), Notices.inDistricts("赤坎区")), official, reviewer);
        String toMyWorkers = notices.publish(notices.announcement("致甲厂员工",
                map("all", false, "enterpriseIds", list(mine.id()))), official, reviewer);
        String toEveryone = notices.publish(notices.announcement("致全体", Notices.everyone()), official, reviewer);
        String othersPosting = notices.publish(notices.jobPosting(other.id(), Notices.inDistricts("赤坎区")), official, reviewer);
        String toOtherWorkers = notices.publish(notices.announcement("致乙厂员工",
                map("all", false, "enterpriseIds", list(other.id()))), official, reviewer);
        String myDraft = notices.create(notices.jobPosting(mine.id(), Notices.inDistricts("赤坎区")), official);

        assertThat(ids(api.get(NOTICES).as(hr).send())).isEqualTo(Set.of(myPosting, toMyWorkers, toEveryone));
        assertThat(ids(api.get(NOTICES).as(official).send()))
                .isEqualTo(Set.of(myPosting, toMyWorkers, toEveryone, othersPosting, toOtherWorkers, myDraft));
        assertThat(api.get(NOTICES + "/" + myPosting).as(hr).send().status()).isEqualTo(200);
        assertThat(api.get(NOTICES + "/" + othersPosting).as(hr).send().status()).isEqualTo(404);
        assertThat(api.get(NOTICES + "/" + toOtherWorkers).as(hr).send().status()).isEqualTo(404);
        assertThat(api.get(NOTICES + "/" + myDraft).as(hr).send().status()).isEqualTo(404);
    }

    @Test
    void the_list_filters_by_status_and_type_and_pages_newest_first() {
        String draft = notices.create(notices.announcement("草稿", Notices.everyone()), official);
        String first = notices.publish(notices.announcement("第一条", Notices.everyone()), official, reviewer);
        String second = notices.publish(notices.policy(Notices.everyone()), official, reviewer);
        String third = notices.publish(notices.announcement("第三条", Notices.everyone()), official, reviewer);

        assertThat(ids(api.get(NOTICES + "?status=DRAFT").as(official).send())).isEqualTo(Set.of(draft));
        assertThat(ids(api.get(NOTICES + "?type=POLICY").as(official).send())).isEqualTo(Set.of(second));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Api.Reply page = api.get(NOTICES + "?status=PUBLISHED&limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .as(reviewer).send();
            assertThat(page.body().path("items").size()).isLessThanOrEqualTo(2);
            page.body().path("items").forEach(n -> seen.add(n.path("id").asText()));
            cursor = page.body().path("nextCursor").isNull() ? null : page.text("nextCursor");
        } while (cursor != null);

        assertThat(seen).containsExactly(third, second, first);
    }

    @Test
    void an_audience_must_make_sense() {
        Enterprise someEnterprise = data.enterprise("某厂", officialUser, false);
        forget(someEnterprise);

        assertThat(fields(create(notices.announcement("通知", map("all", false, "hometownProvinces", list("火星省"))))))
                .contains("audience.hometownProvinces[0]");
        assertThat(fields(create(notices.announcement("通知", map("all", true, "districts", list("赤坎区"))))))
                .contains("audience.all");
        assertThat(fields(create(notices.announcement("通知", map("all", false))))).contains("audience");
        assertThat(fields(create(notices.announcement("通知", map("all", false, "districts", list()))))).contains("audience");
        assertThat(fields(create(notices.announcement("通知", map("all", false, "districts", list("不存在区"))))))
                .contains("audience.districts[0]");
        assertThat(fields(create(notices.announcement("通知", map("all", false, "hometownCities", list("哥谭市"))))))
                .contains("audience.hometownCities[0]");
        assertThat(fields(create(notices.announcement("通知", map("all", false, "enterpriseIds", list(someEnterprise.id()))))))
                .contains("audience.enterpriseIds[0]");
        assertThat(api.post("/api/v1/admin/audience/preview").as(official)
                .json(map("audience", map("all", false, "hometownProvinces", list("火星省")))).send().status()).isEqualTo(400);
    }

    @Test
    void each_type_of_notice_must_carry_sensible_facts() {
        Map<String, Object> busWithoutSeats = notices.returnBus(30, List.of("玉林站"), Notices.everyone());
        part(busWithoutSeats, "returnBus").remove("seats");
        assertThat(fields(create(busWithoutSeats))).contains("returnBus.seats");

        Map<String, Object> busFromNowhere = notices.returnBus(30, List.of("玉林站"), Notices.everyone());
        part(busFromNowhere, "returnBus").put("origin", map("province", "广西壮族自治区", "city", "湛江市"));
        assertThat(fields(create(busFromNowhere))).contains("returnBus.origin.city");

        Map<String, Object> fairEndingFirst = notices.jobFair(Notices.everyone());
        part(fairEndingFirst, "jobFair").put("endsAt", notices.in(Duration.ofDays(1)));
        assertThat(fields(create(fairEndingFirst))).contains("jobFair.endsAt");

        Map<String, Object> fairInAntiquity = notices.jobFair(Notices.everyone());
        part(fairInAntiquity, "jobFair").put("startsAt", "-1000000000-01-01T00:00:00Z");
        assertThat(fields(create(fairInAntiquity))).contains("jobFair.startsAt");

        Map<String, Object> scheduledInTheFarFuture = notices.announcement("通知", Notices.everyone());
        scheduledInTheFarFuture.put("scheduledAt", "2150-01-01T00:00:00Z");
        assertThat(fields(create(scheduledInTheFarFuture))).contains("scheduledAt");

        assertThat(fields(create(notices.jobPosting("65f0c0ffee0000000000beef", Notices.everyone()))))
                .contains("jobPosting.enterpriseId");

        Enterprise factory = data.enterprise("湛江丙厂", officialUser, false);
        Map<String, Object> upsideDownSalary = notices.jobPosting(factory.id(), Notices.everyone());
        part(upsideDownSalary, "jobPosting").put("salaryMin", 9000);
        part(upsideDownSalary, "jobPosting").put("salaryMax", 5000);
        assertThat(fields(create(upsideDownSalary))).contains("jobPosting.salaryMax");

        Map<String, Object> announcementWithBus = notices.announcement("通知", Notices.everyone());
        announcementWithBus.put("returnBus", map("seats", 3));
        assertThat(fields(create(announcementWithBus))).contains("returnBus");

        Map<String, Object> busWithRsvp = notices.returnBus(30, List.of("玉林站"), Notices.everyone());
        busWithRsvp.put("responseKind", "RSVP");
        assertThat(fields(create(busWithRsvp))).contains("responseKind");
    }

    @Test
    void a_policy_closes_no_later_than_it_expires_and_workers_apply_only_where_it_takes_applications() {
        Map<String, Object> lateDeadline = notices.announcement("补贴", Notices.everyone());
        lateDeadline.put("type", "POLICY");
        lateDeadline.put("expiresAt", notices.in(Duration.ofDays(5)));
        lateDeadline.put("policy", map("benefit", "HIRING_SUBSIDY", "amountPerPerson", 1000,
                "deadline", notices.in(Duration.ofDays(9))));
        assertThat(fields(create(lateDeadline))).contains("policy.deadline");

        Map<String, Object> workersWithoutForm = notices.announcement("补贴", Notices.everyone());
        workersWithoutForm.put("type", "POLICY");
        workersWithoutForm.put("responseKind", "NONE");
        workersWithoutForm.put("policy", map("benefit", "STARTUP_LOAN", "applicant", "WORKER"));
        assertThat(fields(create(workersWithoutForm))).containsExactly("policy.applicant");
    }

    @Test
    void a_refusal_names_the_state_in_words_in_the_callers_language() {
        String id = api.post(NOTICES).as(official).json(notices.announcement("通知", Notices.everyone())).send().text("id");
        Api.Reply notYet = api.post(NOTICES + "/" + id + "/approve").as(reviewer).header("Accept-Language", "en")
                .json(map("comment", "ok")).send();
        assertThat(notYet.status()).isEqualTo(409);
        assertThat(notYet.text("detail")).contains("draft").doesNotContain("DRAFT");
        Api.Reply chinese = api.post(NOTICES + "/" + id + "/approve").as(reviewer).json(map("comment", "ok")).send();
        assertThat(chinese.text("detail")).contains("草稿").doesNotContain("DRAFT");
    }

    /** Removes an enterprise behind the service's back, so that its id is unknown. */
    private void forget(Enterprise enterprise) {
        mongo.getCollection("enterprises").deleteOne(new Document("_id", new org.bson.types.ObjectId(enterprise.id())));
    }

    private Api.Reply create(Map<String, Object> draft) {
        Api.Reply reply = api.post(NOTICES).as(official).json(draft).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply;
    }

    private static List<String> fields(Api.Reply reply) {
        return StreamSupport.stream(reply.body().path("errors").spliterator(), false)
                .map(e -> e.path("field").asText()).toList();
    }

    private static Set<String> ids(Api.Reply page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return StreamSupport.stream(page.body().path("items").spliterator(), false)
                .map(n -> n.path("id").asText()).collect(Collectors.toSet());
    }

    private String statusOf(String id) {
        JsonNode notice = api.get(NOTICES + "/" + id).as(official).send().body();
        return notice.path("status").asText();
    }
}
