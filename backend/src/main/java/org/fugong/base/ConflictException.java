package org.fugong.base;

/** A duplicate, a full bus or a thing in the wrong state: 409. */
public class ConflictException extends FugongException {

    public ConflictException(String code, Object... args) {
        super(code, args);
    }

    @Override
    public int status() {
        return 409;
    }
}
