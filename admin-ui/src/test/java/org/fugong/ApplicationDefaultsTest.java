package org.fugong;

import fugong.testing.MutableClock;
import org.fugong.base.Languages;
import org.fugong.base.Messages;
import org.fugong.ui.ConsoleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application keeps the backend's defaults beside its own settings: Chinese by default
 * whatever the server's locale, the API document limited to the API, indexes created by the code.
 */
class ApplicationDefaultsTest extends ConsoleTest {

    @Autowired
    Environment environment;

    @Autowired
    Messages messages;

    @Test
    void the_backend_defaults_apply_in_the_application() {
        assertThat(environment.getProperty("spring.messages.fallback-to-system-locale")).isEqualTo("false");
        assertThat(environment.getProperty("springdoc.paths-to-match")).isEqualTo("/api/**");
        assertThat(environment.getProperty("spring.data.mongodb.auto-index-creation")).isEqualTo("false");
        assertThat(environment.getProperty("fugong.city.name")).isEqualTo("湛江市");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(messages.get("error.required", Languages.CHINESE)).isEqualTo("必填。");
            assertThat(messages.get("error.required", Locale.forLanguageTag("fr"))).isEqualTo("必填。");
            assertThat(messages.get("error.required", Languages.ENGLISH)).isEqualTo("Required.");
        } finally {
            Locale.setDefault(before);
        }
        assertThat(clock).isInstanceOf(MutableClock.class);
    }
}
