package org.fugong.base;

/** Not there, or not visible to the caller: 404. */
public class NotFoundException extends FugongException {

    public NotFoundException(String what, String id) {
        super("error.not-found", "#entity." + what, id);
    }

    @Override
    public int status() {
        return 404;
    }
}
