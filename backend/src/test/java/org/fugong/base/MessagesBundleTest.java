package org.fugong.base;

import fugong.testing.Bundles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese and English say the same things: both bundles hold the same keys with the same
 * placeholders, and every message key the backend's code uses exists in both.
 */
class MessagesBundleTest {

    /** A message key written as a literal in the code: {@code "error.…"} or {@code "push.…"}. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:error|push)\\.[A-Za-z0-9.\\-]*)\"");
    private static final Pattern ENTITY = Pattern.compile("new NotFoundException\\(\"([a-z]+)\"");

    private static Properties chinese;
    private static Properties english;
    private static String code;

    @BeforeAll
    static void load() throws IOException {
        chinese = Bundles.load("/messages.properties");
        english = Bundles.load("/messages_en.properties");
        Path sources = Path.of("src/main/java");
        assertThat(sources).as("the backend's sources, relative to the module").isDirectory();
        try (Stream<Path> files = Files.walk(sources)) {
            code = files.filter(p -> p.toString().endsWith(".java")).map(MessagesBundleTest::read)
                    .collect(Collectors.joining("\n"));
        }
    }

    @Test
    void both_languages_have_exactly_the_same_keys() {
        Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
        onlyChinese.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(chinese.stringPropertyNames());

        assertThat(onlyChinese).as("keys missing in messages_en.properties").isEmpty();
        assertThat(onlyEnglish).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void no_message_is_empty() {
        for (Properties bundle : new Properties[]{chinese, english}) {
            bundle.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
        }
    }

    @Test
    void both_languages_fill_in_the_same_placeholders() {
        assertThat(Bundles.placeholderDifferences(chinese, english)).isEmpty();
    }

    @Test
    void messages_with_placeholders_have_no_lone_apostrophes() {
        for (Properties bundle : new Properties[]{chinese, english}) {
            bundle.forEach((key, value) -> {
                String text = value.toString();
                if (!Bundles.placeholders(text).isEmpty()) {
                    assertThat(text.replace("''", "")).as(key + ": MessageFormat would swallow it").doesNotContain("'");
                }
            });
        }
    }

    @Test
    void every_message_key_the_code_uses_exists_in_both_languages() {
        Set<String> used = new TreeSet<>();
        Matcher matcher = KEY_LITERAL.matcher(code);
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        assertThat(used).as("the scan finds the keys").contains("error.required", "push.recall.title");

        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            if (key.endsWith(".")) {
                // a prefix the code completes, e.g. "push.decision.body." + decision
                if (!hasKeyStartingWith(chinese, key) || !hasKeyStartingWith(english, key)) {
                    missing.add(key + "*");
                }
            } else if (!chinese.containsKey(key) || !english.containsKey(key)) {
                missing.add(key);
            }
        }

        assertThat(missing).isEmpty();
    }

    @Test
    void every_kind_of_thing_that_can_be_missing_has_a_name() {
        Matcher matcher = ENTITY.matcher(code);
        Set<String> entities = new TreeSet<>();
        while (matcher.find()) {
            entities.add(matcher.group(1));
        }
        assertThat(entities).isNotEmpty();

        for (String entity : entities) {
            assertThat(chinese.containsKey("entity." + entity)).as("entity." + entity).isTrue();
            assertThat(english.containsKey("entity." + entity)).as("entity." + entity).isTrue();
        }
    }

    private static boolean hasKeyStartingWith(Properties bundle, String prefix) {
        return bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix) && k.length() > prefix.length());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
