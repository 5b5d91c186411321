package org.fugong.base;

import java.util.List;

/**
 * A failure the caller can act on: bad input, something missing, not allowed, or in the wrong state.
 * Carries a message key (bundle {@code messages}) so the API and the console can say it in the
 * caller's language; never a stack trace.
 */
public abstract class FugongException extends RuntimeException {

    private final String code;
    private final transient List<Object> args;

    protected FugongException(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    /** The HTTP status this failure maps to. */
    public abstract int status();
}
