package org.fugong.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Sign-in settings.
 *
 * @param devOtp          a fixed one-time code for demos and tests; refused under the {@code prod} profile
 * @param otpTtl          how long a code is valid
 * @param otpResendAfter  how long before the same phone can get another code
 * @param otpMaxAttempts  tries before a code is void
 * @param accessTokenTtl  lifetime of access tokens (workers and staff)
 * @param refreshTokenTtl lifetime of a worker's refresh token (each use rotates it)
 * @param passwordStrength BCrypt's log rounds for new console passwords (4–31); a stored hash keeps the
 *                        strength it was made with, so changing this never locks anyone out
 */
@ConfigurationProperties("fugong.auth")
public record AuthProperties(
        String devOtp,
        @DefaultValue("5m") Duration otpTtl,
        @DefaultValue("60s") Duration otpResendAfter,
        @DefaultValue("5") int otpMaxAttempts,
        @DefaultValue("1h") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("10") int passwordStrength) {

    public AuthProperties {
        if (passwordStrength < 4 || passwordStrength > 31) {
            throw new IllegalArgumentException("fugong.auth.password-strength must be between 4 and 31, not " + passwordStrength);
        }
    }
}
