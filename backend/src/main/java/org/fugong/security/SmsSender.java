package org.fugong.security;

/**
 * Sends a worker their sign-in code. Production plugs in the bureau's SMS gateway as a bean of this
 * type; without one, {@link LoggingSmsSender} writes the code to the log.
 */
public interface SmsSender {

    void sendSignInCode(String phone, String code, java.time.Duration validFor);
}
