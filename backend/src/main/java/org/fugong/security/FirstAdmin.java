package org.fugong.security;

import org.fugong.base.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * On an empty database, creates the first ADMIN, user {@code admin}, with
 * {@code fugong.admin.password}, or a random password printed once in the log.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserService users;
    private final String configuredPassword;

    FirstAdmin(UserService users, @Value("${fugong.admin.password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.findByUsername("admin").isPresent() || !users.isEmpty()) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        users.createIfAbsent(new NewUser("admin", password, "Administrator", Set.of(Role.ADMIN), null))
                .ifPresent(admin -> {
                    if (generated) {
                        log.warn("Created the first ADMIN: user 'admin', password '{}' (shown once; set fugong.admin.password to choose it)", password);
                    } else {
                        log.info("Created the first ADMIN: user 'admin' with the password from fugong.admin.password");
                    }
                });
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
