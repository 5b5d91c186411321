package org.fugong.base;

/** Missing, wrong or expired credentials: 401. */
public class UnauthenticatedException extends FugongException {

    public UnauthenticatedException(String code, Object... args) {
        super(code, args);
    }

    @Override
    public int status() {
        return 401;
    }
}
