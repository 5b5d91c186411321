package org.fugong.publicity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import org.fugong.base.ConflictException;
import org.fugong.base.Role;
import org.fugong.base.TooManyRequestsException;
import org.fugong.enterprise.Enterprise;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fugong.testing.Notices.map;
import static fugong.testing.Notices.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Publicity of approved subsidies (公示): the charter-bus subsidy's claims carry their trip; an
 * official publishes the approved list, a second one approves its announcement, the public page lists
 * enterprises, persons and amounts and nothing personal; an objection is taken within the five working
 * days (National Day aside) and refused after them; then the claims are publicised, except one an
 * objection holds until it is answered.
 */
class PublicityTest extends IntegrationTest {

    /** Tuesday 29 September 2026, 10:00 in Zhanjiang: the period runs across National Day. */
    private static final Instant BEFORE_NATIONAL_DAY = Instant.parse("2026-09-29T02:00:00Z");

    @Autowired
    PublicityService publicities;
    @Autowired
    Objections objections;
    @Autowired
    ObjectMapper json;

    private Enterprise electronics;
    private Enterprise sugar;
    private String policy;

    @BeforeEach
    void approved_charter_bus_claims() {
        clock.setTo(BEFORE_NATIONAL_DAY);
        StaffUser leader = data.staff("pub.official", Role.OFFICIAL);
        data.staff("pub.reviewer", Role.REVIEWER);
        electronics = data.enterprise("湛江电子厂", leader, false);
        sugar = data.enterprise("雷州糖厂", leader, false);
        Map<String, Object> draft = notices.policy(Notices.everyone());
        draft.put("title", map("zh-CN", "企业包车一次性补助", "en", "One-off charter-bus subsidy"));
        draft.put("responseKind", "SUBSIDY_APPLICATION");
        part(draft, "policy").put("benefit", "BUS_SUBSIDY");
        part(draft, "policy").put("amountPerPerson", 200);
        part(draft, "policy").put("capPerEnterprise", 20000);
        policy = notices.publish(draft, official(), token("pub.reviewer"));

        String electronicsHr = data.signedInHr("pub.hr1", electronics.id());
        Api.Reply noTrip = api.post("/api/v1/admin/notices/" + policy + "/responses").as(electronicsHr)
                .json(map("kind", "SUBSIDY_APPLICATION", "fields", map("persons", 30))).send();
        assertThat(noTrip.status()).isEqualTo(400);
        assertThat(noTrip.body().path("errors").findValuesAsText("field")).contains("fields.trip");
        approve(claim(electronicsHr, "广西壮族自治区", "玉林市", "2026-09-20", 38));
        approve(claim(data.signedInHr("pub.hr2", sugar.id()), "甘肃省", "陇南市", "2026-09-22", 45));
    }

