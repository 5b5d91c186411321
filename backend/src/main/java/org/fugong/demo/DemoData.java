package org.fugong.demo;

import org.fugong.base.Actor;
import org.fugong.base.CreditCodes;
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
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.NewEnterprise;
import org.fugong.notice.Applicant;
import org.fugong.notice.AttendanceMode;
import org.fugong.notice.Benefit;
import org.fugong.notice.InboxService;
import org.fugong.notice.JobFair;
import org.fugong.notice.JobPosting;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.NoticeFigures;
import org.fugong.notice.NoticeService;
import org.fugong.notice.Policy;
import org.fugong.notice.ResponseKind;
import org.fugong.notice.ReturnBus;
import org.fugong.response.BusService;
import org.fugong.response.EnterpriseResponses;
import org.fugong.response.ResponseReview;
import org.fugong.response.ResponseService;
import org.fugong.response.ResponseStatus;
import org.fugong.security.NewUser;
import org.fugong.security.StaffUser;
import org.fugong.security.UserService;
import org.fugong.worker.Audience;
import org.fugong.worker.DeviceRegistration;
import org.fugong.worker.DeviceService;
import org.fugong.worker.EmploymentStatus;
import org.fugong.worker.Platform;
import org.fugong.worker.ProfileUpdate;
import org.fugong.worker.WorkerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeds the demo once per database (it stops when the user {@code official} exists): enterprises
 * with task forces, requests and two weeks of staffing, workers, notices of every type with responses,
 * a bus under way and subsidy claims. Everything goes
 * through the features' services, so the demo obeys the same rules as real use: notices are written
 * by {@code official} and approved by {@code reviewer}, pushes go through the pipeline.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "fugong.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String PASSWORD = "demo";
    private static final int WORKERS = 200;

    private static final List<Place> HOMETOWNS = List.of(
            new Place("广西壮族自治区", "玉林市"), new Place("广西壮族自治区", "北海市"), new Place("广西壮族自治区", "钦州市"),
            new Place("湖南省", "永州市"), new Place("湖南省", "邵阳市"), new Place("贵州省", "毕节市"),
            new Place("四川省", "南充市"), new Place("广东省", "茂名市"), new Place("广东省", "湛江市"),
            new Place("江西省", "赣州市"));
    private static final List<String> DISTRICTS = List.of("赤坎区", "霞山区", "坡头区", "麻章区", "遂溪县", "廉江市", "雷州市");
    /** Industries and skills by their taxonomy codes (GB/T 4754-2017, 职业分类大典): sections and divisions alike. */
    private static final List<String> INDUSTRIES = List.of("manufacturing", "logistics", "food", "medical", "textile",
            "garment", "agri-food-processing", "electrical-equipment", "warehousing", "construction", "catering");
    private static final List<String> SKILLS = List.of("general-worker", "welding", "forklift", "sewing", "electrician",
            "packing", "cooking", "driving", "quality-control", "seafood-processor", "stevedore", "bricklayer");
    private static final List<String> SURNAMES = List.of("李", "王", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "梁", "莫", "覃", "韦");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平");

    private final UserService users;
    private final EnterpriseService enterprises;
    private final WorkerService workers;
    private final DeviceService devices;
    private final NoticeService notices;
    private final NoticeFigures figures;
    private final InboxService inbox;
    private final ResponseService responses;
    private final EnterpriseResponses enterpriseResponses;
    private final ResponseReview review;
    private final BusService buses;
    private final EnterpriseRequestService requests;
    private final StaffingService staffingService;
    private final Clock clock;
    private final Random random = new Random(2020);

    DemoData(UserService users, EnterpriseService enterprises, WorkerService workers, DeviceService devices,
             NoticeService notices, NoticeFigures figures, InboxService inbox, ResponseService responses,
             EnterpriseResponses enterpriseResponses, ResponseReview review, BusService buses, EnterpriseRequestService requests,
             StaffingService staffingService, Clock clock) {
        this.users = users;
        this.enterprises = enterprises;
        this.workers = workers;
        this.devices = devices;
        this.notices = notices;
        this.figures = figures;
        this.inbox = inbox;
        this.responses = responses;
        this.enterpriseResponses = enterpriseResponses;
        this.review = review;
        this.buses = buses;
        this.requests = requests;
        this.staffingService = staffingService;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.findByUsername("official").isPresent()) {
            log.info("Demo data is already there");
            return;
        }
        log.info("Seeding demo data…");
        StaffUser official = users.createIfAbsent(new NewUser("official", PASSWORD, "王主任", Set.of(Role.OFFICIAL), null)).orElseThrow();
        StaffUser reviewer = users.createIfAbsent(new NewUser("reviewer", PASSWORD, "李科长", Set.of(Role.REVIEWER), null)).orElseThrow();
        users.createIfAbsent(new NewUser("official2", PASSWORD, "陈专员", Set.of(Role.OFFICIAL), null));
        Actor author = official.toActor();
        Actor approver = reviewer.toActor();

        List<Enterprise> firms = new ArrayList<>();
        firms.add(enterprise("湛江康达医疗用品有限公司", "medical", "麻章区", true, 860, official, 1));
        firms.add(enterprise("粤西精工机械制造有限公司", "manufacturing", "坡头区", false, 420, official, 2));
        firms.add(enterprise("湛江海滨食品有限公司", "food", "霞山区", false, 350, official, 3));
        firms.add(enterprise("南方港湾物流有限公司", "logistics", "霞山区", true, 610, official, 4));
        firms.add(enterprise("廉江南方纺织有限公司", "textile", "廉江市", false, 520, official, 5));
        firms.add(enterprise("湛江鹏程建筑工程有限公司", "construction", "赤坎区", false, 280, official, 6));
        Actor hr = users.createIfAbsent(new NewUser("hr", PASSWORD, "康达人事部", Set.of(Role.HR), firms.get(0).id()))
                .orElseThrow().toActor();
        users.createIfAbsent(new NewUser("hr2", PASSWORD, "港湾物流人事", Set.of(Role.HR), firms.get(3).id()));

        List<String> workerIds = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            workerIds.add(worker(i, firms));
        }

        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        Published published = publishNotices(author, approver, firms, now);
        manufacturingGuide(author, approver, now);
        draftsAndReview(author, firms, now);
        Notice fair = published.fair();
        Notice bus = published.bus();
        Notice posting = published.posting();
        Notice policy = published.policy();

        respond(fair, workerIds, 40, ResponseKind.RSVP, Map.of("attendanceMode", "ONLINE"));
        respond(bus, workerIds, 15, ResponseKind.SEAT_BOOKING, Map.of("pickupPoint", "玉林汽车总站", "healthDeclared", true));
        List<String> applied = respond(posting, workerIds, 12, ResponseKind.APPLY,
                Map.of("message", "有相关工作经验，可立即到岗", "expectedSalary", 6500));
        responsesDecided(applied, posting, official);
        busUnderWay(bus, official);
        subsidies(policy, hr, firms, official);
        taskForces(firms, hr, official);
        staffing(firms, official);
        log.info("Demo data ready: sign in as official, reviewer or hr with password '{}'", PASSWORD);
    }

    /** The demo's published notices that get responses. */
    private record Published(Notice fair, Notice bus, Notice posting, Notice policy) {
    }

    private Published publishNotices(Actor author, Actor approver, List<Enterprise> firms, Instant now) {
        Notice fair = publish(author, approver, new NoticeDraft(NoticeType.JOB_FAIR,
                LocalizedText.of("2026 年春风行动·湛江线上招聘会", "Spring Breeze online job fair, Zhanjiang"),
                LocalizedText.of("全市 60 家重点企业在线招聘，提供岗位 3200 个。\n扫码或点击链接进入直播间，可在线投递简历。",
                        "60 key enterprises hire online, 3,200 positions.\nJoin the live room and apply online."),
                Audience.everyone(), ResponseKind.RSVP, null, null, null,
                new JobFair(now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(5)).plus(Duration.ofHours(4)),
                        AttendanceMode.ONLINE, null, "https://jobs.zhanjiang.example/fair/2026-spring",
                        firms.stream().map(Enterprise::id).toList(), 3200, null), null, null, null));
        Notice bus = publish(author, approver, new NoticeDraft(NoticeType.RETURN_BUS,
                LocalizedText.of("玉林—湛江 点对点返岗专车（第 3 班）", "Yulin–Zhanjiang return bus (trip 3)"),
                LocalizedText.of("免费乘车，请携带身份证，提前 30 分钟到上车点。到达后由企业专人接站。",
                        "Free ride. Bring your ID card and be at the pickup point 30 minutes early."),
                Audience.filter(List.of("广西壮族自治区"), List.of("玉林市"), null, null, null, null, null),
                ResponseKind.SEAT_BOOKING, null, null, null, null,
                new ReturnBus(new Place("广西壮族自治区", "玉林市"), new Place("广东省", "湛江市"),
                        now.plus(Duration.ofDays(3)), 12, List.of("玉林汽车总站", "博白县政府广场"),
                        "出发前 48 小时内无发热症状", firms.get(0).id()), null, null));
        Notice posting = publish(author, approver, new NoticeDraft(NoticeType.JOB_POSTING,
                LocalizedText.of("康达医疗招聘口罩机操作工 50 名", "Kangda Medical hires 50 mask machine operators"),
                LocalizedText.of("重点保供企业，包食宿，月薪 5500–7500 元，可加班。", "Key supplier; board and lodging; 5,500–7,500 yuan a month."),
                Audience.filter(null, null, null, null, null, List.of(EmploymentStatus.SEEKING), null),
                ResponseKind.APPLY, null, now.plus(Duration.ofDays(20)), null, null, null, null,
                new JobPosting(firms.get(0).id(), "口罩机操作工", 50, 5500, 7500, "18–50 岁，身体健康，能适应两班倒")));
        publish(author, approver, new NoticeDraft(NoticeType.JOB_POSTING,
                LocalizedText.of("技工院校学生实习岗位：数控车工", "Internships for technical school students: CNC turning"),
                LocalizedText.of("粤西精工面向技工院校学生提供实习岗位 20 个，提供实习补贴。",
                        "20 internships for technical school students, with an allowance."),
                Audience.filter(null, null, null, null, null, List.of(EmploymentStatus.STUDENT), null),
                ResponseKind.APPLY, null, now.plus(Duration.ofDays(30)), null, null, null, null,
                new JobPosting(firms.get(1).id(), "数控车工（实习）", 20, 3000, 4000, "机械类专业在校生")));
        Notice policy = publish(author, approver, new NoticeDraft(NoticeType.POLICY,
                LocalizedText.of("一次性吸纳就业补贴申领通知", "One-off hiring subsidy: how to apply"),
                LocalizedText.of("企业新招用本市户籍劳动者并签订一年以上劳动合同的，按每人 1000 元给予一次性补贴，每家企业最高 20 万元。",
                        "Enterprises hiring local workers on contracts of a year or more receive 1,000 yuan per person, up to 200,000 yuan."),
                Audience.everyone(), ResponseKind.SUBSIDY_APPLICATION, null, now.plus(Duration.ofDays(60)), null, null, null,
                new Policy(Benefit.HIRING_SUBSIDY, new BigDecimal("1000"), new BigDecimal("200000"),
                        now.plus(Duration.ofDays(45)), "本市企业新招用劳动者，签订一年以上劳动合同并缴纳社保", Applicant.ENTERPRISE,
                        true), null));
        publish(author, approver, new NoticeDraft(NoticeType.POLICY,
                LocalizedText.of("职业技能培训补贴申请", "Vocational training subsidy"),
                LocalizedText.of("参加本市定点机构职业技能培训并取得证书的务工人员，每人补贴 800 元。",
                        "Workers who finish a vocational course at an approved school in the city and pass receive 800 yuan."),
                Audience.everyone(), ResponseKind.SUBSIDY_APPLICATION, null, now.plus(Duration.ofDays(60)), null, null, null,
                new Policy(Benefit.TRAINING_SUBSIDY, new BigDecimal("800"), null, now.plus(Duration.ofDays(50)),
                        "本市定点机构培训合格并取得职业资格证书或技能等级证书", Applicant.WORKER), null));
        publish(author, approver, new NoticeDraft(NoticeType.ANNOUNCEMENT,
                LocalizedText.of("人社服务大厅恢复现场办理", "Service hall reopens for in-person business"),
                LocalizedText.of("自下周一起，市人社服务大厅恢复现场办理业务，请预约后前往。", "From next Monday the service hall is open again; please book first."),
                Audience.everyone(), ResponseKind.NONE, null, now.plus(Duration.ofDays(14)), null, null, null, null, null));
        return new Published(fair, bus, posting, policy);
    }

    private void draftsAndReview(Actor author, List<Enterprise> firms, Instant now) {
        Notice draft = notices.create(new NoticeDraft(NoticeType.ANNOUNCEMENT,
                LocalizedText.of("社保补缴业务办理指引（草稿）", "Social insurance back-payments (draft)"),
                LocalizedText.of("正文待补充。", null), Audience.filter(null, null, List.of("赤坎区"), null, null, null, null),
                ResponseKind.NONE, null, now.plus(Duration.ofDays(30)), null, null, null, null, null), author);
        Notice waiting = notices.create(new NoticeDraft(NoticeType.JOB_FAIR,
                LocalizedText.of("霞山区现场招聘会", "On-site job fair, Xiashan"),
                LocalizedText.of("霞山区人社局在海滨公园举办现场招聘会，20 家企业参会。", "20 enterprises at Binhai Park."),
                Audience.filter(null, null, List.of("霞山区"), null, null, null, null), ResponseKind.RSVP, null, null, null,
                new JobFair(now.plus(Duration.ofDays(9)), now.plus(Duration.ofDays(9)).plus(Duration.ofHours(5)),
                        AttendanceMode.ONSITE, "霞山区海滨公园", null, List.of(firms.get(2).id(), firms.get(3).id()), 800, 300),
                null, null, null), author);
        notices.submit(waiting.id(), author);
        log.info("Demo notices: {} drafts and in review: {}, {}", 2, draft.id(), waiting.id());

    }

    /** An announcement for 制造业: it reaches the workers of its divisions (纺织业, 食品制造业 …) too. */
    private void manufacturingGuide(Actor author, Actor approver, Instant now) {
        publish(author, approver, new NoticeDraft(NoticeType.ANNOUNCEMENT,
                LocalizedText.of("制造业企业复工复产防护指引", "Back to work safely: a guide for manufacturing"),
                LocalizedText.of("返岗前请完成健康申报，车间分时段就餐，电工、焊工等特种作业人员须持证上岗。",
                        "Declare your health before returning; canteens serve in shifts; electricians and welders need their licences."),
                Audience.filter(null, null, null, List.of("manufacturing"), null, null, null),
                ResponseKind.NONE, null, now.plus(Duration.ofDays(21)), null, null, null, null, null));
    }

    private Enterprise enterprise(String name, String industry, String district, boolean key, int headcount,
                                  StaffUser official, int n) {
        String first17 = String.format("914408%011d", 20200000000L + n * 7919L);
        return enterprises.create(new NewEnterprise(name, first17 + CreditCodes.checkCharacter(first17), industry, district,
                key, headcount, official.username(), official.username()), official.toActor());
    }

    private String worker(int i, List<Enterprise> firms) {
        String phone = String.format("+86138%08d", 10_000_000 + i * 37);
        String id = workers.findOrCreateByPhone(phone);
        EmploymentStatus status = i % 10 == 0 ? EmploymentStatus.STUDENT : i % 3 == 0 ? EmploymentStatus.EMPLOYED : EmploymentStatus.SEEKING;
        String enterpriseId = status == EmploymentStatus.EMPLOYED ? firms.get(i % firms.size()).id() : null;
        workers.update(id, new ProfileUpdate(pick(SURNAMES) + pick(GIVEN) + (random.nextBoolean() ? pick(GIVEN) : ""),
                pick(HOMETOWNS), pick(DISTRICTS), List.of(pick(INDUSTRIES)), List.of(pick(SKILLS), pick(SKILLS)),
                status, enterpriseId, i % 7 == 0 ? "en" : "zh-CN", null));
        devices.register(id, "demo-install-" + i, new DeviceRegistration(Platform.ANDROID, "demo-fcm-token-" + i,
                null, "1.0." + (i % 4)));
        return id;
    }

    private Notice publish(Actor author, Actor approver, NoticeDraft draft) {
        Notice created = notices.create(draft, author);
        notices.submit(created.id(), author);
        return notices.approve(created.id(), "同意发布", approver);
    }

    /** Lets the first workers who received a notice respond, once the pipeline has delivered it to all. */
    private List<String> respond(Notice notice, List<String> workerIds, int how, ResponseKind kind, Map<String, Object> fields) {
        long audience = workers.count(notice.audience());
        Instant deadline = Instant.now().plusSeconds(60);
        while (figures.stats(notice.id()).targeted() < audience && Instant.now().isBefore(deadline)) {
            sleep();
        }
        List<String> responded = new ArrayList<>();
        for (String workerId : workerIds) {
            if (responded.size() >= how) {
                break;
            }
            if (inbox.isDelivered(notice, workerId)) {
                responded.add(responses.submit(workerId, notice.id(), kind, fields, "demo-" + notice.id()).id());
            }
        }
        return responded;
    }

    private void responsesDecided(List<String> responseIds, Notice posting, StaffUser official) {
        for (int i = 0; i < responseIds.size(); i++) {
            if (i % 3 == 0) {
                review.review(responseIds.get(i), ResponseStatus.ACCEPTED, "请周一上午到厂报到", official.toActor());
            } else if (i % 5 == 1) {
                review.review(responseIds.get(i), ResponseStatus.REJECTED, "岗位要求持证上岗", official.toActor());
            }
        }
    }

    /** Half the confirmed passengers have boarded; one has already arrived. */
    private void busUnderWay(Notice bus, StaffUser official) {
        List<BusService.ManifestEntry> seated = buses.manifest(bus.id(), official.toActor()).stream()
                .filter(e -> e.status() == ResponseStatus.CONFIRMED).toList();
        for (int i = 0; i < seated.size() / 2; i++) {
            buses.board(seated.get(i).responseId(), BusService.BoardingEvent.BOARDED, official.toActor());
        }
        if (!seated.isEmpty()) {
            buses.board(seated.get(0).responseId(), BusService.BoardingEvent.ARRIVED, official.toActor());
        }
    }

    /** Kangda claims the hiring subsidy twice; the first claim is approved. */
    private void subsidies(Notice policy, Actor hr, List<Enterprise> firms, StaffUser official) {
        var first = enterpriseResponses.submitForEnterprise(policy.id(), ResponseKind.SUBSIDY_APPLICATION,
                Map.of("persons", 42, "note", "春节后新招用本市户籍员工 42 人"), "demo-claim-1", hr);
        review.review(first.id(), ResponseStatus.ACCEPTED, "材料齐全，予以发放", official.toActor());
        enterpriseResponses.submitForEnterprise(policy.id(), ResponseKind.SUBSIDY_APPLICATION,
                Map.of("persons", 18, "note", "三月新招用员工"), "demo-claim-2", hr);
    }

    /** Requests at every stage: a labour shortage waiting, a transport question taken up, a policy question solved. */
    private void taskForces(List<Enterprise> firms, Actor hr, StaffUser official) {
        Actor staff = official.toActor();
        requests.raise(firms.get(0).id(), new NewRequest(RequestCategory.LABOUR_SHORTAGE,
                "医用口罩生产线扩产，急需普工 60 名、设备维修电工 5 名。", 65, List.of("general-worker", "maintenance-electrician")), hr);
        var transport = requests.raise(firms.get(3).id(), new NewRequest(RequestCategory.TRANSPORT,
                "广西籍员工 38 人返岗，希望协调点对点专车。", null, null), staff);
        requests.reply(transport.id(), "已与玉林市人社局对接，拟于下周二发车，请提供员工名单。", staff);
        var policyQuestion = requests.raise(firms.get(4).id(), new NewRequest(RequestCategory.POLICY_QUESTION,
                "新招用的外省员工能否申领一次性吸纳就业补贴？", null, null), staff);
        requests.resolve(policyQuestion.id(), "专员上门讲解政策，外省户籍员工签订一年以上合同并参保即可申领。",
                "企业当周提交申请，新招用 23 人全部符合条件。", staff);
    }

    /** Two weeks of daily staffing reports for two enterprises, recovering day by day. */
    private void staffing(List<Enterprise> firms, StaffUser official) {
        LocalDate today = staffingService.today();
        for (int back = 13; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            int progress = 13 - back;
            staffingService.report(firms.get(0).id(), day, new StaffingReport(55 + progress * 3, 560 + progress * 20,
                    160 - progress * 9, Map.of("packing", Math.max(0, 40 - progress * 2), "electrician", Math.max(0, 6 - progress / 3),
                            "mask-machine-operator", Math.max(0, 30 - progress * 2)),
                    progress < 7 ? "普工缺口大，部分产线停开" : null), official.toActor());
            staffingService.report(firms.get(1).id(), day, new StaffingReport(40 + progress * 2, 300 + progress * 5,
                    90 - progress * 4, Map.of("welding", Math.max(0, 20 - progress), "lathe", Math.max(0, 8 - progress / 2)), null),
                    official.toActor());
        }
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
