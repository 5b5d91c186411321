package org.fugong.ui;

import fugong.testing.MutableClock;
import fugong.testing.TestData;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.base.Place;
import org.fugong.base.Role;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.Applicant;
import org.fugong.notice.AttendanceMode;
import org.fugong.notice.Benefit;
import org.fugong.notice.InboxService;
import org.fugong.notice.JobFair;
import org.fugong.notice.JobPosting;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.NoticeService;
import org.fugong.notice.NoticeStatus;
import org.fugong.notice.Policy;
import org.fugong.notice.ResponseKind;
import org.fugong.notice.ReturnBus;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The worker web app in a real browser (Debian's Chromium, driven through its chromedriver) against
 * the whole application on a random port: every kind of notice is opened and answered as a worker
 * would (job fairs online and on site, a job application, a worker's subsidy application, a policy
 * only enterprises claim, an announcement), two workers book the one seat of a return bus (the second
 * is waitlisted, then promoted when the first cancels), and a worker who signs up after notices went
 * out finds those meant for them once the profile says who they are.
 *
 * <p>Nothing is downloaded: the browser and the driver are the machine's ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}, or {@code FUGONG_CHROMIUM} and {@code FUGONG_CHROMEDRIVER}), so
 * Selenium Manager never runs (the test checks that it was skipped), and Chromium runs with its
 * background networking off. Where either is missing the test is skipped, unless
 * {@code FUGONG_REQUIRE_BROWSER=true} (CI), where it fails.
 *
 * <p>One Spring context for all (configured like the console tests', with a real web server). The
 * database is not emptied: each test has its own workers (fresh phone numbers), notices aimed at a
 * hometown only its workers have, and its own FCM tokens, so the tests may run in any order or at once.
 */
class WorkerAppBrowserTest extends BrowserTestSupport {

    private static final SeleniumLog seleniumLog = new SeleniumLog();
    /** Words a worker must never see: enumeration constants. */
    private static final String CODES = ".*\\b([A-Z]{2,}_[A-Z_]+|ONLINE|ONSITE|HYBRID|ENTERPRISE|WORKER|NONE)\\b.*";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;
    @Autowired
    UserService users;
    @Autowired
    WorkerService workers;
    @Autowired
    DeviceService devices;
    @Autowired
    NoticeService notices;
    @Autowired
    InboxService inbox;
    @Autowired
    EnterpriseService enterprises;

    private final List<WorkerBrowser> browsers = new ArrayList<>();
    private StaffUser official;
    private StaffUser reviewer;

    /** Runs after {@link BrowserTestSupport#browserInstalled()}: Selenium's own log is watched from the start. */
    @BeforeAll
    static void watchSelenium() {
        seleniumLog.start();
    }

    @AfterAll
    static void quietSelenium() {
        seleniumLog.stop();
    }

    @BeforeEach
    void staff() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        official = users.createIfAbsent(new NewUser("browser.official." + run, "password-1", "周工作人员",
                Set.of(Role.OFFICIAL), null)).orElseThrow();
        reviewer = users.createIfAbsent(new NewUser("browser.reviewer." + run, "password-1", "吴审核员",
                Set.of(Role.REVIEWER), null)).orElseThrow();
    }

    @AfterEach
    void closeBrowsers() {
        RuntimeException failure = null;
        for (WorkerBrowser browser : browsers) {
            try {
                browser.close();
            } catch (RuntimeException e) {
                // close the others all the same
                failure = failure == null ? e : failure;
            }
        }
        browsers.clear();
        if (failure != null) {
            throw failure;
        }
    }

    @Test
    void a_worker_opens_and_answers_every_kind_of_notice_in_words_not_codes() {
        Audience qinzhou = Audience.filter(null, List.of("钦州市"), null, null, null, null, null);
        String worker = worker(TestData.phone(), "工人丙", new Place("广西壮族自治区", "钦州市"));
        String phone = workers.phoneOf(worker);
        String online = publish(fair("春风行动·网络招聘会", AttendanceMode.ONLINE, qinzhou));
        String onsite = publish(fair("霞山区现场招聘会", AttendanceMode.ONSITE, qinzhou));
        String posting = publish(posting(qinzhou));
        String trainingSubsidy = publish(policy("职业技能培训补贴", Applicant.WORKER, false, qinzhou));
        String hiringSubsidy = publish(policy("一次性吸纳就业补贴", Applicant.ENTERPRISE, true, qinzhou));
        String announcement = publish(draft(NoticeType.ANNOUNCEMENT, "人社服务大厅恢复现场办理", qinzhou,
                ResponseKind.NONE, null, null, null));
        awaitDelivered(worker, online, onsite, posting, trainingSubsidy, hiringSubsidy, announcement);

        WorkerBrowser browser = open("every-kind");
        try {
            browser.signIn(phone);
            seleniumLog.assertSeleniumManagerSkipped();
            // web push is configured in the tests: the app explains it before the browser would ask
            assertThat(browser.text(By.cssSelector("[data-testid=push-offer]"))).contains("开启消息提醒");
            browser.click(By.cssSelector("[data-testid=push-later]"));
            browser.assertAbsent(By.cssSelector("[data-testid=push-offer]"));
            assertThat(browser.text(WorkerBrowser.inboxItem(online))).contains("招聘会");
            assertThat(browser.text(WorkerBrowser.inboxItem(hiringSubsidy))).contains("政策补贴");

            browser.openFromInbox(online);
            assertThat(browser.text(By.cssSelector("[data-testid=fact-mode]"))).contains("线上");
            assertThat(browser.text(By.cssSelector("[data-testid=fact-positions]"))).contains("800 个岗位");
            browser.rsvp("online");
            browser.waitForResponseStatus("CONFIRMED");
            assertThat(browser.responseStatus()).isEqualTo("已确认");
            assertThat(browser.screenText()).contains("参会方式").doesNotMatch(CODES);

            browser.openFromInbox(onsite);
            assertThat(browser.text(By.cssSelector("[data-testid=fact-venue]"))).contains("霞山区人力资源市场");
            browser.rsvp("onsite");
            browser.waitForResponseStatus("CONFIRMED");
            assertThat(browser.screenText()).contains("现场").doesNotMatch(CODES);

            browser.openFromInbox(posting);
            assertThat(browser.text(By.cssSelector("[data-testid=fact-enterprise]"))).contains("湛江钢铁");
            browser.apply("我有五年焊工经验，持焊工证。", "7000");
            browser.waitForResponseStatus("SUBMITTED");
            assertThat(browser.responseStatus()).isEqualTo("已提交");

            browser.openFromInbox(trainingSubsidy);
            assertThat(browser.text(By.cssSelector("[data-testid=fact-benefit]"))).contains("职业培训补贴");
            assertThat(browser.text(By.cssSelector("[data-testid=fact-applicant]"))).contains("个人");
            browser.applyForSubsidy("已完成焊工培训");
            browser.waitForResponseStatus("SUBMITTED");
            assertThat(browser.text(By.cssSelector("[data-testid=response-panel]"))).contains("¥500");

            browser.openFromInbox(hiringSubsidy);
            assertThat(browser.text(By.cssSelector("[data-testid=enterprise-only]"))).contains("由企业申请");
            assertThat(browser.text(By.cssSelector("[data-testid=fact-benefit]"))).contains("一次性吸纳就业补贴");
            browser.assertAbsent(By.cssSelector("[data-testid=respond-form]"));
            assertThat(browser.screenText()).doesNotMatch(CODES);

            browser.openFromInbox(announcement);
            assertThat(browser.text(By.cssSelector("[data-testid=notice-title]"))).isEqualTo("人社服务大厅恢复现场办理");
            browser.assertAbsent(By.cssSelector("[data-testid=respond-form]"));

            // the same in English
            browser.click(By.cssSelector("[data-testid=lang-switch]"));
            browser.openFromInbox(online);
            assertThat(browser.text(By.cssSelector("[data-testid=fact-mode]"))).contains("Online");
            assertThat(browser.responseStatus()).isEqualTo("Confirmed");
            browser.openFromInbox(hiringSubsidy);
            assertThat(browser.text(By.cssSelector("[data-testid=enterprise-only]"))).contains("Enterprises apply");
            assertThat(browser.screenText()).doesNotMatch(CODES);
            browser.assertNoScriptErrors();
        } catch (RuntimeException | Error e) {
            browser.saveEvidence();
            throw e;
        }
    }

    @Test
    void the_worker_app_books_a_seat_waitlists_the_next_worker_and_a_cancellation_promotes_them() {
        Place yulin = new Place("广西壮族自治区", "玉林市");
        String workerA = worker(TestData.phone(), "工人甲", yulin);
        String workerB = worker(TestData.phone(), "工人乙", yulin);
        String tokenB = "browser-test-token-" + UUID.randomUUID();
        devices.register(workerB, "browser-test-install-" + UUID.randomUUID(),
                new DeviceRegistration(Platform.ANDROID, tokenB, "zh-CN", "1.0.0"));
        String title = "玉林—湛江返岗专车";
        String pickup = "博白县政府广场";
        String bus = publish(draft(NoticeType.RETURN_BUS, title,
                Audience.filter(List.of("广西壮族自治区"), List.of("玉林市"), null, null, null, null, null),
                ResponseKind.SEAT_BOOKING, null,
                new ReturnBus(yulin, new Place("广东省", "湛江市"), clock.instant().plus(Duration.ofDays(3)), 1,
                        List.of("玉林汽车总站", pickup), "出发前 14 天内无发热、咳嗽等症状", null),
                null));
        awaitDelivered(workerA, bus);
        awaitDelivered(workerB, bus);

        WorkerBrowser a = open("a");
        WorkerBrowser b = open("b");
        try {
            a.signIn(workers.phoneOf(workerA));
            assertThat(a.text(WorkerBrowser.inboxItem(bus))).contains(title);
            assertThat(a.waitVisible(WorkerBrowser.inboxItem(bus)).getDomAttribute("data-unread")).isEqualTo("true");
            a.openFromInbox(bus);
            assertThat(a.text(By.cssSelector("[data-testid=notice-title]"))).isEqualTo(title);
            a.bookSeat(pickup);
            a.waitForResponseStatus("CONFIRMED");
            assertThat(a.responseStatus()).isEqualTo("已确认");
            assertThat(a.text(By.cssSelector("[data-testid=response-panel]"))).contains(pickup);

            // B finds the bus full and is first on the waitlist
            b.signIn(workers.phoneOf(workerB));
            b.openFromInbox(bus);
            b.bookSeat(pickup);
            b.waitForResponseStatus("WAITLISTED");
            assertThat(b.responseStatus()).isEqualTo("候补中 · 候补第 1 位");

            // A gives the seat up in "my responses", after confirming
            a.click(By.cssSelector("[data-testid=tab-responses]"));
            By aResponse = By.cssSelector("[data-testid=response-item][data-status=CONFIRMED]");
            assertThat(a.text(aResponse)).contains(title);
            a.click(By.cssSelector("[data-testid=response-item] [data-testid=cancel-response]"));
            assertThat(a.text(By.cssSelector("[role=alertdialog]"))).contains("座位将让给候补的乘客");
            a.click(By.cssSelector("[data-testid=confirm-ok]"));
            a.waitVisible(By.cssSelector("[data-testid=response-item][data-status=CANCELLED]"));
            assertThat(a.text(By.cssSelector("[data-testid=responses-message]"))).isEqualTo("已取消。");
            a.assertAbsent(By.cssSelector("[data-testid=cancel-response]"));
            a.reload();
            a.waitVisible(By.cssSelector("[data-testid=response-item][data-status=CANCELLED]"));

            // B, reloading the bus, has the seat now, and was told by push
            b.reload();
            b.waitForResponseStatus("CONFIRMED");
            assertThat(b.responseStatus()).isEqualTo("已确认");
            await().atMost(WorkerBrowser.WAIT).until(() -> !fcm.received(m -> tokenB.equals(m.token())
                    && bus.equals(m.noticeId()) && "DECISION".equals(m.kind())).isEmpty());

            a.assertNoScriptErrors();
            b.assertNoScriptErrors();
        } catch (RuntimeException | Error e) {
            a.saveEvidence();
            b.saveEvidence();
            throw e;
        }
    }

    @Test
    void a_worker_who_signs_up_late_sees_the_earlier_notices_meant_for_them() {
        String forEveryone = publish(draft(NoticeType.ANNOUNCEMENT, "春节后返岗须知 " + UUID.randomUUID().toString()
                .substring(0, 4), Audience.everyone(), ResponseKind.NONE, null, null, null));
        String forBeihai = publish(fair("北海籍务工人员专场招聘会", AttendanceMode.ONSITE,
                Audience.filter(null, List.of("北海市"), null, null, null, null, null)));
        String forMazhang = publish(draft(NoticeType.ANNOUNCEMENT, "麻章区就业服务站开放",
                Audience.filter(null, null, List.of("麻章区"), null, null, null, null), ResponseKind.NONE, null, null, null));
        String forBaise = publish(draft(NoticeType.ANNOUNCEMENT, "百色籍务工人员返岗通知",
                Audience.filter(null, List.of("百色市"), null, null, null, null, null), ResponseKind.NONE, null, null, null));

        WorkerBrowser browser = open("late");
        try {
            browser.signIn(TestData.phone());
            browser.waitVisible(WorkerBrowser.inboxItem(forEveryone));
            browser.assertAbsent(WorkerBrowser.inboxItem(forBeihai));

            browser.completeProfile("工人丁", "广西壮族自治区", "北海市", "麻章区", "seeking");
            browser.click(By.cssSelector("[data-testid=tab-inbox]"));

            assertThat(browser.text(WorkerBrowser.inboxItem(forBeihai))).contains("北海籍务工人员专场招聘会");
            assertThat(browser.waitVisible(WorkerBrowser.inboxItem(forBeihai)).getDomAttribute("data-unread"))
                    .isEqualTo("true");
            browser.waitVisible(WorkerBrowser.inboxItem(forMazhang));
            browser.waitVisible(WorkerBrowser.inboxItem(forEveryone));
            browser.assertAbsent(WorkerBrowser.inboxItem(forBaise));
            browser.openFromInbox(forBeihai);
            browser.rsvp("onsite");
            browser.waitForResponseStatus("CONFIRMED");
            browser.assertNoScriptErrors();
        } catch (RuntimeException | Error e) {
            browser.saveEvidence();
            throw e;
        }
    }

    /** A worker from {@code hometown} living in 赤坎区, as they would have signed up and filled in their profile. */
    private String worker(String phone, String name, Place hometown) {
        String id = workers.findOrCreateByPhone(phone);
        workers.update(id, new ProfileUpdate(name, hometown, "赤坎区", List.of("manufacturing"), List.of("welding"),
                EmploymentStatus.SEEKING, null, "zh-CN", null));
        return id;
    }

    private NoticeDraft fair(String title, AttendanceMode mode, Audience audience) {
        Instant starts = clock.instant().plus(Duration.ofDays(5));
        boolean online = mode == AttendanceMode.ONLINE;
        return draft(NoticeType.JOB_FAIR, title, audience, ResponseKind.RSVP,
                new JobFair(starts, starts.plus(Duration.ofHours(4)), mode, online ? null : "霞山区人力资源市场",
                        online ? "https://jobs.zhanjiang.example/fair" : null, List.of(), 800, null),
                null, null);
    }

    /** A job posting of an enterprise of this test's own. */
    private NoticeDraft posting(Audience audience) {
        String enterprise = new TestData(users, enterprises, null)
                .enterprise("湛江钢铁" + UUID.randomUUID().toString().substring(0, 4), official, false).id();
        return new NoticeDraft(NoticeType.JOB_POSTING, LocalizedText.of("招聘电焊工 10 名", null),
                LocalizedText.of("包食宿，月休四天。", null), audience, ResponseKind.APPLY, null,
                clock.instant().plus(Duration.ofDays(10)), null, null, null, null,
                new JobPosting(enterprise, "电焊工", 10, 6000, 9000, "持焊工证"));
    }

    private NoticeDraft policy(String title, Applicant applicant, boolean tellWorkers, Audience audience) {
        Benefit benefit = applicant == Applicant.WORKER ? Benefit.TRAINING_SUBSIDY : Benefit.HIRING_SUBSIDY;
        return draft(NoticeType.POLICY, title, audience, ResponseKind.SUBSIDY_APPLICATION, null, null,
                new Policy(benefit, new BigDecimal("500"), applicant == Applicant.ENTERPRISE ? new BigDecimal("200000") : null,
                        clock.instant().plus(Duration.ofDays(20)), "在本市就业的务工人员", applicant, tellWorkers));
    }

    private NoticeDraft draft(NoticeType type, String title, Audience audience, ResponseKind kind, JobFair fair,
                              ReturnBus bus, Policy policy) {
        return new NoticeDraft(type, LocalizedText.of(title, null),
                LocalizedText.of(title + "。详情请咨询人社局。", "Ask the bureau for details."), audience, kind, null,
                null, null, fair, bus, policy, null);
    }

    /** Writes, submits and approves a notice (two people); answers its id once published. */
    private String publish(NoticeDraft draft) {
        Notice created = notices.create(draft, official.toActor());
        notices.submit(created.id(), official.toActor());
        Notice published = notices.approve(created.id(), "同意", reviewer.toActor());
        assertThat(published.status()).isEqualTo(NoticeStatus.PUBLISHED);
        return published.id();
    }

    private void awaitDelivered(String workerId, String... noticeIds) {
        await().atMost(WorkerBrowser.WAIT).until(() -> Stream.of(noticeIds).allMatch(id -> inbox.isDelivered(id, workerId)));
    }

    private WorkerBrowser open(String name) {
        WorkerBrowser browser = new WorkerBrowser(name, "http://127.0.0.1:" + port + "/app/", CHROMIUM, CHROMEDRIVER);
        browsers.add(browser);
        return browser;
    }
}
