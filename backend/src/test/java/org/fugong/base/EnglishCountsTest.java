package org.fugong.base;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English says "1 second" and "2 seconds": the messages that count something choose the noun's number
 * (MessageFormat's {@code choice}), and the counts stay plain digits where Chinese shows them so. Read
 * through the same bundles and {@link Messages} as the application.
 */
class EnglishCountsTest {

    private final Messages messages = new Messages(source());

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private String en(String code, Object... args) {
        return messages.get(code, Languages.ENGLISH, args);
    }

    private String zh(String code, Object... args) {
        return messages.get(code, Languages.CHINESE, args);
    }

    @Test
    void waits_and_tries_are_counted_in_the_singular_for_one() {
        assertThat(en("error.rate-limited", 1L)).isEqualTo("Too many requests; try again in 1 second.");
        assertThat(en("error.rate-limited", 90L)).isEqualTo("Too many requests; try again in 90 seconds.");
        assertThat(en("error.otp-budget", 86_400L)).isEqualTo(
                "The sign-in codes for today are used up; try again in 86,400 seconds (tomorrow).");
        assertThat(en("error.otp-too-soon", 1L)).endsWith("try again in 1 second.");
        assertThat(en("error.signin-locked", 1L)).endsWith("try again in 1 second.");
        assertThat(en("error.objection-rate-limited", 2L)).endsWith("try again in 2 seconds.");
        assertThat(en("error.otp-wrong", 4)).isEqualTo("Wrong code; 4 tries left.");
        assertThat(en("error.otp-wrong", 1)).isEqualTo("Wrong code; 1 try left.");
        assertThat(en("error.otp-wrong", 0)).isEqualTo("Wrong code; no tries left.");
        assertThat(zh("error.otp-wrong", 1)).isEqualTo("验证码错误，还可尝试 1 次。");
        assertThat(en("error.import-rejected", 1)).startsWith("1 line is wrong; no enterprise was imported.");
        assertThat(en("error.import-rejected", 3)).startsWith("3 lines are wrong;");
    }

    @Test
    void a_publicity_announcement_counts_enterprises_persons_and_working_days() {
        assertThat(en("publicity.announcement.body", "稳岗补贴", 1, 1L, "6,000.00", 1, "https://example.cn/p"))
                .startsWith("Under “稳岗补贴”, subsidies are to be paid to the 1 enterprise below, for 1 person, "
                        + "6,000.00 yuan in all. Anyone may object for 1 working day (public holidays not counted)");
        assertThat(en("publicity.announcement.body", "稳岗补贴", 12, 1234L, "1,234,000.00", 5, "https://example.cn/p"))
                .contains("the 12 enterprises below, for 1234 persons,", "object for 5 working days");
        assertThat(en("publicity.announcement.line", 1, "华达电子", 1L, "1,000.00")).isEqualTo("1. 华达电子, 1 person, 1,000.00 yuan");
        assertThat(en("publicity.announcement.line", 2, "华达电子", 0L, "0.00")).isEqualTo("2. 华达电子, 0 persons, 0.00 yuan");
        assertThat(zh("publicity.announcement.line", 2, "华达电子", 1234L, "1,234,000.00"))
                .as("a count stays plain digits").isEqualTo("2. 华达电子，1234人，1,234,000.00元");
    }
}
