package org.fugong.base;

/**
 * A request for one page of a cursor-paged list: {@code limit} 1–100 (default 20) and the opaque
 * cursor returned with the previous page, if any.
 */
public record Paging(int limit, Cursor cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static Paging first(int limit) {
        return new Paging(limit, null);
    }

    /** Validates what a client sent; a bad limit or a cursor that was not ours is a 400. */
    public static Paging of(Integer limit, String cursor) {
        int effective = limit == null ? DEFAULT_LIMIT : limit;
        if (effective < 1 || effective > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "error.limit", 1, MAX_LIMIT);
        }
        return new Paging(effective, cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor));
    }

    public boolean hasCursor() {
        return cursor != null;
    }
}
