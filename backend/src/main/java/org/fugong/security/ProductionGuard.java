package org.fugong.security;

import org.fugong.base.ProductionRefusal;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to start under the {@code prod} profile with what production must not run with: a fixed
 * sign-in code, demo data, keys that are not configured (they would be generated per node), or no
 * SMS gateway (sign-in codes would only go to the log). Every problem is named at once.
 */
@Component
class ProductionGuard {

    private static final List<String> KEYS = List.of("fugong.security.token-secret", "fugong.security.data-key");

    ProductionGuard(Environment environment, SmsSender sms) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        String devOtp = environment.getProperty("fugong.auth.dev-otp");
        if (devOtp != null && !devOtp.isBlank()) {
            problems.add("fugong.auth.dev-otp is set");
            actions.add("Remove fugong.auth.dev-otp: every worker could sign in with it.");
        }
        if (environment.getProperty("fugong.demo", Boolean.class, false)) {
            problems.add("fugong.demo=true");
            actions.add("Remove fugong.demo: it seeds users with known passwords.");
        }
        for (String key : KEYS) {
            String value = environment.getProperty(key);
            if (value == null || value.isBlank()) {
                problems.add(key + " is not set");
                actions.add("Set " + key + " to a base64 key of 32 bytes or more (`openssl rand -base64 32`), the same on every node.");
            }
        }
        if (sms instanceof LoggingSmsSender) {
            problems.add("no SMS gateway is configured");
            actions.add("Provide a bean implementing org.fugong.security.SmsSender for the bureau's SMS gateway:"
                    + " without one, sign-in codes are only written to the development log.");
        }
        if (!problems.isEmpty()) {
            throw new ProductionRefusal(String.join("; ", problems), String.join("\n", actions));
        }
    }
}
