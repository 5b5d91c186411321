package org.fugong.ui;

import fugong.testing.Database;
import fugong.testing.MutableClock;
import org.bson.Document;
import org.fugong.FugongApplication;
import org.fugong.base.Actor;
import org.fugong.base.Role;
import org.fugong.security.NewUser;
import org.fugong.security.StaffUser;
import org.fugong.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The console's sign-in in a real browser (Debian's Chromium): the console and the worker app run
 * under their Content-Security-Policy without a single violation in the browser's log; five wrong
 * passwords lock the user out and the login page says until when; a login POST without the CSRF
 * token is refused; a disabled user's open session is gone at the next request. Skipped like
 * {@link WorkerAppBrowserTest} where Chromium is missing (failing instead under CI).
 */
@SpringBootTest(classes = {FugongApplication.class, ConsoleTest.Clocks.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(WorkerAppBrowserTest.BrowserCondition.class)
class ConsoleSecurityBrowserTest {

    private static final Path CHROMIUM = Path.of(envOr("FUGONG_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(envOr("FUGONG_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MutableClock clock;
    @Autowired
    UserService users;

    private ChromeDriver driver;
    private ChromeDriverService service;
    private Path profile;
    private WebDriverWait wait;

    @BeforeAll
    static void browserInstalled() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("the console browser test needs chromium and chromedriver; FUGONG_REQUIRE_BROWSER=true");
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        clock.reset();
        Database.clear(mongo);
        profile = Files.createTempDirectory("fugong-console-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
                "--window-size=1440,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT);
    }

    @AfterEach
    void closeBrowser() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | RuntimeException e) {
                // a temp folder left behind is no reason to fail
            }
        }
    }

    @Test
    void the_console_and_the_worker_app_run_under_their_content_security_policy_without_a_violation() throws Exception {
        staff("csp.official", Role.OFFICIAL);

        signIn("csp.official", "password-1");
        wait.until(ExpectedConditions.urlContains("/dashboard"));
        waitVisible(By.id("dashboard-sign-in-codes"));
        driver.get(base() + "/notices");
        waitVisible(By.tagName("vaadin-grid"));
        driver.get(base() + "/app/");
        waitVisible(By.cssSelector("[data-testid=phone-input]"));

        assertThat(violations()).as("CSP violations in the browser's log").isEmpty();
        HttpClient http = HttpClient.newHttpClient();
        String console = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("Content-Security-Policy").orElse("");
        String app = http.send(HttpRequest.newBuilder(URI.create(base() + "/app/")).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(console).contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(app).contains("script-src 'self';").doesNotContain("unsafe-eval")
                .doesNotContain("googleapis").as("web push is off by default");
    }

    @Test
    void five_wrong_passwords_lock_the_user_out_and_the_login_page_says_until_when() {
        staff("lock.official", Role.OFFICIAL);

        for (int i = 0; i < 5; i++) {
            signIn("lock.official", "wrong-password-" + i);
            wait.until(ExpectedConditions.urlContains("error"));
        }
        // in the browser's language: either is the same message
        assertThat(loginError()).matches("(暂时不能登录.*分钟.*|Signing in is paused.*Try again after.*min.*)");
        signIn("lock.official", "password-1");
        wait.until(ExpectedConditions.urlContains("error"));

        assertThat(loginError()).as("even the right password waits out the lock").matches("(暂时不能登录|Signing in is paused).*");
        assertThat(audit("lock.official", "signin.failed")).isEqualTo(5);
        assertThat(audit("lock.official", "signin.locked")).isEqualTo(1);
        clock.advance(Duration.ofMinutes(2));
        signIn("lock.official", "password-1");
        wait.until(ExpectedConditions.urlContains("/dashboard"));
        assertThat(audit("lock.official", "signin.succeeded")).isEqualTo(1);
    }

    @Test
    void a_login_post_without_the_csrf_token_is_refused_and_with_it_signs_in_with_a_strict_cookie() throws Exception {
        staff("csrf.official", Role.OFFICIAL);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = "username=csrf.official&password=password-1";

        HttpResponse<String> forged = http.send(post(form), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a plain POST /login").isEqualTo(403);
        assertThat(audit("csrf.official", "signin.succeeded")).isZero();

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the login page carries the CSRF token").isTrue();
        HttpResponse<String> signedIn = http.send(post(form + "&_csrf=" + URLEncoder.encode(token.group(1),
                StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(audit("csrf.official", "signin.succeeded")).isEqualTo(1);
    }

    @Test
    void an_unknown_api_path_is_a_problem_detail_not_the_consoles_page() throws Exception {
        staff("api.official", Role.OFFICIAL);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/admin/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"api.official\",\"password\":\"password-1\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String bearer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(token.body()).path("accessToken").asText();

        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/admin/no/such/thing"))
                .header("Authorization", "Bearer " + bearer).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(unknown.body()).contains("There is nothing at this address.").doesNotContain("<html");
    }

    @Test
    void a_disabled_users_open_session_is_gone_at_the_next_request() {
        StaffUser admin = staff("session.admin", Role.ADMIN);
        StaffUser official = staff("session.official", Role.OFFICIAL);
        signIn("session.official", "password-1");
        wait.until(ExpectedConditions.urlContains("/dashboard"));

        users.setEnabled(official.id(), false, admin.toActor());
        driver.get(base() + "/notices");

        wait.until(ExpectedConditions.urlContains("/login"));
        waitVisible(By.tagName("vaadin-login-form"));
    }

    private StaffUser staff(String username, Role role) {
        return users.createIfAbsent(new NewUser(username, "password-1", username, Set.of(role), null)).orElseThrow();
    }

    private void signIn(String username, String password) {
        driver.get(base() + "/login");
        WebElement name = waitVisible(By.cssSelector("#vaadinLoginUsername input"));
        name.clear();
        name.sendKeys(username);
        WebElement secret = waitVisible(By.cssSelector("#vaadinLoginPassword input"));
        secret.clear();
        secret.sendKeys(password, Keys.ENTER);
    }

    /** The error the login form shows (its title and message), or "" when it shows none. */
    private String loginError() {
        waitVisible(By.tagName("vaadin-login-form"));
        return (String) driver.executeScript("const form = document.querySelector('vaadin-login-form');"
                + " return form.error ? form.i18n.errorMessage.title + ' ' + form.i18n.errorMessage.message : '';");
    }

    private long audit(String username, String action) {
        return mongo.getCollection("auditLog").countDocuments(new Document("actorName", username).append("action", action));
    }

    private HttpRequest post(String form) {
        return HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private List<String> violations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    private WebElement waitVisible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
