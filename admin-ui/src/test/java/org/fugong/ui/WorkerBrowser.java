package org.fugong.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One worker's phone in {@link WorkerAppBrowserTest}: its own Chromium with a fresh profile (so its own
 * localStorage and tokens), its own chromedriver, and explicit waits for what the worker would look at.
 */
final class WorkerBrowser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TEST_CODE = "123456";

    private final String name;
    private final String appUrl;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    WorkerBrowser(String name, String appUrl, Path chromium, Path chromedriver) {
        this.name = name;
        this.appUrl = appUrl;
        try {
            profile = Files.createTempDirectory("fugong-chromium-" + name + "-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
                "--window-size=412,915", "--lang=zh-CN", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
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

    static By inboxItem(String noticeId) {
        return By.cssSelector("[data-testid=inbox-item][data-notice-id='" + noticeId + "']");
    }

    /** Back to the inbox and into a notice, as the worker taps it. */
    void openFromInbox(String noticeId) {
        if (!driver.getCurrentUrl().contains("#/inbox")) {
            click(By.cssSelector("[data-testid=tab-inbox]"));
        }
        click(inboxItem(noticeId));
        wait.until(ExpectedConditions.urlContains("#/notices/" + noticeId));
        waitVisible(By.cssSelector("[data-testid=notice][data-notice-id='" + noticeId + "']"));
    }

    /** RSVPs to the open job fair the one way it offers (already chosen). */
    void rsvp(String mode) {
        waitVisible(By.cssSelector("[data-testid=respond-form][data-kind=RSVP]"));
        By choice = By.cssSelector("[data-testid=respond-attendance-" + mode + "]");
        wait.until(ExpectedConditions.elementToBeSelected(choice));
        click(By.cssSelector("[data-testid=respond-submit]"));
    }

    void apply(String message, String expectedSalary) {
        waitVisible(By.cssSelector("[data-testid=respond-form][data-kind=APPLY]"));
        waitVisible(By.cssSelector("[data-testid=respond-message]")).sendKeys(message);
        waitVisible(By.cssSelector("[data-testid=respond-expected-salary]")).sendKeys(expectedSalary);
        click(By.cssSelector("[data-testid=respond-submit]"));
    }

    void applyForSubsidy(String note) {
        waitVisible(By.cssSelector("[data-testid=respond-form][data-kind=SUBSIDY_APPLICATION]"));
        waitVisible(By.cssSelector("[data-testid=respond-note]")).sendKeys(note);
        click(By.cssSelector("[data-testid=respond-submit]"));
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

    String responseStatus() {
        return text(By.cssSelector("[data-testid=response-panel] [data-testid=response-status]"));
    }

    /** Fills in where the worker is from and lives, and saves (the profile tab). */
    void completeProfile(String name, String province, String city, String district, String employment) {
        click(By.cssSelector("[data-testid=tab-profile]"));
        WebElement nameInput = waitVisible(By.cssSelector("[data-testid=profile-name]"));
        nameInput.clear();
        nameInput.sendKeys(name);
        new Select(waitVisible(By.cssSelector("[data-testid=profile-province]"))).selectByVisibleText(province);
        WebElement cityInput = waitVisible(By.cssSelector("[data-testid=profile-city]"));
        cityInput.clear();
        cityInput.sendKeys(city);
        WebElement districtInput = waitVisible(By.cssSelector("[data-testid=profile-district]"));
        districtInput.clear();
        districtInput.sendKeys(district);
        click(By.cssSelector("[data-testid=profile-employment-" + employment + "]"));
        click(By.cssSelector("[data-testid=profile-save]"));
        waitVisible(By.cssSelector("[data-testid=profile-saved]"));
    }

    /** What the screen says (its main part), as the worker reads it. */
    String screenText() {
        return text(By.cssSelector("main"));
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

    /** A script run in the page (the service worker's registration, say). */
    Object script(String script) {
        return driver.executeAsyncScript(script);
    }

    /** A screenshot, the page and the console of this browser under target/, for a failure. */
    void saveEvidence() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-test"));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
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

    @Override
    public void close() {
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
