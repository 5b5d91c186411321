package org.fugong.report;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.fugong.base.BureauTime;
import org.fugong.base.NoticeType;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.response.BusService;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static fugong.testing.Notices.list;
import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bureau's briefing for March 2027, from a month seeded with everything that counts and
 * everything that must not: fairs, postings and buses outside the month, recalled or never approved;
 * decisions and arrivals before and after it; withdrawn and rejected answers. Every figure is checked,
 * and found again in the paragraph.
 */
class BriefingTest extends IntegrationTest {

    @Autowired
    BusService buses;

    @Autowired
    BriefingService briefings;

    private StaffUser officialUser;
    private String official;
    private String reviewer;

    @BeforeEach
    void people() {
        officialUser = data.staff("brief.official", Role.OFFICIAL);
        data.staff("brief.reviewer", Role.REVIEWER);
    }

    @Test
    void the_briefing_counts_what_happened_in_the_period_and_says_it_in_one_paragraph() {
        // 10 February: the month is prepared
        at("2027-02-10T02:00:00Z");
        Enterprise e1 = data.enterprise("湛江一厂", officialUser, true);
        Enterprise e2 = data.enterprise("湛江二厂", officialUser, false);
        Enterprise e3 = data.enterprise("湛江三厂", officialUser, false);
        Enterprise e4 = data.enterprise("湛江四厂", officialUser, false);
        String hr1 = data.signedInHr("brief.hr1", e1.id());
        String hr2 = data.signedInHr("brief.hr2", e2.id());
        String hr3 = data.signedInHr("brief.hr3", e3.id());
        String hr4 = data.signedInHr("brief.hr4", e4.id());
        TestData.Worker w1 = data.worker(null, "赤坎区");
        TestData.Worker w2 = data.worker(null, "赤坎区");
        TestData.Worker w3 = data.worker(null, "赤坎区");
        TestData.Worker w4 = data.worker(null, "赤坎区");

        String fair1 = publish(fair("ONLINE", "2027-03-05T01:00:00Z", 300, list(e1.id(), e2.id())));
        String fair2 = publish(fair("ONSITE", "2027-03-20T01:00:00Z", 200, list(e1.id())));
        String fair3 = publish(fair("HYBRID", "2027-03-31T15:00:00Z", 50, list()));        // 23:00 on 31 March in Shanghai
        String fairAfter = publish(fair("ONLINE", "2027-03-31T16:00:00Z", 2000, list(e3.id()))); // midnight, 1 April
        String fairRecalled = publish(fair("ONLINE", "2027-03-10T01:00:00Z", 999, list(e4.id())));
        notices.create(fair("ONLINE", "2027-03-12T01:00:00Z", 888, list()), official);        // never approved
        String postingBefore = publish(posting(e1, 77));
        String enterprisePolicy = publish(policy("ENTERPRISE", 1000));
        String workerPolicy = publish(policy("WORKER", 800));
        String interBus = publish(bus("广西壮族自治区", "玉林市", "2027-03-03T00:00:00Z"));
        publish(bus("广西壮族自治区", "南宁市", "2027-03-15T00:00:00Z"));
        String intraBus = publish(bus("广东省", "茂名市", "2027-03-10T00:00:00Z"));
        String busBefore = publish(bus("广西壮族自治区", "玉林市", "2027-02-25T00:00:00Z"));
        publish(bus("广西壮族自治区", "玉林市", "2027-04-05T00:00:00Z"));
        String busRecalled = publish(bus("广东省", "茂名市", "2027-03-12T00:00:00Z"));
        // a worker elsewhere who signs up late: still given the fairs for everyone (decision 16)
        TestData.Worker w5 = data.worker(null, "霞山区");
        String fairBefore = publish(fair("ONLINE", "2027-02-28T15:00:00Z", 1000, list(e1.id())));

        created(rsvp(hr1, fair1));
        created(rsvp(hr3, fair1));
        String e2AtFair2 = created(rsvp(hr2, fair2));
        created(rsvp(hr4, fair3, "ONSITE"));
        created(rsvp(hr4, fairRecalled));
        created(rsvp(hr2, fairBefore));
        String claim1 = created(claim(hr1, enterprisePolicy, 3));
        String claim2 = created(claim(hr2, enterprisePolicy, 2));
        String claim3 = created(claim(hr3, enterprisePolicy, 1));
        String claim4 = created(claim(hr1, enterprisePolicy, 1));
        String claim5 = created(claim(hr4, enterprisePolicy, 1));
        String personal = created(respond(w1, workerPolicy, map("kind", "SUBSIDY_APPLICATION", "fields", map())));
        String w1Applied = created(apply(w1, postingBefore));
        String w2Applied = created(apply(w2, postingBefore));
        String w1Seat = created(book(w1, interBus));
        String w2Seat = created(book(w2, interBus));
        String w3Seat = created(book(w3, intraBus));
        String w4Seat = created(book(w4, busBefore));
        assertThat(api.delete("/api/v1/admin/responses/" + e2AtFair2).as(hr2).send().status()).isEqualTo(204);
        recall(fairRecalled);
        recall(busRecalled);

        // 25 February: before the month
        at("2027-02-25T05:00:00Z");
        buses.board(w4Seat, BusService.BoardingEvent.BOARDED, officialUser.toActor());
        buses.board(w4Seat, BusService.BoardingEvent.ARRIVED, officialUser.toActor());
        review(w1Applied, "ACCEPTED");
        review(claim3, "ACCEPTED");

        // 5 March
        at("2027-03-05T02:00:00Z");
        w3 = signedIn(w3);
        w4 = signedIn(w4);
        TestData.Worker w6 = data.worker(null, "赤坎区");
        String posting1 = publish(posting(e2, 10));
        publish(posting(e3, 5));
        String postingRecalled = publish(posting(e4, 40));
        recall(postingRecalled);
        String w3Applied = created(apply(w3, posting1));
        String w4Applied = created(apply(w4, posting1));
        review(w2Applied, "ACCEPTED");
        review(w3Applied, "ACCEPTED");
        review(w4Applied, "REJECTED");
        buses.board(w1Seat, BusService.BoardingEvent.BOARDED, officialUser.toActor());
        buses.board(w1Seat, BusService.BoardingEvent.ARRIVED, officialUser.toActor());
        buses.board(w2Seat, BusService.BoardingEvent.BOARDED, officialUser.toActor());
        review(claim1, "ACCEPTED");
        review(claim2, "ACCEPTED");
        review(claim4, "REJECTED");
        review(personal, "ACCEPTED");

        // 11 March
        at("2027-03-11T02:00:00Z");
        buses.board(w3Seat, BusService.BoardingEvent.BOARDED, officialUser.toActor());
        buses.board(w3Seat, BusService.BoardingEvent.ARRIVED, officialUser.toActor());

        // 2 April: after the month
        at("2027-04-02T02:00:00Z");
        buses.board(w2Seat, BusService.BoardingEvent.ARRIVED, officialUser.toActor());
        review(claim5, "ACCEPTED");

        Api.Reply reply = api.get("/api/v1/admin/reports/briefing?from=2027-03-01&to=2027-03-31").as(official).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode figures = reply.body().path("figures");
        assertThat(figures.path("jobFairs").asLong()).as("fairs 1, 2 and 3").isEqualTo(3);
        assertThat(figures.path("onlineJobFairs").asLong()).as("fair 1 online, fair 3 both").isEqualTo(2);
        assertThat(figures.path("enterpriseParticipations").asLong())
                .as("fair 1: e1, e2 listed and e3 joined; fair 2: e1 (e2 withdrew); fair 3: e4").isEqualTo(5);
        assertThat(figures.path("positionsPosted").asLong()).as("300 + 200 + 50 at fairs, 10 + 5 in postings").isEqualTo(565);
        assertThat(figures.path("jobSeekersReached").asLong()).as("w1–w4 by the fairs, w5 by them when signing up late, w6 by the postings").isEqualTo(6);
        assertThat(figures.path("intentionsReached").asLong()).as("w2 and w3 accepted in March").isEqualTo(2);
        assertThat(figures.path("buses").asLong()).isEqualTo(3);
        assertThat(figures.path("interProvincialBuses").asLong()).isEqualTo(2);
        assertThat(figures.path("intraProvincialBuses").asLong()).isEqualTo(1);
        assertThat(figures.path("workersReturned").asLong()).as("w1 on 5 March, w3 on 11 March").isEqualTo(2);
        assertThat(figures.path("subsidiesApproved").asLong()).as("claims 1 and 2, and w1's own").isEqualTo(3);
        assertThat(figures.path("enterprisesBenefited").asLong()).isEqualTo(2);
        assertThat(figures.path("subsidyAmount").decimalValue()).isEqualByComparingTo("5800");
        assertThat(reply.text("firstDay")).isEqualTo("2027-03-01");
        assertThat(reply.text("lastDay")).isEqualTo("2027-03-31");
        assertThat(reply.text("from")).isEqualTo("2027-02-28T16:00:00Z");
        assertThat(reply.text("to")).isEqualTo("2027-03-31T16:00:00Z");
        // checks due in March: day 1 of w1 (6 March) and w3 (12 March); day 7 of w4 (4 March), w1 and w3;
        // day 30 of w4 (27 March); w2 arrived only in April
        assertThat(reply.text("text")).isEqualTo("3月1日至3月31日，市人社局共举办招聘会3场（其中网络招聘会2场），参会企业5家次，"
                + "提供岗位565个，覆盖求职者6人，达成就业意向2人；开通点对点返岗专车3趟（其中跨省2趟、省内1趟），接返务工人员2人；"
                + "审批发放补贴3笔，惠及企业2家，金额0.58万元。"
                + "到岗回访：第1天回访2人，回复0人，仍在岗0人、第7天回访3人，回复0人，仍在岗0人、第30天回访1人，回复0人，仍在岗0人。");
        for (String figure : List.of("jobFairs", "onlineJobFairs", "enterpriseParticipations", "positionsPosted",
                "jobSeekersReached", "intentionsReached", "buses", "interProvincialBuses", "intraProvincialBuses",
                "workersReturned", "subsidiesApproved", "enterprisesBenefited")) {
            assertThat(reply.text("text")).as(figure).contains(figures.path(figure).asText());
        }

        Api.Reply byInstants = api.get("/api/v1/admin/reports/briefing?from=2027-02-28T16:00:00Z&to=2027-03-31T16:00:00%2B00:00")
                .as(official).send();
        assertThat(byInstants.body().path("figures")).isEqualTo(figures);

        Dashboard dashboard = briefings.dashboard(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-31"),
                officialUser.toActor());
        assertThat(dashboard.days()).hasSize(31);
        Dashboard.Day fifth = dashboard.days().get(4);
        assertThat(fifth.day()).isEqualTo(LocalDate.parse("2027-03-05"));
        assertThat(fifth.noticesPublished()).containsEntry(NoticeType.JOB_POSTING, 3L).containsEntry(NoticeType.JOB_FAIR, 0L);
        assertThat(fifth.responses()).isEqualTo(2);
        assertThat(fifth.workersReturned()).isEqualTo(1);
        assertThat(dashboard.days().get(10).workersReturned()).isEqualTo(1);
        assertThat(dashboard.days().stream().mapToLong(Dashboard.Day::workersReturned).sum()).isEqualTo(2);
        assertThat(dashboard.days().stream().mapToLong(Dashboard.Day::responses).sum()).isEqualTo(2);
        BriefingFigures lastWeek = dashboard.lastSevenDays().figures();
        assertThat(lastWeek.jobFairs()).as("fair 3 and the fair of 1 April").isEqualTo(2);
        assertThat(lastWeek.workersReturned()).as("w2 on 2 April").isEqualTo(1);
        assertThat(lastWeek.subsidiesApproved()).as("claim 5 on 2 April").isEqualTo(1);
        assertThat(dashboard.lastSevenDays().text()).startsWith("3月27日至4月2日，");
        assertThat(w5.id()).isNotNull();
    }

