package org.fugong.security;

import org.fugong.base.ProductionRefusal;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Demo and test settings never reach production, and production has what it needs: under the
 * {@code prod} profile the app refuses to start, saying what is wrong and what to set.
 */
class ProductionGuardTest {

    private static final SmsSender GATEWAY = (phone, code, validFor) -> { };
    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    @Test
    void a_fixed_sign_in_code_under_prod_stops_the_start() {
        MockEnvironment environment = prod().withProperty("fugong.auth.dev-otp", "123456");

        assertThatThrownBy(() -> new ProductionGuard(environment, GATEWAY))
                .isInstanceOf(ProductionRefusal.class)
                .hasMessageContaining("fugong.auth.dev-otp");
    }

    @Test
    void demo_data_under_prod_stops_the_start() {
        MockEnvironment environment = prod().withProperty("fugong.demo", "true");

        assertThatThrownBy(() -> new ProductionGuard(environment, GATEWAY))
                .isInstanceOf(ProductionRefusal.class)
                .hasMessageContaining("fugong.demo");
    }

    @Test
    void prod_without_keys_and_without_an_sms_gateway_names_both_and_says_what_to_set() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> new ProductionGuard(environment, new LoggingSmsSender()))
                .isInstanceOf(ProductionRefusal.class)
                .hasMessageContaining("fugong.security.token-secret is not set")
                .hasMessageContaining("fugong.security.data-key is not set")
                .hasMessageContaining("no SMS gateway")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ProductionRefusal) e).action())
                        .contains("openssl rand -base64 32").contains("SmsSender"));
    }

    @Test
    void prod_with_keys_and_a_gateway_starts() {
        assertThatCode(() -> new ProductionGuard(prod().withProperty("fugong.demo", "false"), GATEWAY))
                .doesNotThrowAnyException();
    }

    @Test
    void outside_prod_the_demo_settings_and_the_development_sender_are_allowed() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("fugong.auth.dev-otp", "123456").withProperty("fugong.demo", "true");
        environment.setActiveProfiles("dev");

        assertThatCode(() -> new ProductionGuard(environment, new LoggingSmsSender())).doesNotThrowAnyException();
    }

    /** Under prod with both keys configured: only the setting under test is wrong. */
    private static MockEnvironment prod() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("fugong.security.token-secret", KEY).withProperty("fugong.security.data-key", KEY);
        environment.setActiveProfiles("prod");
        return environment;
    }
}