    @Test
    void the_public_page_lists_the_approved_claims_and_takes_objections_only_within_the_working_days() {
        Api.Reply created = api.post("/api/v1/admin/publicities").as(official()).json(map("policyId", policy)).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String publicity = created.text("id");
        assertThat(created.text("status")).isEqualTo("PENDING");
        assertThatThrownBy(() -> publicities.publicView(publicity)).as("not public before its announcement")
                .isInstanceOf(org.fugong.base.NotFoundException.class);
        String announcement = created.text("announcementId");
        JsonNode notice = api.get("/api/v1/admin/notices/" + announcement).as(official()).send().body();
        assertThat(notice.path("type").asText()).isEqualTo("ANNOUNCEMENT");
        assertThat(notice.path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(notice.path("body").path("zh-CN").asText()).contains("湛江电子厂，38人，7600元", "5个工作日",
                "/public/publicity/" + publicity);
        approveNotice(announcement);

        PublicPublicity page = await().atMost(Duration.ofSeconds(5)).until(() -> publicities.publicView(publicity),
                p -> p.status() == PublicityStatus.RUNNING);
        assertThat(page.lines()).extracting(PublicityLine::enterpriseName).containsExactly("湛江电子厂", "雷州糖厂");
        assertThat(page.lines()).extracting(PublicityLine::persons).containsExactly(38, 45);
        assertThat(page.lines().get(0).amount()).isEqualByComparingTo("7600");
        assertThat(page.lines().get(1).trip().origin().city()).isEqualTo("陇南市");
        assertThat(page.totalAmount()).isEqualByComparingTo("16600");
        assertThat(page.lastDay()).as("National Day aside, the fifth working day").hasToString("2026-10-12");
        assertThat(page.acceptsObjections()).isTrue();
        assertThat(fieldsOf(json.valueToTree(page))).as("nothing personal on the public page")
                .doesNotContain("workerId", "workerName", "contact", "phone", "phoneMasked", "responseId", "createdBy",
                        "reviewedBy", "name");

        clock.setTo(Instant.parse("2026-10-09T03:00:00Z"));
        objections.file(publicity, new NewObjection("李四", "13800138000", 2, "该厂包车实际只有 30 人"), "198.51.100.7");
        objections.file(publicity, new NewObjection(null, "tip@example.cn", null, "请公布包车合同"), "198.51.100.7");
        objections.file(publicity, new NewObjection(null, "0759-2222222", null, "第三条"), "198.51.100.7");
        assertThatThrownBy(() -> objections.file(publicity, new NewObjection(null, "0759-3333333", null, "第四条"),
                "198.51.100.7")).as("three an hour from one address").isInstanceOf(TooManyRequestsException.class);

        clock.setTo(Instant.parse("2026-10-12T15:59:00Z"));
        objections.file(publicity, new NewObjection(null, "13900139000", 1, "最后一分钟"), "203.0.113.9");
        clock.setTo(Instant.parse("2026-10-12T16:00:00Z"));
        assertThatThrownBy(() -> objections.file(publicity, new NewObjection(null, "13900139001", 1, "太晚了"), "203.0.113.10"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("objection-period-over");

        Publicity closed = await().atMost(Duration.ofSeconds(10)).until(() -> publicities.get(publicity, staff()),
                p -> p.status() == PublicityStatus.CLOSED);
        assertThat(closed.lines()).extracting(PublicityLine::payment)
                .as("both named by an unanswered objection").containsExactly(PaymentStatus.ON_HOLD, PaymentStatus.ON_HOLD);
        assertThat(publicities.publicView(publicity).acceptsObjections()).isFalse();

        for (Objection objection : closed.objections()) {
            objections.answer(objection.id(), "经核查，包车人数与乘车名单一致。", objection.lineNo() != null
                    && objection.lineNo() == 2, staff());
        }
        assertThat(publicities.get(publicity, staff()).lines()).extracting(PublicityLine::payment)
                .containsExactly(PaymentStatus.PUBLICISED, PaymentStatus.ON_HOLD);
    }

    @Test
    void a_claim_is_publicised_once_and_workers_own_applications_never() {
        assertThat(api.post("/api/v1/admin/publicities").as(official()).json(map("policyId", policy)).send().status())
                .isEqualTo(201);
        Api.Reply again = api.post("/api/v1/admin/publicities").as(official()).json(map("policyId", policy)).send();
        assertThat(again.status()).isEqualTo(409);

        Map<String, Object> personal = notices.policy(Notices.everyone());
        personal.put("responseKind", "SUBSIDY_APPLICATION");
        part(personal, "policy").put("applicant", "WORKER");
        part(personal, "policy").remove("tellWorkers");
        String workersPolicy = notices.publish(personal, official(), token("pub.reviewer"));
        Api.Reply refused = api.post("/api/v1/admin/publicities").as(official()).json(map("policyId", workersPolicy)).send();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("个人信息");

        // a publicity names the policy it is for: without one it is refused on that field, not a server error
        Api.Reply nameless = api.post("/api/v1/admin/publicities").as(official()).json(map("other", "x")).send();
        assertThat(nameless.status()).as(nameless.toString()).isEqualTo(400);
        assertThat(nameless.body().path("errors").path(0).path("field").asText()).isEqualTo("policyId");
    }

    private String claim(String hr, String province, String city, String date, int passengers) {
        Api.Reply claimed = api.post("/api/v1/admin/notices/" + policy + "/responses").as(hr)
                .json(map("kind", "SUBSIDY_APPLICATION", "fields", map("trip", map("origin",
                        map("province", province, "city", city), "date", date, "passengers", passengers)))).send();
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(201);
        assertThat(claimed.body().path("fields").path("persons").asInt()).isEqualTo(passengers);
        return claimed.text("id");
    }

    private void approve(String claim) {
        Api.Reply approved = api.patch("/api/v1/admin/responses/" + claim).as(official())
                .json(map("status", "ACCEPTED", "note", "材料齐全")).send();
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    }

    private void approveNotice(String notice) {
        Api.Reply approved = api.post("/api/v1/admin/notices/" + notice + "/approve").as(token("pub.reviewer"))
                .json(map("comment", "同意公示")).send();
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    }

    private org.fugong.base.Actor staff() {
        return users.findByUsername("pub.official").orElseThrow().toActor();
    }

    private String official() {
        return token("pub.official");
    }

    private String token(String user) {
        return api.staffToken(user, "password-1");
    }

    private static List<String> fieldsOf(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                names.add(e.getKey());
                names.addAll(fieldsOf(e.getValue()));
            });
        } else if (node.isArray()) {
            node.forEach(n -> names.addAll(fieldsOf(n)));
        }
        return names;
    }
}
