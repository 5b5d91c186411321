package org.fugong.placement;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.TestData;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fugong.testing.Notices.list;
import static fugong.testing.Notices.map;
import static fugong.testing.Notices.part;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Internships for technical school students (顶岗实习): students record their school and graduation
 * year, an internship call reaches one school's graduating class only, the enterprise's HR accepts
 * applicants and reports who started, and the briefing counts the students placed per enterprise.
 */
class InternshipTest extends IntegrationTest {

    private static final String SCHOOL = "湛江技师学院";

    private String official;
    private String reviewer;
    private Enterprise workshop;
    private String hr;

    @BeforeEach
    void people() {
        StaffUser leader = data.staff("intern.official", Role.OFFICIAL);
        official = api.staffToken("intern.official", "password-1");
        reviewer = data.signedInStaff("intern.reviewer", Role.REVIEWER);
        workshop = data.enterprise("粤西精工", leader, false);
        hr = data.signedInHr("intern.hr", workshop.id());
    }

    @Test
    void students_of_one_school_are_called_placed_through_an_internship_and_counted_by_the_briefing() {
        List<TestData.Worker> graduating = List.of(student(" 湛江技师学院 ", 2026), student(SCHOOL, 2026), student(SCHOOL, 2026));
        TestData.Worker nextYear = student(SCHOOL, 2027);
        TestData.Worker elsewhere = student("茂名技工学校", 2026);
        assertThat(api.get("/api/v1/reference/schools?q=湛江").as(graduating.get(0).accessToken()).send().body().toString())
                .as("schools named so far are offered, written once").isEqualTo("[\"" + SCHOOL + "\"]");

        Map<String, Object> audience = map("all", false, "schools", list(SCHOOL), "graduationYears", list(2026));
        Api.Reply preview = api.post("/api/v1/admin/audience/preview").as(official).json(map("audience", audience)).send();
        assertThat(preview.body().path("count").asLong()).isEqualTo(3);

        Map<String, Object> draft = notices.jobPosting(workshop.id(), audience);
        part(draft, "jobPosting").put("internship", true);
        part(draft, "jobPosting").put("title", "数控车工（实习）");
        String posting = notices.publish(draft, official, reviewer);
        notices.awaitDispatched(posting);
        assertThat(api.get("/api/v1/notices/" + posting).as(graduating.get(1).accessToken()).send().body()
                .path("jobPosting").path("internship").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/notices/" + posting).as(nextYear.accessToken()).send().status()).isEqualTo(404);
        assertThat(api.get("/api/v1/notices/" + posting).as(elsewhere.accessToken()).send().status()).isEqualTo(404);

        List<String> applications = new ArrayList<>();
        for (TestData.Worker student : graduating.subList(0, 2)) {
            Api.Reply applied = api.post("/api/v1/notices/" + posting + "/responses").as(student.accessToken())
                    .header("Idempotency-Key", "apply-" + student.id())
                    .json(map("kind", "APPLY", "fields", map("message", "机械专业，想来实习"))).send();
            assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
            applications.add(applied.text("id"));
        }
        for (String application : applications) {
            Api.Reply accepted = api.patch("/api/v1/admin/responses/" + application).as(hr)
                    .json(map("status", "ACCEPTED", "note", "下周一报到")).send();
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        }

        JsonNode expected = api.get("/api/v1/admin/enterprises/" + workshop.id() + "/placements?awaitingStart=true")
                .as(hr).send().body();
        assertThat(expected).hasSize(2);
        assertThat(expected.get(0).path("source").asText()).isEqualTo("INTERNSHIP");
        assertThat(expected.get(0).path("school").asText()).isEqualTo(SCHOOL);
        assertThat(expected.get(0).path("graduationYear").asInt()).isEqualTo(2026);
        assertThat(expected.get(0).path("canReportStart").asBoolean()).isTrue();
        for (JsonNode placement : expected) {
            Api.Reply started = api.post("/api/v1/admin/placements/" + placement.path("id").asText() + "/start").as(hr)
                    .json(map("started", true)).send();
            assertThat(started.status()).as(started.toString()).isEqualTo(200);
            assertThat(started.body().path("started").asBoolean()).isTrue();
        }
        Api.Reply again = api.post("/api/v1/admin/placements/" + expected.get(0).path("id").asText() + "/start").as(hr)
                .json(map("started", false)).send();
        assertThat(again.status()).isEqualTo(409);

        String today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).toString();
        JsonNode briefing = api.get("/api/v1/admin/reports/briefing?from=" + today + "&to=" + today).as(official).send().body();
        JsonNode figures = briefing.path("figures");
        assertThat(figures.path("studentsPlaced").asLong()).isEqualTo(2);
        assertThat(figures.path("studentsPlacedByEnterprise").get(0).path("enterpriseName").asText()).isEqualTo("粤西精工");
        assertThat(figures.path("studentsPlacedByEnterprise").get(0).path("students").asLong()).isEqualTo(2);
        assertThat(briefing.path("text").asText()).contains("技工院校学生顶岗实习到岗2人（粤西精工2人）");
    }

    @Test
    void another_enterprise_sees_none_of_the_interns_and_a_school_name_that_is_too_long_is_refused() {
        String otherHr = data.signedInHr("intern.other", data.enterprise("雷州糖厂", data.staff("intern.x", Role.OFFICIAL), false).id());
        assertThat(api.get("/api/v1/admin/enterprises/" + workshop.id() + "/placements").as(otherHr).send().status())
                .isEqualTo(404);

        TestData.Worker student = data.worker(null, "赤坎区");
        Api.Reply refused = api.put("/api/v1/me").as(student.accessToken())
                .json(profile("学".repeat(61), 1980)).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("school", "graduationYear");
    }

    private TestData.Worker student(String school, int year) {
        TestData.Worker worker = data.worker(null, "赤坎区", List.of("lathe"), "STUDENT", null);
        Api.Reply saved = api.put("/api/v1/me").as(worker.accessToken()).json(profile(school, year)).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.text("school")).isEqualTo(school.strip());
        return worker;
    }

    private static Map<String, Object> profile(String school, int year) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", "学生");
        profile.put("hometown", Map.of("province", "广东省", "city", "湛江市"));
        profile.put("district", "赤坎区");
        profile.put("employmentStatus", "STUDENT");
        profile.put("school", school);
        profile.put("graduationYear", year);
        return profile;
    }
}
