package org.fugong.ui;

import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.base.Place;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.enterprise.EnterpriseRequestService;
import org.fugong.enterprise.NewRequest;
import org.fugong.enterprise.RequestCategory;
import org.fugong.enterprise.StaffingReport;
import org.fugong.enterprise.StaffingService;
import org.fugong.notice.AttendanceMode;
import org.fugong.notice.Applicant;
import org.fugong.notice.Benefit;
import org.fugong.notice.JobFair;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.NoticeService;
import org.fugong.notice.Policy;
import org.fugong.notice.ResponseKind;
import org.fugong.response.BusService;
import org.fugong.response.Response;
import org.fugong.response.ResponseService;
import org.fugong.response.EnterpriseResponses;
import org.fugong.response.ResponseReview;
import org.fugong.response.ResponseStatus;
import org.fugong.security.StaffUser;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A small bureau for walking every console page: the four roles, two enterprises (one key), a
 * notice of every type out (a job fair, a policy for enterprises, a bus under way, a posting with
 * applicants), one in review after a rejection, a request thread, staffing over three days and an
 * approved subsidy. {@link #data()} lists the words that are data (names, places, Chinese titles and
 * texts, and "中文", the language switch's name for Chinese), which may appear in Chinese whatever the
 * console's language.
 */
public final class Tour {

    public static final String ADMIN = "tour.admin";
    public static final String OFFICIAL = "tour.official";
    public static final String REVIEWER = "tour.reviewer";
    public static final String HR = "tour.hr";

    public Enterprise factory;
    public Enterprise supplier;
    public Notice fair;
    public Notice policy;
    public Notice bus;
    public Notice posting;
    public Notice inReview;
    public String requestId;
    private final List<String> data = new ArrayList<>(List.of("广西壮族自治区", "玉林市", "广东省", "湛江市", "赤坎区",
            "玉林汽车总站", "复工", "中文"));

    /** Builds the bureau through the services. */
    public static Tour build(ConsoleData people, ApplicationContext context, Clock clock) {
        Tour tour = new Tour();
        tour.make(people, context, clock);
        return tour;
    }

    private void make(ConsoleData people, ApplicationContext context, Clock clock) {
        StaffUser official = people.user(OFFICIAL, "陈工作人员", Role.OFFICIAL);
        StaffUser reviewer = people.user(REVIEWER, "林审核员", Role.REVIEWER);
        people.user(ADMIN, "赵管理员", Role.ADMIN);
        factory = people.enterprise("湛江康达医疗器械有限公司", official, true);
        supplier = people.enterprise("湛江海湾物流有限公司", official, false);
        StaffUser hr = people.hr(HR, "周人事", factory.id());
        data.addAll(List.of("陈工作人员", "林审核员", "赵管理员", "周人事", factory.name(), supplier.name()));
        List<String> workers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String name = List.of("李伟", "王芳", "张敏", "刘强", "黄静", "吴杰").get(i);
            workers.add(people.worker(name, "tour-token-" + i));
            data.add(name);
        }
        NoticeService notices = context.getBean(NoticeService.class);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        fair = people.publish(fairDraft(now, supplier.id()), official.toActor(), reviewer.toActor(), workers);
        // a policy enterprises claim reaches their HR users, not the workers (decision 16): nobody to wait for
        policy = people.publish(policyDraft(now), official.toActor(), reviewer.toActor(), List.of());
        bus = people.publish(people.bus("玉林—湛江返岗专车", "Yulin–Zhanjiang return bus", now.plus(Duration.ofDays(2)), 4),
                official.toActor(), reviewer.toActor(), workers);
        posting = people.publish(people.posting("电子装配工", "Electronics assembler", factory), official.toActor(),
                reviewer.toActor(), workers);
        data.addAll(List.of("湛江春季招聘会", "一次性吸纳就业补贴", "玉林—湛江返岗专车", "电子装配工", "市人力资源市场",
                "诚聘电子装配工", "免费乘坐。", "正文：停电通知", "停电通知", "欢迎参加。", "每招用一人补贴一千元。"));
        respond(context, official, hr, workers);
        inReview = notices.create(people.announcement("停电通知", "Power cut"), official.toActor());
        notices.submit(inReview.id(), official.toActor());
        notices.reject(inReview.id(), "请写明区域", reviewer.toActor());
        notices.submit(inReview.id(), official.toActor());
        data.add("请写明区域");
        requestsAndStaffing(context, hr, official, clock);
    }

    private void respond(ApplicationContext context, StaffUser official, StaffUser hr, List<String> workers) {
        ResponseService responses = context.getBean(ResponseService.class);
        EnterpriseResponses enterpriseResponses = context.getBean(EnterpriseResponses.class);
        ResponseReview responseReview = context.getBean(ResponseReview.class);
        BusService buses = context.getBean(BusService.class);
        for (int i = 0; i < 4; i++) {
            responses.submit(workers.get(i), posting.id(), ResponseKind.APPLY, Map.of("message", "有三年经验"), "tour-a" + i);
        }
        data.add("有三年经验");
        for (int i = 0; i < 6; i++) {
            Response seat = responses.submit(workers.get(i), bus.id(), ResponseKind.SEAT_BOOKING,
                    Map.of("pickupPoint", "玉林汽车总站"), "tour-s" + i);
            if (i == 0) {
                buses.board(seat.id(), BusService.BoardingEvent.BOARDED, official.toActor());
                buses.board(seat.id(), BusService.BoardingEvent.ARRIVED, official.toActor());
            } else if (i == 1) {
                buses.board(seat.id(), BusService.BoardingEvent.BOARDED, official.toActor());
            }
        }
        responses.submit(workers.get(0), fair.id(), ResponseKind.RSVP, Map.of("attendanceMode", "ONLINE"), "tour-r0");
        enterpriseResponses.submitForEnterprise(fair.id(), ResponseKind.RSVP, Map.of("attendanceMode", "ONSITE"), null, hr.toActor());
        Response claim = enterpriseResponses.submitForEnterprise(policy.id(), ResponseKind.SUBSIDY_APPLICATION, Map.of("persons", 12),
                UUID.randomUUID().toString(), hr.toActor());
        responseReview.review(claim.id(), ResponseStatus.ACCEPTED, "材料齐全", official.toActor());
        enterpriseResponses.submitForEnterprise(policy.id(), ResponseKind.SUBSIDY_APPLICATION, Map.of("persons", 3),
                UUID.randomUUID().toString(), hr.toActor());
        data.add("材料齐全");
    }

    private void requestsAndStaffing(ApplicationContext context, StaffUser hr, StaffUser official, Clock clock) {
        EnterpriseRequestService requests = context.getBean(EnterpriseRequestService.class);
        requestId = requests.raise(factory.id(), new NewRequest(RequestCategory.LABOUR_SHORTAGE, "急需焊工二十名",
                20, List.of("welding")), hr.toActor()).id();
        requests.reply(requestId, "已联系技工学校", official.toActor());
        data.addAll(List.of("急需焊工二十名", "已联系技工学校"));
        StaffingService staffing = context.getBean(StaffingService.class);
        LocalDate today = staffing.today();
        for (int d = 2; d >= 0; d--) {
            staffing.report(factory.id(), today.minusDays(d), new StaffingReport(70 + d * 5, 280 + d, 20 - d,
                    Map.of("welding", 5), "缺焊工"), hr.toActor());
        }
        data.add("缺焊工");
    }

    private static NoticeDraft fairDraft(Instant now, String exhibitor) {
        return new NoticeDraft(NoticeType.JOB_FAIR, LocalizedText.of("湛江春季招聘会", "Zhanjiang spring job fair"),
                LocalizedText.of("欢迎参加。", "Welcome."), org.fugong.worker.Audience.everyone(), ResponseKind.RSVP, null, null, null,
                new JobFair(now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(3)).plus(Duration.ofHours(4)),
                        AttendanceMode.HYBRID, "市人力资源市场", "https://jobs.example.cn/fair", List.of(exhibitor), 300, 200),
                null, null, null);
    }

    private static NoticeDraft policyDraft(Instant now) {
        return new NoticeDraft(NoticeType.POLICY, LocalizedText.of("一次性吸纳就业补贴", "One-off hiring subsidy"),
                LocalizedText.of("每招用一人补贴一千元。", "1,000 yuan per hire."), org.fugong.worker.Audience.everyone(),
                ResponseKind.SUBSIDY_APPLICATION, null, null, null, null, null,
                new Policy(Benefit.HIRING_SUBSIDY, new BigDecimal("1000"), new BigDecimal("50000"),
                        now.plus(Duration.ofDays(30)), null, Applicant.ENTERPRISE), null);
    }

    /** Words that are data and may be Chinese in any language (longest first, so parts do not hide wholes). */
    public List<String> data() {
        List<String> words = new ArrayList<>(Set.copyOf(data));
        words.sort((a, b) -> b.length() - a.length());
        return words;
    }

    /** Every console address of the bureau, as a user would reach it. */
    public List<String> pages() {
        return List.of("dashboard", "notices", "notices/" + fair.id(), "notices/" + policy.id(), "notices/" + bus.id(),
                "notices/" + posting.id(), "notices/" + inReview.id(), "notices/edit?type=JOB_FAIR",
                "notices/edit?type=RETURN_BUS", "notices/edit?type=POLICY", "notices/edit?type=JOB_POSTING",
                "notices/edit?type=ANNOUNCEMENT", "review", "buses", "buses/" + bus.id(), "enterprises",
                "enterprises/" + factory.id(), "requests", "requests/" + requestId, "subsidies", "briefing", "users",
                "no-such-page");
    }
}
