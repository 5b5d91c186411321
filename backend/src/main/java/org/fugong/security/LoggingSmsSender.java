package org.fugong.security;

import org.fugong.base.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/** The default {@link SmsSender} where no SMS gateway is configured: logs the code for the operator. */
class LoggingSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    @Override
    public void sendSignInCode(String phone, String code, Duration validFor) {
        log.info("Sign-in code for {}: {} (valid {} s; no SMS gateway configured)", PhoneNumbers.mask(phone), code,
                validFor.toSeconds());
    }
}
