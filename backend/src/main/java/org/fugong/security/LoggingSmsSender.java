package org.fugong.security;

import org.fugong.base.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * The development stand-in for an SMS gateway, used where no {@link SmsSender} bean is configured:
 * writes the code to the log for the developer. It is the only place a sign-in code is ever logged,
 * and {@link ProductionGuard} refuses to start under {@code prod} with it.
 */
class LoggingSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    @Override
    public void sendSignInCode(String phone, String code, Duration validFor) {
        log.info("Development SMS sender (no gateway configured): sign-in code for {} is {} (valid {} s)",
                PhoneNumbers.mask(phone), code, validFor.toSeconds());
    }
}
