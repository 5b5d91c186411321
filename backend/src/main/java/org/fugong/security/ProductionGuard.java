package org.fugong.security;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to start under the {@code prod} profile with settings that are only for demos and tests:
 * a fixed sign-in code or demo data.
 */
@Component
class ProductionGuard {

    ProductionGuard(Environment environment) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        String devOtp = environment.getProperty("fugong.auth.dev-otp");
        if (devOtp != null && !devOtp.isBlank()) {
            throw new IllegalStateException("fugong.auth.dev-otp is set under the prod profile: refusing to start");
        }
        if (environment.getProperty("fugong.demo", Boolean.class, false)) {
            throw new IllegalStateException("fugong.demo=true under the prod profile: refusing to start");
        }
    }
}
