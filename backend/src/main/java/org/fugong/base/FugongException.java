package org.fugong.base;

import java.util.Arrays;
import java.util.Collections;
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
        // an argument may be missing (null): the failure must still reach the caller, not become a 500
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
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
