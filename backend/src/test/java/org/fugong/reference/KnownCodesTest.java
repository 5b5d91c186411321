package org.fugong.reference;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.TestData;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.enterprise.StaffingService;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fugong.testing.Notices.list;
import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * New input names industries and skills by known codes, and an unknown one is refused on its field,
 * naming the value, in the caller's language; what data already holds keeps working; an audience for
 * a section reaches the workers of its divisions.
 */
class KnownCodesTest extends IntegrationTest {

    @Autowired
    StaffingService staffing;

    private StaffUser officialUser;
    private String official;
    private String reviewer;

    @BeforeEach
    void people() {
        officialUser = data.staff("codes.official", Role.OFFICIAL);
        official = api.staffToken("codes.official", "password-1");
        reviewer = data.signedInStaff("codes.reviewer", Role.REVIEWER);
    }

    @Test
    void a_profile_with_a_name_instead_of_a_code_is_refused_naming_it_in_the_workers_language() {
        String worker = api.signIn(TestData.phone());

        Api.Reply chinese = api.put("/api/v1/me").as(worker)
                .json(map("industries", list("manufacturing", "制造"), "skills", list("电工"))).send();
        Api.Reply english = api.put("/api/v1/me").as(worker).header("Accept-Language", "en")
                .json(map("skills", list("electrician", "sparky"))).send();

        assertThat(chinese.status()).isEqualTo(400);
        assertThat(errors(chinese)).containsEntry("industries[1]", "没有“制造”这个行业，请从行业列表中选择。")
                .containsEntry("skills[0]", "没有“电工”这个工种（技能），请从工种列表中选择。")
                .doesNotContainKey("industries[0]");
        assertThat(english.status()).isEqualTo(400);
        assertThat(errors(english)).containsOnlyKeys("skills[1]");
        assertThat(errors(english).get("skills[1]")).contains("\"sparky\"");
    }

    @Test
    void a_worker_who_still_holds_a_code_the_lists_dropped_can_save_the_profile_but_not_add_another() {
        TestData.Worker worker = data.worker(null, "赤坎区", List.of("welding"), "SEEKING", null);
        mongo.getCollection("workers").updateOne(new Document("_id", new ObjectId(worker.id())),
                new Document("$set", new Document("skills", List.of("welding", "boilermaking"))));

        Api.Reply resaved = api.put("/api/v1/me").as(worker.accessToken())
                .json(map("name", "老焊工", "industries", list("manufacturing"), "skills", list("welding", "boilermaking"))).send();
        Api.Reply added = api.put("/api/v1/me").as(worker.accessToken())
                .json(map("skills", list("welding", "boilermaking", "pipe-bending"))).send();

        assertThat(resaved.status()).as(resaved.toString()).isEqualTo(200);
        assertThat(texts(resaved.body().path("skills"))).containsExactly("welding", "boilermaking");
        assertThat(added.status()).isEqualTo(400);
        assertThat(errors(added)).containsOnlyKeys("skills[2]");
    }

    @Test
    void an_audience_for_manufacturing_reaches_the_workers_of_its_divisions_and_no_others() {
        TestData.Worker weaver = worker(List.of("textile"));
        TestData.Worker mechanic = worker(List.of("manufacturing"));
        TestData.Worker driver = worker(List.of("logistics"));
        Map<String, Object> audience = map("all", false, "industries", list("manufacturing"));

        Api.Reply count = api.post("/api/v1/admin/audience/preview").as(official).json(map("audience", audience)).send();
        String id = notices.publish(notices.announcement("制造业企业复工指引", audience), official, reviewer);
        notices.awaitDispatched(id);

        assertThat(count.body().path("count").asLong()).isEqualTo(2);
        assertThat(inbox(weaver)).as("纺织业 is a division of 制造业").contains(id);
        assertThat(inbox(mechanic)).contains(id);
        assertThat(inbox(driver)).doesNotContain(id);
    }

    @Test
    void an_audience_with_an_unknown_industry_is_refused_but_a_draft_that_held_one_can_still_be_edited() {
        Api.Reply refused = api.post("/api/v1/admin/notices").as(official)
                .json(notices.announcement("通知", map("all", false, "industries", list("hardware")))).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(errors(refused)).containsOnlyKeys("audience.industries[0]");
        assertThat(errors(refused).get("audience.industries[0]")).contains("hardware");

        String draft = notices.create(notices.announcement("通知", map("all", false, "industries", list("manufacturing"))), official);
        mongo.getCollection("notices").updateOne(new Document("_id", new ObjectId(draft)),
                new Document("$set", new Document("audience.industries", List.of("hardware"))));
        Api.Reply edited = api.put("/api/v1/admin/notices/" + draft).as(official)
                .json(notices.announcement("通知（修订）", map("all", false, "industries", list("hardware", "textile")))).send();
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(texts(edited.body().path("audience").path("industries"))).containsExactly("hardware", "textile");
    }

    @Test
    void enterprises_staffing_and_requests_take_known_codes_only() {
        Enterprise factory = data.enterprise("湛江五金厂", officialUser, false);
        String hr = data.signedInHr("codes.hr", factory.id());

        Api.Reply enterprise = api.post("/api/v1/admin/enterprises").as(official).header("Accept-Language", "en")
                .json(map("name", "湛江某厂", "creditCode", TestData.creditCode(), "industry", "hardware",
                        "taskForceLeader", "codes.official", "specialist", "codes.official")).send();
        Api.Reply snapshot = api.put("/api/v1/admin/enterprises/" + factory.id() + "/snapshots/" + staffing.today()).as(hr)
                .json(map("capacityUtilisation", 80, "totalStaff", 100, "shortfall", 20,
                        "vacancies", map("electrician", 2, "lathe-hand", 3))).send();
        Api.Reply request = api.post("/api/v1/admin/enterprises/" + factory.id() + "/requests").as(hr)
                .json(map("category", "LABOUR_SHORTAGE", "text", "缺人", "headcount", 5, "skills", list("packing", "打包"))).send();

        assertThat(enterprise.status()).isEqualTo(400);
        assertThat(errors(enterprise)).containsEntry("industry", "There is no industry \"hardware\"; choose one from the list.");
        assertThat(snapshot.status()).isEqualTo(400);
        assertThat(errors(snapshot)).containsOnlyKeys("vacancies.lathe-hand");
        assertThat(request.status()).isEqualTo(400);
        assertThat(errors(request)).containsOnlyKeys("skills[1]");
    }

    private TestData.Worker worker(List<String> industries) {
        TestData.Worker worker = data.worker(null, "霞山区");
        Api.Reply saved = api.put("/api/v1/me").as(worker.accessToken())
                .json(map("name", "工人", "industries", industries, "skills", list("packing"))).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return worker;
    }

    private List<String> inbox(TestData.Worker worker) {
        return texts(api.get("/api/v1/me/inbox?limit=100").as(worker.accessToken()).send().body().path("items"), "noticeId");
    }

    private static Map<String, String> errors(Api.Reply reply) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        reply.body().path("errors").forEach(e -> errors.put(e.path("field").asText(), e.path("message").asText()));
        return errors;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }
}
