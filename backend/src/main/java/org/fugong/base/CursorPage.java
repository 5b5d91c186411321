package org.fugong.base;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** One page of a list and the cursor of the next page ({@code null} on the last page). */
public record CursorPage<T>(@Schema(requiredMode = REQUIRED) List<T> items, String nextCursor) {

    public CursorPage {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from {@code limit + 1} fetched rows: the extra row only tells that there is a next
     * page, whose cursor points after the last row shown.
     */
    public static <T> CursorPage<T> of(List<T> fetched, int limit, Function<T, Cursor> cursorOf) {
        if (fetched.size() > limit) {
            List<T> shown = fetched.subList(0, limit);
            return new CursorPage<>(shown, cursorOf.apply(shown.get(limit - 1)).encode());
        }
        return new CursorPage<>(fetched, null);
    }

    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return new CursorPage<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
