package org.fugong.ui;

import fugong.testing.FakeFcmServer;
import org.fugong.FugongApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the browser tests share: the whole application on a random port, configured like the console
 * tests' (same clock, same fake FCM endpoint) and declared once here so Spring starts it once for all
 * of them; and Debian's Chromium and ChromeDriver ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver},
 * or {@code FUGONG_CHROMIUM} and {@code FUGONG_CHROMEDRIVER}). Nothing is downloaded. Where either is
 * missing the tests are skipped, unless {@code FUGONG_REQUIRE_BROWSER=true} (CI), where they fail.
 */
@SpringBootTest(classes = {FugongApplication.class, ConsoleTest.Clocks.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserTestSupport.BrowserCondition.class)
abstract class BrowserTestSupport {

    static final FakeFcmServer fcm = FakeFcmServer.shared();
    static final Path CHROMIUM = Path.of(envOr("FUGONG_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(envOr("FUGONG_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** Chromium's switches for a quiet headless run that never calls home. */
    static final List<String> QUIET = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
            "--disable-default-apps", "--disable-extensions", "--no-default-browser-check");

    @DynamicPropertySource
    static void fcmEndpoint(DynamicPropertyRegistry registry) {
        registry.add("fugong.push.fcm.endpoint", fcm::endpoint);
    }

    /** Where the browser must run (CI), a missing one fails the test rather than skipping it. */
    @BeforeAll
    static void browserInstalled() {
        String missing = missingBrowser();
        if (missing != null) {
            fail(missing + "; FUGONG_REQUIRE_BROWSER=true, so this is a failure rather than a skip");
        }
    }

    /** What is missing to run the browser, or null when chromium and chromedriver are both there. */
    static String missingBrowser() {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER)
                .filter(path -> !Files.isExecutable(path)).map(Path::toString).toList();
        return missing.isEmpty() ? null
                : "the browser tests need Debian's chromium and chromium-driver (apt-get install"
                + " chromium chromium-driver); missing: " + String.join(", ", missing);
    }

    static boolean browserRequired() {
        return "true".equalsIgnoreCase(System.getenv("FUGONG_REQUIRE_BROWSER"));
    }

    /**
     * Skips the test, before the application starts, where the browser is missing; unless it is
     * required, when {@link #browserInstalled()} fails it instead.
     */
    static final class BrowserCondition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String missing = missingBrowser();
            if (missing == null) {
                return ConditionEvaluationResult.enabled("chromium and chromedriver are installed");
            }
            if (browserRequired()) {
                return ConditionEvaluationResult.enabled("FUGONG_REQUIRE_BROWSER=true");
            }
            // surefire counts the skip but shows its reason only in the report: say it in the build log too
            System.err.println(context.getDisplayName() + " skipped: " + missing);
            return ConditionEvaluationResult.disabled(missing);
        }
    }

    static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
