package org.fugong.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The BCrypt strength is a setting: a change applies to new passwords and locks nobody out. */
class PasswordStrengthTest {

    @Test
    void a_password_stored_at_one_strength_still_signs_in_after_the_setting_changes() {
        String storedAtTen = new BCryptPasswordEncoder(10).encode("s3cret-pass");
        var encoder = new ApiSecurityConfiguration().passwordEncoder(settings(12));

        assertThat(encoder.matches("s3cret-pass", storedAtTen)).isTrue();
        assertThat(encoder.matches("wrong-pass", storedAtTen)).isFalse();
        assertThat(encoder.encode("s3cret-pass")).startsWith("$2a$12$");
    }

    @Test
    void a_strength_bcrypt_cannot_use_is_refused_at_start_up() {
        assertThatThrownBy(() -> settings(3)).hasMessageContaining("fugong.auth.password-strength");
        assertThatThrownBy(() -> settings(32)).hasMessageContaining("between 4 and 31");
    }

    private static AuthProperties settings(int strength) {
        return new AuthProperties(null, Duration.ofMinutes(5), Duration.ofSeconds(60), 5, Duration.ofHours(1),
                Duration.ofDays(30), strength);
    }
}
