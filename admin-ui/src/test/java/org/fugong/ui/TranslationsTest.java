package org.fugong.ui;

import fugong.testing.Bundles;
import org.fugong.base.Languages;
import org.fugong.base.NoticeType;
import org.fugong.base.Role;
import org.fugong.notice.Applicant;
import org.fugong.notice.AttendanceMode;
import org.fugong.notice.Benefit;
import org.fugong.notice.NoticeStatus;
import org.fugong.notice.ResponseKind;
import org.fugong.response.ResponseStatus;
import org.fugong.ui.base.ConsoleI18nProvider;
import org.fugong.worker.EmploymentStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
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

    @Test
    void both_languages_fill_in_the_same_placeholders() throws IOException {
        assertThat(Bundles.placeholderDifferences(bundle("translations.properties"), bundle("translations_en.properties")))
                .isEmpty();
    }

    @Test
    void english_counts_one_thing_in_the_singular() {
        ConsoleI18nProvider i18n = new ConsoleI18nProvider();
        java.util.Locale en = Languages.ENGLISH;
        assertThat(i18n.getTranslation("audience.count", en, 1L)).isEqualTo("Reaches 1 worker now");
        assertThat(i18n.getTranslation("audience.count", en, 12_000L)).isEqualTo("Reaches 12,000 workers now");
        assertThat(i18n.getTranslation("bulk.title.ACCEPTED", en, 1)).isEqualTo("Accept 1 response");
        assertThat(i18n.getTranslation("bulk.explain", en, 1)).startsWith("The response is decided one by one");
        assertThat(i18n.getTranslation("bulk.explain", en, 3)).startsWith("The 3 responses are decided one by one");
        assertThat(i18n.getTranslation("bus.change.sent", en, 1L)).isEqualTo("Changed; 1 passenger was told.");
        assertThat(i18n.getTranslation("bus.cancel.sent", en, 0L)).isEqualTo("The trip is cancelled; no passengers were told.");
        assertThat(i18n.getTranslation("bus.change.who", en, 2L, 1L)).contains("to 2 booked and 1 waitlisted passenger.");
        assertThat(i18n.getTranslation("enterprise.import.refused", en, 1)).startsWith("1 line is wrong;");
        assertThat(i18n.getTranslation("enterprise.imported", en, 1)).isEqualTo("Imported 1 enterprise.");
        assertThat(i18n.getTranslation("preview.test.sent", en, 1, 1)).isEqualTo("Test push sent to 1 of 1 device.");
        assertThat(i18n.getTranslation("publicity.preview", en, 1)).isEqualTo("It will list this enterprise:");
        assertThat(i18n.getTranslation("publicity.lines", en, 2)).isEqualTo("The list (2 enterprises)");
        assertThat(i18n.getTranslation("bulk.title.ACCEPTED", Languages.CHINESE, 1)).doesNotContain("{");
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(bundle(file).stringPropertyNames());
    }

    private static Properties bundle(String file) throws IOException {
        return Bundles.load("/vaadin-i18n/" + file);
    }
}
