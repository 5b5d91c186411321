package org.fugong.response;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.fugong.base.Actor;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subsidies with a cap (专策): an enterprise claims through its HR users for a number of first-time
 * local hires; each claim is worth persons × amount per person but never more than the cap leaves,
 * counting what was granted and what waits for review, also when claims race; rejecting or
 * withdrawing a claim frees its amount; approvals never add up to more than the cap. Policies are for
 * enterprises or for workers, and close at their deadline.
 */
class SubsidyClaimsTest extends IntegrationTest {

    @Autowired
    SubsidyService subsidies;

    private StaffUser officialUser;
    private String official;
    private String reviewer;
    private Enterprise factory;
    private Enterprise rival;
    private String hr;
    private String rivalHr;

    @BeforeEach
    void people() {
        officialUser = data.staff("sub.official", Role.OFFICIAL);
        official = api.staffToken("sub.official", "password-1");
        reviewer = data.signedInStaff("sub.reviewer", Role.REVIEWER);
        factory = data.enterprise("湛江口罩厂", officialUser, true);
        rival = data.enterprise("湛江纺织厂", officialUser, false);
        hr = data.signedInHr("sub.hr", factory.id());
        rivalHr = data.signedInHr("sub.rival.hr", rival.id());
    }

    @Test
    void claims_are_cut_to_what_the_cap_leaves_and_a_rejection_frees_its_amount() {
        String policy = published(enterprisePolicy(Notices.everyone()));

        Api.Reply three = claim(hr, policy, 3);
        Api.Reply four = claim(hr, policy, 4);
        Api.Reply more = claim(hr, policy, 1);

        assertThat(three.status()).as(three.toString()).isEqualTo(201);
        assertThat(three.text("enterpriseId")).isEqualTo(factory.id());
        assertThat(three.body().path("workerId").isNull()).isTrue();
        assertThat(three.text("kind")).isEqualTo("SUBSIDY_APPLICATION");
        assertThat(three.text("status")).isEqualTo("SUBMITTED");
        assertThat(amount(three)).isEqualByComparingTo("3000");
        assertThat(three.body().path("fields").path("persons").asInt()).isEqualTo(3);
        assertThat(amount(four)).as("4 persons are worth 4000, but only 2000 of the cap is left").isEqualByComparingTo("2000");
        assertThat(more.status()).isEqualTo(409);
        assertThat(more.contentType()).startsWith("application/problem+json");
        assertThat(more.text("type")).isEqualTo("urn:fugong:problem:subsidy-cap-reached");
        assertThat(more.text("detail")).contains("5000");
        assertThat(claim(rivalHr, policy, 5).status()).as("the cap is per enterprise").isEqualTo(201);

        assertThat(review(four.text("id"), "REJECTED").status()).isEqualTo(200);
        Api.Reply again = claim(hr, policy, 4);

        assertThat(again.status()).isEqualTo(201);
        assertThat(amount(again)).isEqualByComparingTo("2000");
        assertThat(claim(hr, policy, 1).status()).isEqualTo(409);
        assertThat(review(three.text("id"), "ACCEPTED").status()).isEqualTo(200);
        assertThat(review(again.text("id"), "ACCEPTED").status()).isEqualTo(200);
        SubsidyService.Standing standing = subsidies.standing(policy, factory.id(), staff());
        assertThat(standing.granted()).isEqualByComparingTo("5000");
        assertThat(standing.reserved()).isEqualByComparingTo("5000");
        assertThat(standing.left()).isEqualByComparingTo("0");
        assertThat(subsidies.totalsByEnterprise(SubsidyService.ApprovalFilter.ofPolicy(policy), staff()))
                .singleElement().satisfies(total -> {
                    assertThat(total.enterpriseName()).isEqualTo("湛江口罩厂");
                    assertThat(total.approvals()).isEqualTo(2);
                    assertThat(total.amount()).isEqualByComparingTo("5000");
                });
    }

    @Test
    void taking_an_approval_back_frees_its_amount_for_other_claims() {
        String policy = published(enterprisePolicy(Notices.everyone()));
        String whole = claim(hr, policy, 5).text("id");
        review(whole, "ACCEPTED");
        assertThat(claim(hr, policy, 1).status()).isEqualTo(409);

        assertThat(review(whole, "REJECTED").status()).isEqualTo(200);

        assertThat(amount(claim(hr, policy, 2))).isEqualByComparingTo("2000");
        SubsidyService.Standing standing = subsidies.standing(policy, factory.id(), staff());
        assertThat(standing.granted()).isEqualByComparingTo("0");
        assertThat(standing.reserved()).isEqualByComparingTo("2000");
    }

