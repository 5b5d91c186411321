package org.fugong.ui;

import fugong.testing.Database;
import fugong.testing.MutableClock;
import fugong.testing.TestData;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.base.Place;
import org.fugong.base.Role;
import org.fugong.notice.InboxService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.NoticeService;
import org.fugong.notice.NoticeStatus;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The worker web app in a real browser (Debian's Chromium, driven through its chromedriver) against
 * the whole application on a random port: two workers book the one seat of a return bus, the second
 * is waitlisted, the first cancels from "my responses", and the second is promoted, sees it on
 * reloading and is told by push.
 *
 * <p>Nothing is downloaded: the browser and the driver are the machine's (see {@link BrowserTestSupport}),
 * so Selenium Manager never runs (the test checks that it was skipped), and Chromium runs with its
 * background networking off.
 */
class WorkerAppBrowserTest extends BrowserTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TEST_CODE = "123456";
    private static final String BUS_TITLE = "玉林—湛江返岗专车";
    private static final String PICKUP = "博白县政府广场";
    private static final String B_TOKEN = "browser-test-token-b";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;
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

    private final List<WorkerBrowser> browsers = new ArrayList<>();
    private final SeleniumLog seleniumLog = new SeleniumLog();

    @BeforeEach
    void cleanSlate() {
        clock.reset();
        fcm.reset();
        Database.clear(mongo);
        seleniumLog.start();
    }

    @AfterEach
    void closeBrowsers() {
        seleniumLog.stop();
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
    void the_worker_app_books_a_seat_waitlists_the_next_worker_and_a_cancellation_promotes_them() {
        // the people and the bus, through the services: one seat, two workers from 玉林 it is for
        StaffUser official = users.createIfAbsent(new NewUser("browser.official", "password-1", "周工作人员",
                Set.of(Role.OFFICIAL), null)).orElseThrow();
        StaffUser reviewer = users.createIfAbsent(new NewUser("browser.reviewer", "password-1", "吴审核员",
                Set.of(Role.REVIEWER), null)).orElseThrow();
        String phoneA = TestData.phone();
        String phoneB = TestData.phone();
        String workerA = worker(phoneA, "工人甲");
        String workerB = worker(phoneB, "工人乙");
        devices.register(workerB, "browser-test-install-b",
                new DeviceRegistration(Platform.ANDROID, B_TOKEN, "zh-CN", "1.0.0"));

        Notice draft = notices.create(new NoticeDraft(NoticeType.RETURN_BUS,
                LocalizedText.of(BUS_TITLE, "Yulin–Zhanjiang return bus"),
                LocalizedText.of("点对点接送，免费乘坐。", "Door to door, free of charge."),
                Audience.filter(List.of("广西壮族自治区"), List.of("玉林市"), null, null, null, null, null),
                ResponseKind.SEAT_BOOKING, null, null, null, null,
                new ReturnBus(new Place("广西壮族自治区", "玉林市"), new Place("广东省", "湛江市"),
                        clock.instant().plus(Duration.ofDays(3)), 1, List.of("玉林汽车总站", PICKUP),
                        "出发前 14 天内无发热、咳嗽等症状", null),
                null, null), official.toActor());
        notices.submit(draft.id(), official.toActor());
        Notice published = notices.approve(draft.id(), "同意", reviewer.toActor());
        assertThat(published.status()).isEqualTo(NoticeStatus.PUBLISHED);
        String bus = published.id();
        await().atMost(WAIT)
                .until(() -> inbox.isDelivered(bus, workerA) && inbox.isDelivered(bus, workerB));

        WorkerBrowser a = open("a");
        WorkerBrowser b = open("b");
        try {
            seleniumLog.assertSeleniumManagerSkipped();

            // A books the only seat
            a.signIn(phoneA);
            By inboxItem = By.cssSelector("[data-testid=inbox-item][data-notice-id='" + bus + "']");
            assertThat(a.text(inboxItem)).contains(BUS_TITLE);
            assertThat(a.waitVisible(inboxItem).getDomAttribute("data-unread")).isEqualTo("true");
            a.openFromInbox(bus);
            assertThat(a.text(By.cssSelector("[data-testid=notice-title]"))).isEqualTo(BUS_TITLE);
            a.bookSeat(PICKUP);
            a.waitForResponseStatus("CONFIRMED");
            assertThat(a.text(By.cssSelector("[data-testid=response-panel] [data-testid=response-status]")))
                    .isEqualTo("已确认");
            assertThat(a.text(By.cssSelector("[data-testid=response-panel]"))).contains(PICKUP);

            // B finds the bus full and is first on the waitlist
            b.signIn(phoneB);
            b.openFromInbox(bus);
            b.bookSeat(PICKUP);
            b.waitForResponseStatus("WAITLISTED");
            assertThat(b.text(By.cssSelector("[data-testid=response-panel] [data-testid=response-status]")))
                    .isEqualTo("候补中 · 候补第 1 位");

            // A gives the seat up in "my responses", after confirming
            a.click(By.cssSelector("[data-testid=tab-responses]"));
            assertThat(a.text(By.cssSelector("[data-testid=response-item][data-status=CONFIRMED]"
                    + " [data-testid=response-notice-title]"))).isEqualTo(BUS_TITLE);
            a.click(By.cssSelector("[data-testid=response-item] [data-testid=cancel-response]"));
            a.waitVisible(By.cssSelector("[role=alertdialog]"));
            assertThat(a.text(By.cssSelector("[role=alertdialog]"))).contains("座位将让给候补的乘客");
            a.click(By.cssSelector("[data-testid=confirm-ok]"));
            a.waitVisible(By.cssSelector("[data-testid=response-item][data-status=CANCELLED]"));
            assertThat(a.text(By.cssSelector("[data-testid=response-item] [data-testid=response-status]")))
                    .isEqualTo("已取消");
            assertThat(a.text(By.cssSelector("[data-testid=responses-message]"))).isEqualTo("已取消。");
            a.assertAbsent(By.cssSelector("[data-testid=cancel-response]"));
            a.assertAbsent(By.cssSelector("[role=alertdialog]"));
            // and the server agrees
            a.reload();
            a.waitVisible(By.cssSelector("[data-testid=response-item][data-status=CANCELLED]"));

            // B, reloading the bus, has the seat now, and was told by push
            b.reload();
            b.waitForResponseStatus("CONFIRMED");
            assertThat(b.text(By.cssSelector("[data-testid=response-panel] [data-testid=response-status]")))
                    .isEqualTo("已确认");
            await().atMost(WAIT).until(() -> !fcm.received(m -> B_TOKEN.equals(m.token())
                    && bus.equals(m.noticeId()) && "DECISION".equals(m.kind())).isEmpty());

            a.assertNoScriptErrors();
            b.assertNoScriptErrors();
        } catch (RuntimeException | Error e) {
            for (WorkerBrowser browser : browsers) {
                browser.saveEvidence();
            }
            throw e;
        }
    }

    /** A worker from 玉林 living in 赤坎区, as they would have signed up and filled in their profile. */
    private String worker(String phone, String name) {
        String id = workers.findOrCreateByPhone(phone);
        workers.update(id, new ProfileUpdate(name, new Place("广西壮族自治区", "玉林市"), "赤坎区",
                List.of("manufacturing"), List.of("welding"), EmploymentStatus.SEEKING, null, "zh-CN", null));
        return id;
    }

    private WorkerBrowser open(String name) {
        WorkerBrowser browser = new WorkerBrowser(name, "http://127.0.0.1:" + port + "/app/");
        browsers.add(browser);
        return browser;
    }

    /**
     * One worker's phone: its own Chromium with a fresh profile (so its own localStorage and tokens),
     * its own chromedriver, and explicit waits for what the worker would look at.
     */
    private static final class WorkerBrowser {

        private final String name;
        private final String appUrl;
        private final Path profile;
        private final ChromeDriverService service;
        private final ChromeDriver driver;
        private final WebDriverWait wait;

        WorkerBrowser(String name, String appUrl) {
            this.name = name;
            this.appUrl = appUrl;
            try {
                profile = Files.createTempDirectory("fugong-chromium-" + name + "-");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
                    "--window-size=412,915", "--lang=zh-CN", "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
            service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver started = null;
            try {
                started = new ChromeDriver(service, options);
            } finally {
                if (started == null) {
                    service.stop();
                    deleteQuietly(profile);
                }
            }
            driver = started;
            wait = new WebDriverWait(driver, WAIT);
        }

        /** Signs in on /app/ with the phone's 11 digits and the test profile's fixed code; lands on the inbox. */
        void signIn(String phone) {
            driver.get(appUrl);
            WebElement phoneInput = waitVisible(By.cssSelector("[data-testid=phone-input]"));
            phoneInput.sendKeys(phone.replace("+86", ""));
            click(By.cssSelector("[data-testid=request-code]"));
            WebElement code = waitVisible(By.cssSelector("[data-testid=code-input]"));
            code.sendKeys(TEST_CODE);
            click(By.cssSelector("[data-testid=sign-in]"));
            wait.until(ExpectedConditions.urlContains("#/inbox"));
            waitVisible(By.cssSelector("[data-testid=tab-inbox]"));
        }

        void openFromInbox(String noticeId) {
            click(By.cssSelector("[data-testid=inbox-item][data-notice-id='" + noticeId + "']"));
            wait.until(ExpectedConditions.urlContains("#/notices/" + noticeId));
            waitVisible(By.cssSelector("[data-testid=notice][data-notice-id='" + noticeId + "']"));
        }

        /** Chooses the pickup point, declares their health and books. */
        void bookSeat(String pickup) {
            waitVisible(By.cssSelector("[data-testid=respond-form][data-kind=SEAT_BOOKING]"));
            new Select(waitVisible(By.cssSelector("[data-testid=respond-pickup-point]"))).selectByVisibleText(pickup);
            By declared = By.cssSelector("[data-testid=respond-health-declared]");
            click(declared);
            wait.until(ExpectedConditions.elementToBeSelected(declared));
            click(By.cssSelector("[data-testid=respond-submit]"));
        }

        void waitForResponseStatus(String status) {
            waitVisible(By.cssSelector("[data-testid=response-panel] [data-testid=response-status][data-status="
                    + status + "]"));
        }

        void reload() {
            driver.navigate().refresh();
        }

        WebElement waitVisible(By locator) {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        }

        String text(By locator) {
            return waitVisible(locator).getText().strip();
        }

        /** Brings the element into the middle of the (phone-sized) window, clear of the tab bar, and taps it. */
        void click(By locator) {
            WebElement element = waitVisible(locator);
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
        }

        void assertAbsent(By locator) {
            wait.until(ExpectedConditions.numberOfElementsToBe(locator, 0));
        }

        /** No uncaught script error nor failed load in the browser's console. */
        void assertNoScriptErrors() {
            List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogEntry::toString).toList();
            assertThat(severe).as("errors in %s's browser console", name).isEmpty();
        }

        /** A screenshot, the page and the console of this browser under target/, for a failure. */
        void saveEvidence() {
            try {
                Path dir = Files.createDirectories(Path.of("target", "browser-test"));
                File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                String page = driver.getCurrentUrl() + "\n\n"
                        + ((JavascriptExecutor) driver).executeScript("return document.documentElement.outerHTML");
                Files.writeString(dir.resolve(name + ".html"), page, StandardCharsets.UTF_8);
                StringBuilder console = new StringBuilder();
                driver.manage().logs().get(LogType.BROWSER).forEach(entry -> console.append(entry).append('\n'));
                Files.writeString(dir.resolve(name + "-console.log"), console, StandardCharsets.UTF_8);
            } catch (RuntimeException | IOException e) {
                System.err.println("could not save the evidence of browser " + name + ": " + e);
            }
        }

        void close() {
            try {
                driver.quit();
            } finally {
                service.stop();
                deleteQuietly(profile);
            }
        }

        private static void deleteQuietly(Path dir) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | RuntimeException e) {
                // a temp folder left behind is no reason to fail
            }
        }
    }

    /**
     * What Selenium logged about finding the driver: it must have skipped Selenium Manager (which could
     * download a driver or a browser) because the service names the driver, and Selenium Manager itself
     * must have said nothing, that is, never run. Also quiets Selenium's warning that it has no DevTools
     * bindings for this Chromium's version, which this test does not use.
     */
    private static final class SeleniumLog extends Handler {

        private static final Logger FINDER = Logger.getLogger("org.openqa.selenium.remote.service.DriverFinder");
        private static final Logger MANAGER = Logger.getLogger("org.openqa.selenium.manager");
        /** Warns that no DevTools (CDP) bindings match the browser: the test uses none, so it is noise. */
        private static final Logger CDP_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
        private final List<LogRecord> finder = new CopyOnWriteArrayList<>();
        private final List<LogRecord> manager = new CopyOnWriteArrayList<>();
        private Level finderLevel;
        private Level managerLevel;
        private Level cdpFinderLevel;

        void start() {
            finder.clear();
            manager.clear();
            finderLevel = FINDER.getLevel();
            managerLevel = MANAGER.getLevel();
            cdpFinderLevel = CDP_FINDER.getLevel();
            CDP_FINDER.setLevel(Level.SEVERE);
            setLevel(Level.ALL);
            FINDER.setLevel(Level.ALL);
            MANAGER.setLevel(Level.ALL);
            FINDER.addHandler(this);
            MANAGER.addHandler(this);
        }

        void stop() {
            FINDER.removeHandler(this);
            MANAGER.removeHandler(this);
            FINDER.setLevel(finderLevel);
            MANAGER.setLevel(managerLevel);
            CDP_FINDER.setLevel(cdpFinderLevel);
        }

        void assertSeleniumManagerSkipped() {
            assertThat(manager).as("Selenium Manager must never run").isEmpty();
            assertThat(finder).extracting(LogRecord::getMessage)
                    .anyMatch(message -> message.startsWith("Skipping Selenium Manager"));
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLoggerName() != null && record.getLoggerName().startsWith("org.openqa.selenium.manager")) {
                manager.add(record);
            } else {
                finder.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
