package org.fugong.base;

/** More than Fugong takes in one request (an import file past its limits): 413. */
public class TooLargeException extends FugongException {

    public TooLargeException(String code, Object... args) {
        super(code, args);
    }

    @Override
    public int status() {
        return 413;
    }
}
