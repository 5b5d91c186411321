package org.fugong.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Demo and test settings never reach production: under the {@code prod} profile the app refuses to start. */
class ProductionGuardTest {

    @Test
    void a_fixed_sign_in_code_under_prod_stops_the_start() {
        MockEnvironment environment = prod().withProperty("fugong.auth.dev-otp", "123456");

        assertThatThrownBy(() -> new ProductionGuard(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fugong.auth.dev-otp");
    }

    @Test
    void demo_data_under_prod_stops_the_start() {
        MockEnvironment environment = prod().withProperty("fugong.demo", "true");

        assertThatThrownBy(() -> new ProductionGuard(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fugong.demo");
    }

    @Test
    void prod_without_demo_settings_starts() {
        assertThatCode(() -> new ProductionGuard(prod().withProperty("fugong.demo", "false"))).doesNotThrowAnyException();
    }

    @Test
    void outside_prod_the_demo_settings_are_allowed() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("fugong.auth.dev-otp", "123456").withProperty("fugong.demo", "true");
        environment.setActiveProfiles("dev");

        assertThatCode(() -> new ProductionGuard(environment)).doesNotThrowAnyException();
    }

    private static MockEnvironment prod() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        return environment;
    }
}