    @Test
    void the_amount_is_in_ten_thousand_yuan_with_two_decimals_and_a_period_across_years_names_them() {
        BriefingFigures figures = new BriefingFigures(3, 2, 128, 4200, 12000, 860, 12, 9, 3, 480, 35, 30,
                new java.math.BigDecimal("865000.00"));

        String text = briefings.text(figures, ReportPeriod.ofDays(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31")),
                org.fugong.base.Languages.CHINESE);
        String acrossYears = briefings.text(figures, ReportPeriod.ofDays(LocalDate.parse("2025-12-01"),
                LocalDate.parse("2026-01-31")), org.fugong.base.Languages.CHINESE);
        String oneDay = briefings.text(figures, ReportPeriod.ofDays(LocalDate.parse("2026-03-08"),
                LocalDate.parse("2026-03-08")), org.fugong.base.Languages.ENGLISH);

        assertThat(text).isEqualTo("3月1日至3月31日，市人社局共举办招聘会3场（其中网络招聘会2场），参会企业128家次，提供岗位4200个，"
                + "覆盖求职者12000人，达成就业意向860人；开通点对点返岗专车12趟（其中跨省9趟、省内3趟），接返务工人员480人；"
                + "审批发放补贴35笔，惠及企业30家，金额86.50万元。");
        assertThat(acrossYears).startsWith("2025年12月1日至2026年1月31日，");
        assertThat(oneDay).startsWith("March 8: ").contains("3 job fairs (2 of them online)", "12000 job seekers",
                "860 hiring intentions were reached", "brought back 480 workers", "35 subsidies for 30 enterprises")
                .endsWith("amounting to ¥865,000.");
    }

    @Test
    void english_counts_one_thing_in_the_singular_and_none_in_the_plural_and_the_amount_in_yuan() {
        java.util.Locale english = org.fugong.base.Languages.ENGLISH;
        ReportPeriod day = ReportPeriod.ofDays(LocalDate.parse("2026-03-08"), LocalDate.parse("2026-03-08"));

        String ones = briefings.text(new BriefingFigures(1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
                new java.math.BigDecimal("12000.00"), 1, 1, 100.0, 1,
                List.of(new org.fugong.placement.PlacementFigures.StudentsPlaced("e1", "华达电子", 1)), List.of()), day, english);
        String none = briefings.text(new BriefingFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, java.math.BigDecimal.ZERO,
                2, 0, 0.0, 0, List.of(), List.of()), day, english);
        String fen = briefings.text(new BriefingFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1,
                new java.math.BigDecimal("1234.5")), day, english);