    @Test
    void a_withdrawn_claim_no_longer_counts_but_an_approved_one_cannot_be_withdrawn() {
        String policy = published(enterprisePolicy(Notices.everyone()));
        String first = claim(hr, policy, 2).text("id");
        String second = claim(hr, policy, 3).text("id");
        assertThat(claim(hr, policy, 1).status()).isEqualTo(409);

        assertThat(api.delete("/api/v1/admin/responses/" + first).as(hr).send().status()).isEqualTo(204);
        assertThat(amount(claim(hr, policy, 4))).isEqualByComparingTo("2000");

        review(second, "ACCEPTED");
        Api.Reply withdrawApproved = api.delete("/api/v1/admin/responses/" + second).as(hr).send();
        assertThat(withdrawApproved.status()).isEqualTo(409);
        assertThat(api.delete("/api/v1/admin/responses/" + second).as(rivalHr).send().status())
                .as("another enterprise's claim is not there for them").isEqualTo(404);
        assertThat(subsidies.standing(policy, factory.id(), staff()).granted()).isEqualByComparingTo("3000");
    }

    @Test
    void concurrent_claims_never_reserve_more_than_the_cap() throws Exception {
        String policy = published(enterprisePolicy(Notices.everyone()));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Api.Reply> replies = new ArrayList<>();
        try {
            List<Callable<Api.Reply>> rush = IntStream.range(0, 8)
                    .mapToObj(i -> (Callable<Api.Reply>) () -> claim(hr, policy, 2)).toList();
            for (Future<Api.Reply> reply : pool.invokeAll(rush)) {
                replies.add(reply.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<Api.Reply> granted = replies.stream().filter(r -> r.status() == 201).toList();
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(201, 409));
        assertThat(granted).extracting(r -> amount(r).intValue()).containsExactlyInAnyOrder(2000, 2000, 1000);
        granted.forEach(r -> assertThat(review(r.text("id"), "ACCEPTED").status()).isEqualTo(200));
        BigDecimal approved = subsidies.approvals(SubsidyService.ApprovalFilter.ofPolicy(policy), staff()).stream()
                .map(SubsidyService.Approval::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(approved).isEqualByComparingTo("5000");
        assertThat(subsidies.standing(policy, factory.id(), staff()).granted()).isEqualByComparingTo("5000");
    }

    @Test
    void a_retried_claim_with_the_same_idempotency_key_is_claimed_once() {
        String policy = published(enterprisePolicy(Notices.everyone()));

        Api.Reply first = claim(hr, policy, 3, "claim-1");
        Api.Reply retry = claim(hr, policy, 3, "claim-1");

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(subsidies.standing(policy, factory.id(), staff()).reserved()).isEqualByComparingTo("3000");
        assertThat(claim(rivalHr, policy, 1, "claim-1").text("id")).as("keys are per enterprise").isNotEqualTo(first.text("id"));
    }

    @Test
    void claims_after_the_policys_deadline_are_a_conflict() {
        Map<String, Object> draft = enterprisePolicy(Notices.everyone());
        Notices.part(draft, "policy").put("deadline", notices.in(Duration.ofMinutes(2)));
        String policy = published(draft);
        TestData.Worker ada = data.worker(null, "赤坎区");
        Map<String, Object> personal = workerPolicy(Notices.everyone());
        Notices.part(personal, "policy").put("deadline", notices.in(Duration.ofMinutes(2)));
        String own = published(personal);

        clock.advance(Duration.ofMinutes(3));
        hr = api.staffToken("sub.hr", "password-1");
        Api.Reply late = claim(hr, policy, 1);
        Api.Reply lateWorker = apply(ada, own);

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("type")).isEqualTo("urn:fugong:problem:subsidy-deadline");
        assertThat(lateWorker.status()).isEqualTo(409);
        assertThat(lateWorker.text("type")).isEqualTo("urn:fugong:problem:subsidy-deadline");
    }

    @Test
    void policies_for_workers_refuse_enterprises_and_policies_for_enterprises_refuse_workers() {
        TestData.Worker ada = data.worker(null, "赤坎区");
        String forWorkers = published(workerPolicy(Notices.everyone()));
        String forEnterprises = published(enterprisePolicy(Notices.everyone()));

        Api.Reply enterpriseOnWorkerPolicy = claim(hr, forWorkers, 2);
        Api.Reply workerOnWorkerPolicy = apply(ada, forWorkers);
        Api.Reply workerOnEnterprisePolicy = apply(ada, forEnterprises);

        assertThat(enterpriseOnWorkerPolicy.status()).isEqualTo(409);
        assertThat(enterpriseOnWorkerPolicy.text("type")).isEqualTo("urn:fugong:problem:worker-policy");
        assertThat(workerOnWorkerPolicy.status()).isEqualTo(201);
        assertThat(amount(workerOnWorkerPolicy)).as("a personal application gets the amount per person").isEqualByComparingTo("800");
        assertThat(workerOnWorkerPolicy.body().path("enterpriseId").isNull()).isTrue();
        assertThat(workerOnEnterprisePolicy.status()).as("workers are not told of it at all").isEqualTo(404);
        String toldToo = published(told(enterprisePolicy(Notices.everyone())));
        Api.Reply workerOnToldPolicy = apply(ada, toldToo);
        assertThat(workerOnToldPolicy.status()).as("told to read, not to apply").isEqualTo(409);
        assertThat(workerOnToldPolicy.text("type")).isEqualTo("urn:fugong:problem:enterprise-policy");
    }

    private static Map<String, Object> told(Map<String, Object> draft) {
        Notices.part(draft, "policy").put("tellWorkers", true);
        return draft;
    }

    @Test
    void a_claim_needs_a_whole_number_of_persons_and_nothing_else_is_reserved_by_bad_input() {
        String policy = published(enterprisePolicy(Notices.everyone()));

        Api.Reply missing = submit(hr, policy, map("kind", "SUBSIDY_APPLICATION", "fields", map("note", "首批")), null);
        Api.Reply zero = claim(hr, policy, 0);
        Api.Reply words = submit(hr, policy, map("kind", "SUBSIDY_APPLICATION", "fields", map("persons", "三")), null);
        Api.Reply half = submit(hr, policy, map("kind", "SUBSIDY_APPLICATION", "fields", map("persons", 1.5)), null);
        Api.Reply unknown = submit(hr, policy, map("kind", "SUBSIDY_APPLICATION", "fields", map("persons", 1, "bank", "x")), null);
        Api.Reply noKind = submit(hr, policy, map("fields", map("persons", 1)), null);
        Api.Reply apply = submit(hr, policy, map("kind", "APPLY", "fields", map()), null);
        Api.Reply badKey = claim(hr, policy, 1, "not a key!");

        for (Api.Reply reply : List.of(missing, zero, words, half, unknown, noKind, apply, badKey)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(fields(missing)).containsExactly("fields.persons");
        assertThat(fields(zero)).containsExactly("fields.persons");
        assertThat(fields(words)).containsExactly("fields.persons");
        assertThat(fields(half)).containsExactly("fields.persons");
        assertThat(fields(unknown)).containsExactly("fields.bank");
        assertThat(fields(noKind)).containsExactly("kind");
        assertThat(fields(apply)).contains("kind");
        assertThat(fields(badKey)).containsExactly("Idempotency-Key");
        assertThat(subsidies.standing(policy, factory.id(), staff()).reserved()).isEqualByComparingTo("0");
    }

    @Test
    void only_hr_users_of_an_enterprise_that_sees_the_policy_can_claim_for_it() {
        String forRivalOnly = published(enterprisePolicy(map("all", false, "enterpriseIds", Notices.list(rival.id()))));

        assertThat(claim(hr, forRivalOnly, 1).status()).as("not visible to this enterprise").isEqualTo(404);
        assertThat(claim(official, forRivalOnly, 1).status()).as("officials do not claim").isEqualTo(403);
        assertThat(claim(rivalHr, forRivalOnly, 1).status()).isEqualTo(201);
        assertThat(claim(hr, "0123456789abcdef01234567", 1).status()).isEqualTo(404);
        assertThat(claim(hr, "not-an-id", 1).status()).isEqualTo(404);
    }

    @Test
    void approvals_add_up_per_enterprise_and_per_policy_and_export_as_csv() {
        TestData.Worker ada = data.worker(null, "赤坎区");
        String hiring = published(enterprisePolicy(Notices.everyone()));
        String personal = published(workerPolicy(Notices.everyone()));
        review(claim(hr, hiring, 2).text("id"), "ACCEPTED");
        review(claim(hr, hiring, 1).text("id"), "ACCEPTED");
        review(claim(rivalHr, hiring, 4).text("id"), "ACCEPTED");
        review(claim(rivalHr, hiring, 1).text("id"), "REJECTED");
        claim(hr, hiring, 1);
        review(apply(ada, personal).text("id"), "ACCEPTED");

        List<SubsidyService.EnterpriseTotal> byEnterprise = subsidies.totalsByEnterprise(SubsidyService.ApprovalFilter.all(), staff());
        List<SubsidyService.PolicyTotal> byPolicy = subsidies.totalsByPolicy(SubsidyService.ApprovalFilter.all(), staff());
        List<SubsidyService.Approval> approvals = subsidies.approvals(SubsidyService.ApprovalFilter.all(), staff());

        assertThat(byEnterprise).extracting(SubsidyService.EnterpriseTotal::enterpriseName, SubsidyService.EnterpriseTotal::approvals,
                t -> t.amount().intValue()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("湛江纺织厂", 1L, 4000),
                org.assertj.core.groups.Tuple.tuple("湛江口罩厂", 2L, 3000));
        assertThat(byPolicy).extracting(SubsidyService.PolicyTotal::policyId, SubsidyService.PolicyTotal::approvals,
                SubsidyService.PolicyTotal::enterprises, t -> t.amount().intValue()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(hiring, 3L, 2L, 7000),
                org.assertj.core.groups.Tuple.tuple(personal, 1L, 0L, 800));
        assertThat(approvals).hasSize(4);
        assertThat(approvals).filteredOn(a -> a.workerId() != null).singleElement().satisfies(a -> {
            assertThat(a.workerId()).isEqualTo(ada.id());
            assertThat(a.workerName()).isNotBlank();
            assertThat(a.policyTitle()).isEqualTo("个人创业补贴");
        });

        Actor factoryHr = users.findByUsername("sub.hr").orElseThrow().toActor();
        assertThat(subsidies.approvals(SubsidyService.ApprovalFilter.all(), factoryHr))
                .as("HR users see their own enterprise's approvals only")
                .extracting(SubsidyService.Approval::enterpriseId).containsOnly(factory.id()).hasSize(2);

        byte[] csv = subsidies.approvalsCsv(SubsidyService.ApprovalFilter.ofPolicy(hiring), staff(), Locale.forLanguageTag("zh-CN"));
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("序号,政策,企业,个人申请人,人数,金额（元）,审批时间");
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(1, 4)).anySatisfy(line -> assertThat(line).contains("湛江纺织厂", ",4,", "4000"));
        String english = new String(subsidies.approvalsCsv(SubsidyService.ApprovalFilter.all(), staff(), Locale.ENGLISH),
                StandardCharsets.UTF_8);
        assertThat(english.lines().findFirst().orElseThrow()).endsWith("No.,Policy,Enterprise,Worker (personal application),Persons,Amount (yuan),Approved");
    }

    private Actor staff() {
        return officialUser.toActor();
    }

    private Map<String, Object> enterprisePolicy(Map<String, Object> audience) {
        return map("type", "POLICY",
                "title", map("zh-CN", "一次性吸纳就业补贴"),
                "body", map("zh-CN", "首次招用本地劳动力的企业每人补贴 1000 元，每家企业最多 5000 元。"),
                "audience", audience,
                "policy", map("benefit", "HIRING_SUBSIDY", "amountPerPerson", 1000, "capPerEnterprise", 5000,
                        "deadline", notices.in(Duration.ofDays(10)), "applicant", "ENTERPRISE"));
    }

    private Map<String, Object> workerPolicy(Map<String, Object> audience) {
        return map("type", "POLICY",
                "title", map("zh-CN", "个人创业补贴"),
                "body", map("zh-CN", "返乡创业人员一次性补贴 800 元。"),
                "audience", audience,
                "policy", map("benefit", "STARTUP_LOAN", "amountPerPerson", 800,
                        "deadline", notices.in(Duration.ofDays(10)), "applicant", "WORKER"));
    }

    private String published(Map<String, Object> draft) {
        String id = notices.publish(draft, official, reviewer);
        notices.awaitDispatched(id);
        return id;
    }

    private Api.Reply claim(String token, String policyId, int persons) {
        return claim(token, policyId, persons, null);
    }

    private Api.Reply claim(String token, String policyId, int persons, String idempotencyKey) {
        return submit(token, policyId, map("kind", "SUBSIDY_APPLICATION", "fields", map("persons", persons)), idempotencyKey);
    }

    private Api.Reply submit(String token, String noticeId, Map<String, Object> body, String idempotencyKey) {
        Api.Call call = api.post("/api/v1/admin/notices/" + noticeId + "/responses").as(token).json(body);
        if (idempotencyKey != null) {
            call.header("Idempotency-Key", idempotencyKey);
        }
        return call.send();
    }

    private Api.Reply apply(TestData.Worker worker, String policyId) {
        return api.post("/api/v1/notices/" + policyId + "/responses").as(worker.accessToken())
                .header("Idempotency-Key", "apply-" + policyId)
                .json(map("kind", "SUBSIDY_APPLICATION", "fields", map("note", "返乡开店"))).send();
    }

    private Api.Reply review(String responseId, String status) {
        return api.patch("/api/v1/admin/responses/" + responseId).as(official).json(map("status", status)).send();
    }

    private static BigDecimal amount(Api.Reply reply) {
        JsonNode amount = reply.body().path("amount");
        assertThat(amount.isMissingNode() || amount.isNull()).as("amount of " + reply).isFalse();
        return amount.decimalValue();
    }

    private static List<String> fields(Api.Reply reply) {
        return StreamSupport.stream(reply.body().path("errors").spliterator(), false)
                .map(e -> e.path("field").asText()).toList();
    }
}
