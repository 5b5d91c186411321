package org.fugong.enterprise;

import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import org.fugong.audit.AuditEntry;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.InvalidInputException;
import org.fugong.base.Paging;
import org.fugong.base.Role;
import org.fugong.security.StaffUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Daily staffing snapshots: one per enterprise and Beijing calendar day, a second report the same
 * day replacing the first (also when both arrive at once), the trend oldest first, and reports that
 * make no sense refused field by field.
 */
class StaffingSnapshotTest extends IntegrationTest {

    @Autowired
    StaffingService staffing;

    @Autowired
    AuditLog audit;

    private StaffUser officialUser;
    private Actor hrActor;
    private String hr;
    private String official;
    private Enterprise factory;

    @BeforeEach
    void people() {
        officialUser = data.staff("snap.official", Role.OFFICIAL);
        official = api.staffToken("snap.official", "password-1");
        factory = data.enterprise("湛江制衣厂", officialUser, false);
        hrActor = data.hr("snap.hr", factory.id()).toActor();
        hr = api.staffToken("snap.hr", "password-1");
    }

    @Test
    void hr_reports_the_day_and_a_second_report_the_same_day_replaces_it() {
        LocalDate today = staffing.today();

        Api.Reply first = report(hr, today, map("capacityUtilisation", 72, "totalStaff", 860, "shortfall", 140,
                "vacancies", map("Sewing", 90, "quality-control", 50), "problems", "  返岗率低，缺车工。 "));
        Api.Reply second = report(official, today, map("capacityUtilisation", 85, "totalStaff", 930, "shortfall", 70,
                "vacancies", map("sewing", 70)));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.body().path("capacityUtilisation").asInt()).isEqualTo(72);
        assertThat(first.body().path("vacancies").path("sewing").asInt()).isEqualTo(90);
        assertThat(first.text("problems")).isEqualTo("返岗率低，缺车工。");
        assertThat(first.text("date")).isEqualTo(today.toString());
        assertThat(second.status()).isEqualTo(200);
        Api.Reply day = api.get(snapshots() + "/" + today).as(hr).send();
        assertThat(day.body().path("totalStaff").asInt()).isEqualTo(930);
        assertThat(day.body().path("vacancies").size()).isEqualTo(1);
        assertThat(day.body().path("problems").isNull()).isTrue();
        assertThat(day.text("reportedBy")).isEqualTo("snap.official");
        assertThat(mongo.getCollection("staffingSnapshots").countDocuments()).isEqualTo(1);
    }

    @Test
    void the_day_is_a_day_in_beijing_whatever_the_servers_zone() {
        clock.setTo(Instant.parse("2026-03-06T17:30:00Z"));
        Actor staff = officialUser.toActor();

        assertThat(staffing.today()).isEqualTo(LocalDate.parse("2026-03-07"));
        assertThat(staffing.report(factory.id(), LocalDate.parse("2026-03-07"), good(80), staff).date())
                .isEqualTo(LocalDate.parse("2026-03-07"));
        assertThatThrownBy(() -> staffing.report(factory.id(), LocalDate.parse("2026-03-08"), good(80), staff))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo("error.date-future")));

        clock.setTo(Instant.parse("2026-03-06T15:59:59Z"));
        assertThat(staffing.today()).isEqualTo(LocalDate.parse("2026-03-06"));
        assertThatThrownBy(() -> staffing.report(factory.id(), LocalDate.parse("2026-03-07"), good(80), staff))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_trend_is_oldest_first_within_the_days_asked_for() {
        LocalDate today = staffing.today();
        for (int daysAgo : new int[]{1, 10, 0, 3}) {
            staffing.report(factory.id(), today.minusDays(daysAgo), good(60 + daysAgo), hrActor);
        }

        Api.Reply week = api.get(snapshots() + "?from=" + today.minusDays(5) + "&to=" + today).as(hr).send();
        Api.Reply month = api.get(snapshots()).as(official).send();
        Api.Reply upToYesterday = api.get(snapshots() + "?from=" + today.minusDays(5) + "&to=" + today.minusDays(1)).as(hr).send();

        assertThat(week.status()).isEqualTo(200);
        assertThat(dates(week)).containsExactly(today.minusDays(3).toString(), today.minusDays(1).toString(), today.toString());
        assertThat(week.body().path("items").get(0).path("capacityUtilisation").asInt()).isEqualTo(63);
        assertThat(week.body().path("nextCursor").isNull()).isTrue();
        assertThat(dates(month)).as("30 days by default").hasSize(4).first().isEqualTo(today.minusDays(10).toString());
        assertThat(dates(upToYesterday)).containsExactly(today.minusDays(3).toString(), today.minusDays(1).toString());
        assertThat(staffing.trend(factory.id(), 2, hrActor)).extracting(StaffingSnapshot::date)
                .containsExactly(today.minusDays(1), today);
        assertThat(staffing.latest(factory.id(), hrActor)).get().extracting(StaffingSnapshot::date).isEqualTo(today);
    }

    @Test
    void the_latest_snapshot_is_the_latest_day_not_the_latest_report() {
        LocalDate today = staffing.today();
        staffing.report(factory.id(), today, good(90), hrActor);
        staffing.report(factory.id(), today.minusDays(2), good(50), hrActor);

        assertThat(staffing.latest(factory.id(), hrActor)).get().extracting(StaffingSnapshot::capacityUtilisation).isEqualTo(90);
        Enterprise quiet = data.enterprise("从未填报的厂", officialUser, false);
        assertThat(staffing.latest(quiet.id(), officialUser.toActor())).isEmpty();
        assertThat(api.get("/api/v1/admin/enterprises/" + quiet.id() + "/snapshots/" + today).as(official).send().status())
                .isEqualTo(404);
    }

    @Test
    void a_report_must_make_sense_field_by_field() {
        LocalDate today = staffing.today();

        assertInvalid(today, map("totalStaff", 10, "shortfall", 0), "capacityUtilisation");
        assertInvalid(today, map("capacityUtilisation", 201, "totalStaff", 10, "shortfall", 0), "capacityUtilisation");
        assertInvalid(today, map("capacityUtilisation", 50, "totalStaff", -1, "shortfall", 0), "totalStaff");
        assertInvalid(today, map("capacityUtilisation", 50, "totalStaff", 10), "shortfall");
        assertInvalid(today, map("capacityUtilisation", 50, "totalStaff", 10, "shortfall", 0, "vacancies", map("焊工", 3)),
                "vacancies.焊工");
        assertInvalid(today, map("capacityUtilisation", 50, "totalStaff", 10, "shortfall", 0, "vacancies", map("welding", -3)),
                "vacancies.welding");
        assertInvalid(today, map("capacityUtilisation", 50, "totalStaff", 10, "shortfall", 0,
                "vacancies", map("welding", 3, "Welding", 2)), "vacancies.Welding");
        assertInvalid(today, map("capacityUtilisation", 50, "totalStaff", 10, "shortfall", 0, "problems", "多".repeat(2001)),
                "problems");
        assertInvalid(today.plusDays(1), map("capacityUtilisation", 50, "totalStaff", 10, "shortfall", 0), "date");
        assertInvalid(today.minusDays(StaffingService.MAX_DAYS), map("capacityUtilisation", 50, "totalStaff", 10, "shortfall", 0), "date");
        assertInvalid(today, map("capacityUtilisation", "很高", "totalStaff", 10, "shortfall", 0), "capacityUtilisation");

        assertThat(api.put(snapshots() + "/2026-13-01").as(hr).json(map("capacityUtilisation", 50)).send().status()).isEqualTo(400);
        assertThat(api.get(snapshots() + "?from=yesterday").as(hr).send().status()).isEqualTo(400);
        assertThat(api.get(snapshots() + "?from=" + today + "&to=" + today.minusDays(1)).as(hr).send().status()).isEqualTo(400);
        assertThat(api.get(snapshots() + "?from=" + today.minusDays(400) + "&to=" + today).as(hr).send().status()).isEqualTo(400);
        assertThat(report(hr, today, map("capacityUtilisation", 200, "totalStaff", 0, "shortfall", 0)).status())
                .as("a plant on double shifts runs at 200%").isEqualTo(200);
        assertThat(report(hr, today.minusDays(StaffingService.MAX_DAYS - 1), map("capacityUtilisation", 0, "totalStaff", 0,
                "shortfall", 0)).status()).isEqualTo(200);
        assertThatThrownBy(() -> staffing.trend(factory.id(), 0, hrActor)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void reports_of_the_same_day_arriving_at_once_leave_one_snapshot() throws Exception {
        LocalDate today = staffing.today();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Api.Reply>> reports = IntStream.range(0, 16).mapToObj(i -> (Callable<Api.Reply>) () ->
                    report(i % 2 == 0 ? hr : official, today, map("capacityUtilisation", i, "totalStaff", 100, "shortfall", 0)))
                    .toList();
            for (Future<Api.Reply> reply : pool.invokeAll(reports)) {
                assertThat(reply.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(mongo.getCollection("staffingSnapshots").countDocuments()).isEqualTo(1);
        assertThat(staffing.trend(factory.id(), 1, hrActor)).hasSize(1);
    }

    @Test
    void every_report_is_in_the_audit_log() {
        LocalDate today = staffing.today();
        report(hr, today, map("capacityUtilisation", 70, "totalStaff", 100, "shortfall", 30));

        List<AuditEntry> entries = audit.list(factory.id(), Paging.first(10)).items();

        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("snapshot.report");
            assertThat(e.actorName()).isEqualTo("snap.hr");
            assertThat(e.details()).containsEntry("date", today.toString()).containsEntry("shortfall", 30);
        });
    }

    private static StaffingReport good(int utilisation) {
        return new StaffingReport(utilisation, 500, 20, Map.of("welding", 20), null);
    }

    private String snapshots() {
        return "/api/v1/admin/enterprises/" + factory.id() + "/snapshots";
    }

    private Api.Reply report(String token, LocalDate date, Map<String, Object> body) {
        return api.put(snapshots() + "/" + date).as(token).json(body).send();
    }

    private void assertInvalid(LocalDate date, Map<String, Object> body, String field) {
        Api.Reply reply = report(hr, date, body);
        assertThat(reply.status()).as(body + " → " + reply).isEqualTo(400);
        assertThat(StreamSupport.stream(reply.body().path("errors").spliterator(), false).map(e -> e.path("field").asText()))
                .as(body + " → " + reply).contains(field);
    }

    private static List<String> dates(Api.Reply page) {
        return StreamSupport.stream(page.body().path("items").spliterator(), false)
                .map(item -> item.path("date").asText()).toList();
    }
}
