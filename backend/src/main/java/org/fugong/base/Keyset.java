package org.fugong.base;

import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Keyset paging over a time field and the id, the order of every cursor-paged list by time: the
 * query of one page (what the caller filters, then only rows after the cursor, {@code limit + 1} of
 * them) and the page built from what it found. The cursor is the last row's time in epoch
 * milliseconds and its id, as {@link Cursor} has always written it, so cursors clients hold stay
 * valid.
 *
 * @param field     the time field the list sorts by ({@code createdAt}, {@code at})
 * @param direction newest first ({@code DESC}) or oldest first ({@code ASC}); ties go by id the same way
 */
public record Keyset(String field, Sort.Direction direction) {

    public static Keyset newestFirst(String field) {
        return new Keyset(field, Sort.Direction.DESC);
    }

    public static Keyset oldestFirst(String field) {
        return new Keyset(field, Sort.Direction.ASC);
    }

    /** The query of one page: the rows the filter wants after the cursor, in order, one more than the limit. */
    public Query query(Criteria filter, Paging paging) {
        Criteria criteria = paging.hasCursor() ? new Criteria().andOperator(filter, after(paging.cursor())) : filter;
        return new Query(criteria).with(sort()).limit(paging.limit() + 1);
    }

    /** The order of the list: the time field, then the id. */
    public Sort sort() {
        return Sort.by(new Sort.Order(direction, field), new Sort.Order(direction, "_id"));
    }

    /** A page of the rows {@link #query} found, with the cursor after its last row. */
    public <T> CursorPage<T> page(List<T> fetched, Paging paging, Function<T, Instant> timeOf, Function<T, String> idOf) {
        return CursorPage.of(fetched, paging.limit(),
                row -> Cursor.of(String.valueOf(timeOf.apply(row).toEpochMilli()), idOf.apply(row)));
    }

    private Criteria after(Cursor cursor) {
        Instant at = Instant.ofEpochMilli(cursor.longPart(0));
        ObjectId id = cursor.idPart(1);
        return direction == Sort.Direction.DESC
                ? new Criteria().orOperator(where(field).lt(at), new Criteria().andOperator(where(field).is(at), where("_id").lt(id)))
                : new Criteria().orOperator(where(field).gt(at), new Criteria().andOperator(where(field).is(at), where("_id").gt(id)));
    }
}
