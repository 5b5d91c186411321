package org.fugong.base;

/**
 * One slice of a console list: an optional search text, the order and the rows wanted (offset and
 * limit, as a lazy grid asks). The limit is capped at {@link #MAX_LIMIT}, so no call reads more than
 * a few screens of rows; the search text is trimmed and cut to {@link #MAX_SEARCH} characters.
 */
public record ListRequest<S extends Enum<S>>(String search, Sorting<S> sorting, int offset, int limit) {

    public static final int MAX_LIMIT = 500;
    public static final int MAX_SEARCH = 100;

    public ListRequest {
        search = Texts.trimToNull(search);
        if (search != null && search.length() > MAX_SEARCH) {
            search = search.substring(0, MAX_SEARCH);
        }
        if (sorting == null) {
            throw new IllegalArgumentException("a list needs an order");
        }
        offset = Math.max(0, offset);
        limit = Math.max(0, Math.min(MAX_LIMIT, limit));
    }

    public static <S extends Enum<S>> ListRequest<S> first(int limit, Sorting<S> sorting) {
        return new ListRequest<>(null, sorting, 0, limit);
    }

    public ListRequest<S> searching(String text) {
        return new ListRequest<>(text, sorting, offset, limit);
    }

    public boolean hasSearch() {
        return search != null;
    }
}
