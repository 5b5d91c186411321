package org.fugong.base;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * How the services turn a {@link ListRequest} into a MongoDB query, the same way for every console
 * list: the list's sort key becomes one or more fields, {@code _id} breaks ties in the same
 * direction, and the slice is {@code skip}/{@code limit}. A search is a case-insensitive "contains"
 * over a few text fields, the text quoted so it is never a pattern.
 *
 * <p>On a real MongoDB each list's default order has an index; a search is an unanchored regular
 * expression and scans the filtered rows, which is fine for lists of thousands (notices, enterprises,
 * requests, users) and for one notice's responses. On the embedded server every query scans anyway.
 */
public final class ListQueries {

    private ListQueries() {
    }

    /**
     * The query for one slice.
     *
     * @param fields the document fields a sort key orders by, most significant first; a field written
     *               {@code -field} goes the other way (key enterprises first, then names A to Z)
     */
    public static <S extends Enum<S>> Query slice(Criteria criteria, ListRequest<S> request,
                                                  Function<S, List<String>> fields) {
        Sort.Direction direction = request.sorting().ascending() ? Sort.Direction.ASC : Sort.Direction.DESC;
        List<Sort.Order> orders = new ArrayList<>();
        for (String field : fields.apply(request.sorting().key())) {
            boolean reversed = field.startsWith("-");
            Sort.Direction own = reversed ? (direction.isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC) : direction;
            orders.add(new Sort.Order(own, reversed ? field.substring(1) : field));
        }
        orders.add(new Sort.Order(direction, "_id"));
        return new Query(criteria).with(Sort.by(orders)).skip(request.offset()).limit(request.limit());
    }

    /** Rows whose fields contain the text, ignoring case; {@code null} when there is no text. */
    public static Criteria contains(String text, String... fields) {
        if (text == null) {
            return null;
        }
        Pattern pattern = Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE);
        List<Criteria> any = new ArrayList<>();
        for (String field : fields) {
            any.add(where(field).regex(pattern));
        }
        return new Criteria().orOperator(any);
    }

    /** All of the criteria that are not null, as one. */
    public static Criteria allOf(List<Criteria> criteria) {
        List<Criteria> present = criteria.stream().filter(java.util.Objects::nonNull).toList();
        return present.isEmpty() ? new Criteria() : present.size() == 1 ? present.get(0) : new Criteria().andOperator(present);
    }
}
