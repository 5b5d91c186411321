package org.fugong.ui.report;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.fugong.base.Actor;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.notice.Applicant;
import org.fugong.notice.AttendanceMode;
import org.fugong.notice.Benefit;
import org.fugong.notice.JobFair;
import org.fugong.notice.JobPosting;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.Policy;
import org.fugong.notice.ResponseKind;
import org.fugong.response.BusService;
import org.fugong.response.Response;
import org.fugong.response.ResponseService;
import org.fugong.response.EnterpriseResponses;
import org.fugong.response.ResponseReview;
import org.fugong.response.ResponseStatus;
import org.fugong.security.StaffUser;
import org.fugong.ui.ConsoleData;
import org.fugong.ui.ConsoleTest;
import org.fugong.ui.base.Formats;
import org.fugong.worker.Audience;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The briefing page: for a period, the figures of the five services as tiles and the Chinese
 * paragraph built from them, here after a fair, a posting with an accepted application, a bus with a
 * returned worker and an approved subsidy.
 */
class BriefingPageTest extends ConsoleTest {

    @Autowired
    ResponseService responses;

    @Autowired
    EnterpriseResponses enterpriseResponses;

    @Autowired
    ResponseReview responseReview;
    @Autowired
    BusService buses;

    @Test
    void the_briefing_page_shows_the_periods_figures_and_a_paragraph_quoting_them() {
        StaffUser wu = data.user("wu.official", "吴", Role.OFFICIAL);
        Actor official = wu.toActor();
        Actor reviewer = data.user("zheng.reviewer", "郑", Role.REVIEWER).toActor();
        Enterprise factory = data.enterprise("湛江伽马机械厂", wu, false);
        Actor hr = data.hr("hr.gamma", "伽马人事", factory.id()).toActor();
        String worker = data.worker("返岗工人", "+8615700000444", null);
        Audience here = ConsoleData.ourDistrict();
        Instant soon = Instant.now().plus(Duration.ofDays(2));

        data.publish(new NoticeDraft(NoticeType.JOB_FAIR, LocalizedText.zh("麻章区网络招聘会"), LocalizedText.zh("线上"), here,
                ResponseKind.RSVP, null, null, null, new JobFair(soon, soon.plus(Duration.ofHours(3)), AttendanceMode.ONLINE,
                null, "https://jobs.example.cn/f", List.of(factory.id()), 120, null), null, null, null), official, reviewer,
                List.of());
        Notice posting = data.publish(new NoticeDraft(NoticeType.JOB_POSTING, LocalizedText.zh("招聘钳工"), LocalizedText.zh("钳工"),
                here, ResponseKind.APPLY, null, soon.plus(Duration.ofDays(5)), null, null, null, null,
                new JobPosting(factory.id(), "钳工", 15, 5000, 7000, null)), official, reviewer, List.of(worker));
        Notice bus = data.publish(data.bus("玉林—湛江专车", "Yulin–Zhanjiang bus", soon, 10, factory.id()), official, reviewer,
                List.of(worker));
        Notice policy = data.publish(new NoticeDraft(NoticeType.POLICY, LocalizedText.zh("一次性吸纳就业补贴"), LocalizedText.zh("补贴"),
                Audience.everyone(), ResponseKind.SUBSIDY_APPLICATION, null, soon.plus(Duration.ofDays(20)), null, null, null,
                new Policy(Benefit.HIRING_SUBSIDY, new BigDecimal("1000"), new BigDecimal("50000"), null, "新招用本地劳动者",
                        Applicant.ENTERPRISE), null), official, reviewer, List.of());

        Response applied = responses.submit(worker, posting.id(), ResponseKind.APPLY, Map.of("message", "钳工证"), "apply");
        responseReview.review(applied.id(), ResponseStatus.ACCEPTED, "欢迎", official);
        Response seat = responses.submit(worker, bus.id(), ResponseKind.SEAT_BOOKING, Map.of("pickupPoint", ConsoleData.PICKUP), "seat");
        buses.board(seat.id(), BusService.BoardingEvent.BOARDED, official);
        buses.board(seat.id(), BusService.BoardingEvent.ARRIVED, official);
        Response claim = enterpriseResponses.submitForEnterprise(policy.id(), ResponseKind.SUBSIDY_APPLICATION, Map.of("persons", 12),
                UUID.randomUUID().toString(), hr);
        responseReview.review(claim.id(), ResponseStatus.ACCEPTED, null, official);

        login("wu.official", "password-1");
        UI.getCurrent().navigate(BriefingView.class);
        LocalDate today = LocalDate.now(Formats.ZONE);
        _setValue(_get(DatePicker.class, spec -> spec.withId("briefing-from")), today.minusDays(1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("briefing-to")), today.plusDays(7));
        _click(_get(Button.class, spec -> spec.withId("briefing-make")));

        assertThat(figure("jobFairs")).isEqualTo("1");
        assertThat(figure("enterpriseParticipations")).isEqualTo("1");
        assertThat(figure("positionsPosted")).isEqualTo("135");
        assertThat(figure("intentionsReached")).isEqualTo("1");
        assertThat(figure("buses")).isEqualTo("1");
        assertThat(figure("interProvincialBuses")).isEqualTo("1");
        assertThat(figure("workersReturned")).isEqualTo("1");
        assertThat(figure("subsidiesApproved")).isEqualTo("1");
        assertThat(figure("enterprisesBenefited")).isEqualTo("1");
        assertThat(figure("subsidyAmount")).contains("12,000").startsWith("¥");
        String text = _get(TextArea.class, spec -> spec.withId("briefing-text")).getValue();
        assertThat(text).contains("招聘会1场", "岗位135个", "意向1人", "专车1趟", "跨省1趟", "务工人员1人", "1.20万元");

        // a period before any of it shows zeros, and an inverted period is refused on the field
        _setValue(_get(DatePicker.class, spec -> spec.withId("briefing-from")), today.minusDays(30));
        _setValue(_get(DatePicker.class, spec -> spec.withId("briefing-to")), today.minusDays(20));
        _click(_get(Button.class, spec -> spec.withId("briefing-make")));
        assertThat(figure("jobFairs")).isEqualTo("0");
        _setValue(_get(DatePicker.class, spec -> spec.withId("briefing-from")), today);
        _setValue(_get(DatePicker.class, spec -> spec.withId("briefing-to")), today.minusDays(3));
        _click(_get(Button.class, spec -> spec.withId("briefing-make")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("briefing-to")).isInvalid()).isTrue();
    }

    private String figure(String name) {
        return _get(Span.class, spec -> spec.withId("figure-" + name)).getText();
    }
}
