package org.fugong.ui;

import org.fugong.base.NoticeType;
import org.fugong.base.Role;
import org.fugong.notice.Applicant;
import org.fugong.notice.AttendanceMode;
import org.fugong.notice.Benefit;
import org.fugong.notice.NoticeStatus;
import org.fugong.notice.ResponseKind;
import org.fugong.response.ResponseStatus;
import org.fugong.worker.EmploymentStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every console text exists in Chinese and in English, and every key the code uses is there. */
class TranslationsTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("(?:getTranslation\\(|title = )\"([a-zA-Z][\\w.]*[\\w])\"");

    @Test
    void chinese_and_english_have_the_same_keys() throws IOException {
        assertThat(keys("translations_en.properties")).isEqualTo(keys("translations.properties"));
    }

    @Test
    void every_key_the_console_uses_is_translated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).as("keys found in the sources").hasSizeGreaterThan(100);
        assertThat(keys("translations.properties")).containsAll(used);
    }

    @Test
    void every_value_of_every_enum_the_console_shows_has_a_label() throws IOException {
        Set<String> keys = keys("translations.properties");
        Map<String, Enum<?>[]> labelled = Map.of(
                "type.", NoticeType.values(), "status.", NoticeStatus.values(), "kind.", ResponseKind.values(),
                "mode.", AttendanceMode.values(), "benefit.", Benefit.values(), "applicant.", Applicant.values(),
                "employment.", EmploymentStatus.values(), "role.", Role.values(), "rstatus.", ResponseStatus.values());
        labelled.forEach((prefix, values) -> {
            for (Enum<?> value : values) {
                assertThat(keys).as("label of " + value).contains(prefix + value.name());
            }
        });
        for (ResponseStatus decision : Set.of(ResponseStatus.ACCEPTED, ResponseStatus.REJECTED, ResponseStatus.WAITLISTED)) {
            assertThat(keys).contains("decide." + decision.name());
        }
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
