package org.fugong.security;

import org.springframework.security.authentication.LockedException;

import java.time.Instant;

/** Too many failed sign-ins for this user or from this address: try again at {@link #retryAt()}. */
public class SignInLockedException extends LockedException {

    private final transient Instant retryAt;

    SignInLockedException(Instant retryAt) {
        super("locked out until " + retryAt);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