        assertThat(ones).isEqualTo("March 8: the city bureau held 1 job fair (1 of them online) with 1 enterprise participation, "
                + "offering 1 position to 1 job seeker, and 1 hiring intention was reached; it ran 1 point-to-point return bus "
                + "(1 inter-provincial, 0 within the province) and brought back 1 worker; it approved 1 subsidy for 1 enterprise, "
                + "amounting to ¥12,000. Of 1 request of key enterprises due or resolved, 1 was handled in time (100.0%). "
                + "1 student started an internship (华达电子: 1).");
        assertThat(none).startsWith("March 8: the city bureau held 0 job fairs (0 of them online) with 0 enterprise participations, "
                + "offering 0 positions to 0 job seekers, and 0 hiring intentions were reached; it ran 0 point-to-point return buses")
                .contains("brought back 0 workers; it approved 0 subsidies for 0 enterprises, amounting to ¥0.")
                .endsWith(" Of 2 requests of key enterprises due or resolved, none was handled in time (0.0%).");
        assertThat(fen).endsWith("it approved 2 subsidies for 1 enterprise, amounting to ¥1,234.50.");
        assertThat(briefings.text(new BriefingFigures(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, new java.math.BigDecimal("12000.00"),
                1, 1, 100.0, 1, List.of(), List.of()), day, org.fugong.base.Languages.CHINESE))
                .contains("共举办招聘会1场", "金额1.20万元。", "按时办结1件");
    }

    @Test
    void a_bad_period_is_a_problem_detail_naming_the_field() {
        at(null);

        Api.Reply none = briefing("");
        Api.Reply notADate = briefing("?from=2027-13-01&to=2027-03-31");
        Api.Reply words = briefing("?from=March&to=2027-03-31");
        Api.Reply noOffset = briefing("?from=2027-03-01T00:00:00&to=2027-03-31");
        Api.Reply backwards = briefing("?from=2027-03-31&to=2027-03-01");
        Api.Reply tooLong = briefing("?from=2026-01-01&to=2027-01-02");
        Api.Reply ancient = briefing("?from=1970-01-01&to=1970-01-31");
        Api.Reply farFuture = briefing("?from=2027-01-01&to=%2B1000000000-01-01T00:00:00Z");

        for (Api.Reply reply : List.of(none, notADate, words, noOffset, backwards, tooLong, ancient, farFuture)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(fields(none)).containsExactlyInAnyOrder("from", "to");
        assertThat(fields(notADate)).containsExactly("from");
        assertThat(fields(words)).containsExactly("from");
        assertThat(fields(noOffset)).containsExactly("from");
        assertThat(fields(backwards)).containsExactly("to");
        assertThat(fields(tooLong)).containsExactly("to");
        assertThat(fields(ancient)).containsExactly("from", "to");
        assertThat(fields(farFuture)).containsExactly("to");
        assertThat(briefing("?from=2024-01-01&to=2024-12-31").status()).as("a leap year is 366 days").isEqualTo(200);
        assertThat(briefing("?from=2027-03-01&to=2027-03-01").status()).as("one day").isEqualTo(200);
    }

    @Test
    void only_staff_see_the_briefing() {
        at(null);
        Enterprise factory = data.enterprise("湛江五厂", officialUser, false);
        String hr = data.signedInHr("brief.hr", factory.id());
        TestData.Worker worker = data.worker(null, "赤坎区");

        assertThat(api.get("/api/v1/admin/reports/briefing?from=2027-03-01&to=2027-03-31").as(hr).send().status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/reports/briefing?from=2027-03-01&to=2027-03-31").as(worker.accessToken()).send().status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/admin/reports/briefing?from=2027-03-01&to=2027-03-31").send().status()).isEqualTo(401);
        assertThat(api.get("/api/v1/admin/reports/briefing?from=nonsense").as(hr).send().status())
                .as("who may ask comes before what was asked").isEqualTo(403);
    }

    @Test
    void the_dashboard_shows_each_days_notices_responses_and_pushes() {
        at(null);
        Enterprise factory = data.enterprise("湛江六厂", officialUser, false);
        TestData.Worker reached = data.worker("token-dash-ok", "赤坎区");
        data.worker("token-dash-dead", "赤坎区");
        fcm.failToken("token-dash-dead", 404, "NOT_FOUND", "UNREGISTERED");
        String posting = publish(notices.jobPosting(factory.id(), Notices.everyone()));
        created(apply(reached, posting));
        LocalDate today = LocalDate.ofInstant(clock.instant(), BureauTime.ZONE);

        Dashboard dashboard = briefings.dashboard(today.minusDays(2), today, officialUser.toActor());

        assertThat(dashboard.days()).extracting(Dashboard.Day::day)
                .containsExactly(today.minusDays(2), today.minusDays(1), today);
        Dashboard.Day day = dashboard.days().get(2);
        assertThat(day.noticesPublished()).containsEntry(NoticeType.JOB_POSTING, 1L).hasSize(NoticeType.values().length);
        assertThat(day.responses()).isEqualTo(1);
        assertThat(day.pushesSent()).isEqualTo(1);
        assertThat(day.pushesFailed()).isEqualTo(1);
        assertThat(dashboard.days().get(0).pushesSent()).isZero();
        assertThat(dashboard.days().get(0).noticesPublished().values()).containsOnly(0L);
        assertThat(dashboard.lastSevenDays().figures().positionsPosted()).isEqualTo(10);
        assertThat(dashboard.lastSevenDays().figures().jobSeekersReached()).isEqualTo(2);
    }

    /** Moves the clock (null: real time) and signs the officials in again, since tokens live an hour. */
    private void at(String instant) {
        if (instant != null) {
            clock.setTo(Instant.parse(instant));
        }
        official = api.staffToken("brief.official", "password-1");
        reviewer = api.staffToken("brief.reviewer", "password-1");
    }

    private TestData.Worker signedIn(TestData.Worker worker) {
        return new TestData.Worker(worker.id(), worker.phone(), api.signIn(worker.phone()), worker.deviceToken());
    }

    private String publish(Map<String, Object> draft) {
        String id = notices.publish(draft, official, reviewer);
        notices.awaitDispatched(id);
        return id;
    }

    private void recall(String noticeId) {
        assertThat(api.post("/api/v1/admin/notices/" + noticeId + "/recall").as(official).send().status()).isEqualTo(200);
    }

    private Map<String, Object> fair(String mode, String startsAt, int positions, List<String> enterpriseIds) {
        Instant start = Instant.parse(startsAt);
        return map("type", "JOB_FAIR",
                "title", map("zh-CN", "春风行动招聘会"),
                "body", map("zh-CN", "企业现场与网上招聘。"),
                "audience", Notices.everyone(),
                "jobFair", map("startsAt", startsAt, "endsAt", start.plusSeconds(1800).toString(), "mode", mode,
                        "venue", mode.equals("ONLINE") ? null : "湛江人才市场", "url", mode.equals("ONSITE") ? null : "https://jobs.example.cn/fair",
                        "enterpriseIds", enterpriseIds, "positions", positions));
    }

    private Map<String, Object> posting(Enterprise enterprise, int headcount) {
        Map<String, Object> draft = notices.jobPosting(enterprise.id(), Notices.inDistricts("赤坎区"));
        Notices.part(draft, "jobPosting").put("headcount", headcount);
        return draft;
    }

    private Map<String, Object> bus(String province, String city, String departsAt) {
        Map<String, Object> draft = notices.returnBus(40, List.of("始发站"), Notices.inDistricts("赤坎区"));
        Notices.part(draft, "returnBus").put("origin", map("province", province, "city", city));
        Notices.part(draft, "returnBus").put("departsAt", departsAt);
        return draft;
    }

    private Map<String, Object> policy(String applicant, int amountPerPerson) {
        return map("type", "POLICY",
                "title", map("zh-CN", applicant.equals("WORKER") ? "返乡创业补贴" : "一次性吸纳就业补贴"),
                "body", map("zh-CN", "按人数发放补贴。"),
                "audience", Notices.everyone(),
                "policy", map("benefit", "HIRING_SUBSIDY", "amountPerPerson", amountPerPerson, "capPerEnterprise", 5000,
                        "deadline", "2027-04-30T00:00:00Z", "applicant", applicant));
    }

    private Api.Reply rsvp(String hr, String fairId) {
        return rsvp(hr, fairId, null);
    }

    /** An enterprise's RSVP; a fair held both ways needs to be told which. */
    private Api.Reply rsvp(String hr, String fairId, String mode) {
        return api.post("/api/v1/admin/notices/" + fairId + "/responses").as(hr)
                .json(map("kind", "RSVP", "fields", mode == null ? map() : map("attendanceMode", mode))).send();
    }

    private Api.Reply claim(String hr, String policyId, int persons) {
        return api.post("/api/v1/admin/notices/" + policyId + "/responses").as(hr)
                .json(map("kind", "SUBSIDY_APPLICATION", "fields", map("persons", persons))).send();
    }

    private Api.Reply apply(TestData.Worker worker, String postingId) {
        return respond(worker, postingId, map("kind", "APPLY", "fields", map("message", "想应聘")));
    }

    private Api.Reply book(TestData.Worker worker, String busId) {
        return respond(worker, busId, map("kind", "SEAT_BOOKING", "fields", map("pickupPoint", "始发站")));
    }

    private Api.Reply respond(TestData.Worker worker, String noticeId, Map<String, Object> body) {
        return api.post("/api/v1/notices/" + noticeId + "/responses").as(worker.accessToken())
                .header("Idempotency-Key", "k-" + noticeId).json(body).send();
    }

    private void review(String responseId, String status) {
        Api.Reply reply = api.patch("/api/v1/admin/responses/" + responseId).as(official).json(map("status", status)).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private static String created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("id");
    }

    private Api.Reply briefing(String query) {
        return api.get("/api/v1/admin/reports/briefing" + query).as(official).send();
    }

    private static List<String> fields(Api.Reply reply) {
        return StreamSupport.stream(reply.body().path("errors").spliterator(), false)
                .map(e -> e.path("field").asText()).toList();
    }
}
