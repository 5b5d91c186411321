package org.fugong.ui;

import fugong.testing.Database;
import fugong.testing.MutableClock;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.InboxService;
import org.fugong.notice.NoticeService;
import org.fugong.security.UserService;
import org.fugong.worker.DeviceService;
import org.fugong.worker.WorkerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every console page, as each role (ADMIN, OFFICIAL, REVIEWER, HR), in Debian's Chromium at a desk
 * (1440 px) and on a tablet (768 px): no error in the browser's console, no database id and no code
 * value in the text people read, the trip page's manifest no wider than the tablet, the staffing
 * chart drawn at a real size, the page for an unknown address inside the console with its menu; and
 * in English, no Chinese outside data. One application and one browser for all of it; with
 * {@code -Dfugong.screens=true} every page is also saved as a picture under {@code target/console-screens}.
 */
class ConsoleBrowserTest extends BrowserTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern DATABASE_ID = Pattern.compile("\\b[0-9a-f]{24}\\b");
    private static final Pattern CODE_VALUE = Pattern.compile("\\b[a-z]+_[a-z_]+\\b|\\b[A-Z]{2,}_[A-Z_]+\\b");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}+");
    private static final int DESK = 1440;
    private static final int TABLET = 768;
    private static ChromeDriver driver;
    private static ChromeDriverService service;
    private static Path profile;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MutableClock clock;

    private final List<String> problems = new ArrayList<>();

    @Test
    void every_page_as_every_role_at_desk_and_tablet_width_reads_clean_and_fits() {
        Tour tour = seed();
        browser();
        for (String role : List.of(Tour.ADMIN, Tour.OFFICIAL, Tour.REVIEWER, Tour.HR)) {
            signIn(role);
            for (int width : List.of(DESK, TABLET)) {
                driver.manage().window().setSize(new Dimension(width, 900));
                for (String page : tour.pages()) {
                    open(page);
                    String where = role + " " + width + "px " + page;
                    checkErrorsAndWords(where);
                    checkShape(where, page, tour, width);
                    screenshot("zh-" + role + "-" + width + "-" + page);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void in_english_no_page_shows_chinese_outside_data() {
        Tour tour = seed();
        browser();
        driver.manage().window().setSize(new Dimension(DESK, 900));
        for (String role : List.of(Tour.ADMIN, Tour.OFFICIAL, Tour.REVIEWER, Tour.HR)) {
            signIn(role);
            english();
            for (String page : tour.pages()) {
                open(page);
                String where = "en " + role + " " + page;
                checkErrorsAndWords(where);
                String rest = visibleText();
                for (String word : tour.data()) {
                    rest = rest.replace(word, " ");
                }
                var chinese = CHINESE.matcher(rest);
                if (chinese.find()) {
                    problems.add(where + ": Chinese outside data: " + chinese.group());
                }
                screenshot("en-" + role + "-" + page);
            }
        }
        assertThat(problems).isEmpty();
    }

    private Tour seed() {
        clock.reset();
        fcm.reset();
        Database.clear(mongo);
        ConsoleData people = new ConsoleData(context.getBean(UserService.class), context.getBean(EnterpriseService.class),
                context.getBean(WorkerService.class), context.getBean(DeviceService.class),
                context.getBean(NoticeService.class), context.getBean(InboxService.class));
        return Tour.build(people, context, clock);
    }

    private void checkErrorsAndWords(String where) {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER).getAll()) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add(where + ": browser error " + entry.getMessage());
            }
        }
        String text = visibleText();
        var id = DATABASE_ID.matcher(text);
        if (id.find()) {
            problems.add(where + ": database id " + id.group());
        }
        var code = CODE_VALUE.matcher(text);
        if (code.find()) {
            problems.add(where + ": code value " + code.group());
        }
        if (text.contains("!") && Pattern.compile("![a-z]+\\.[A-Za-z.]+").matcher(text).find()) {
            problems.add(where + ": missing translation");
        }
    }

    @SuppressWarnings("unchecked")
    private void checkShape(String where, String page, Tour tour, int width) {
        if (page.equals("buses/" + tour.bus.id()) && width == TABLET) {
            List<String> wide = (List<String>) driver.executeScript("""
                    const w = document.documentElement.clientWidth, wide = [];
                    for (const e of document.querySelectorAll('body *')) {
                      if (e.closest('[slot=drawer], vaadin-connection-indicator')) continue;
                      const r = e.getBoundingClientRect();
                      if (r.width > 0 && r.height > 0 && (r.right > w + 1 || r.left < -1)) {
                        let path = '';
                        for (let p = e; p && p !== document.body; p = p.parentElement) path = p.tagName.toLowerCase() + (p.id ? '#' + p.id : '') + (p.className && typeof p.className === 'string' ? '.' + p.className.split(' ')[0] : '') + ' > ' + path;
                        wide.push(path + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
                      }
                    }
                    if (document.documentElement.scrollWidth > w) wide.push('page ' + document.documentElement.scrollWidth);
                    return wide.slice(0, 10);""");
            if (!wide.isEmpty()) {
                problems.add(where + ": wider than the tablet: " + wide);
            }
            if (!driver.findElements(By.id("manifest-grid")).isEmpty()
                    && driver.findElements(By.cssSelector("#manifest-grid vaadin-button")).isEmpty()) {
                problems.add(where + ": no check-off button reachable");
            }
        }
        if (page.equals("enterprises/" + tour.factory.id()) && !driver.findElements(By.id("staffing-chart")).isEmpty()) {
            List<Number> size = (List<Number>) driver.executeScript(
                    "const r = document.querySelector('#staffing-chart svg').getBoundingClientRect(); return [r.width, r.height];");
            if (size.get(0).doubleValue() < 100 || size.get(1).doubleValue() < 50) {
                problems.add(where + ": staffing chart drawn at " + size);
            }
        }
        if (page.equals("no-such-page") && (driver.findElements(By.id("not-found")).isEmpty()
                || driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).isEmpty())) {
            problems.add(where + ": the not-found page lacks the menu");
        }
    }

    /** The page's words people read, without what is marked as written in Chinese (content, not the console's). */
    private String visibleText() {
        return (String) driver.executeScript("""
                let text = document.body.innerText;
                for (const chinese of document.body.querySelectorAll('[lang="zh-CN"]')) {
                  for (const line of chinese.innerText.split('\\n')) {
                    if (line.trim()) text = text.split(line).join(' ');
                  }
                }
                return text;""");
    }

    private void signIn(String username) {
        driver.manage().deleteAllCookies();
        driver.get(base() + "login");
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        name.sendKeys(username);
        WebElement password = driver.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys(ConsoleData.PASSWORD, Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("login"));
        ready();
    }

    /** Chooses English in the header's language switch, which reloads the page in English. */
    private void english() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("language-switch"))).click();
        WebElement english = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-select-list-box/vaadin-select-item[contains(., 'English')]")));
        driver.executeScript("arguments[0].click()", english);
        wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "const nav = document.querySelector('#main-nav'); return !!nav && nav.innerText.includes('Notices');")));
        ready();
    }

    private void open(String page) {
        driver.get(base() + page);
        ready();
    }

    /** Waits until Vaadin has drawn the page and has nothing left to do. */
    private void ready() {
        new WebDriverWait(driver, WAIT, Duration.ofMillis(50)).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.keys(clients).length > 0
                    && Object.values(clients).every(c => !c.isActive || !c.isActive())
                    && !!document.querySelector('vaadin-app-layout, vaadin-login-form');""")));
    }

    private String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    private static void screenshot(String name) {
        if (!Boolean.getBoolean("fugong.screens")) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of("target", "console-screens"));
            String file = name.replaceAll("[^A-Za-z0-9.-]+", "_");
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, dir.resolve(file + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Object scrolled = driver.executeScript("""
                    const layout = document.querySelector('vaadin-app-layout');
                    const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
                    const box = content && content.scrollHeight > content.clientHeight ? content : document.scrollingElement;
                    if (box.scrollHeight <= box.clientHeight + 50) return false;
                    box.scrollTop = box.scrollHeight; return true;""");
            if (Boolean.TRUE.equals(scrolled)) {
                Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(file + "-end.png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            System.err.println("no screenshot of " + name + ": " + e);
        }
    }

    /** One Chromium for the whole class, in Chinese (the console's default). */
    private static void browser() {
        if (driver != null) {
            return;
        }
        try {
            profile = Files.createTempDirectory("fugong-console-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(QUIET);
        options.addArguments("--window-size=1440,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            try {
                driver.quit();
            } finally {
                service.stop();
                driver = null;
            }
        }
    }
}
