package org.fugong.base;

/** The caller is known but may not do this (e.g. approve their own notice): 403. */
public class NotAllowedException extends FugongException {

    public NotAllowedException(String code, Object... args) {
        super(code, args);
    }

    @Override
    public int status() {
        return 403;
    }
}
