package org.fugong.base;

import java.time.Duration;

/** Slow down: 429 with a {@code Retry-After} header. */
public class TooManyRequestsException extends FugongException {

    private final Duration retryAfter;

    public TooManyRequestsException(String code, Duration retryAfter) {
        super(code, Math.max(1, (retryAfter.toMillis() + 999) / 1000));
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    @Override
    public int status() {
        return 429;
    }
}
