package org.fugong.base;

import de.bwaldvogel.mongo.bson.Document;

import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * A memory collection's ids in order, with the position of each document, so that a query bounded
 * by an id range ({@code _id $gt/$gte/$lt/$lte}, at the top level or in a top-level {@code $and})
 * looks at the documents in that range instead of every document of the collection. It holds ids of
 * one class (strings or object ids); an id of another class makes the collection drop it for good and
 * scan as the library does.
 */
final class IdOrder {

    private static final Set<String> BOUNDS = Set.of("$gt", "$gte", "$lt", "$lte");

    private final NavigableMap<Object, Integer> positions = new TreeMap<>(IdOrder::compare);
    private Class<?> idClass;

    /**
     * Whether the query bounds the id with range operators only (at the top level or in a top-level
     * {@code $and}): the queries this order can narrow, and the only ones worth building it for.
     */
    static boolean boundsId(Document query) {
        if (isRange(query.get("_id"))) {
            return true;
        }
        return query.get("$and") instanceof List<?> all
                && all.stream().anyMatch(p -> p instanceof Document part && isRange(part.get("_id")));
    }

    private static boolean isRange(Object bound) {
        return bound instanceof Document operators && !operators.isEmpty() && BOUNDS.containsAll(operators.keySet());
    }

    /**
     * Remembers a document's id at its position; false when the id cannot be ordered with the others
     * (the collection then drops this order).
     */
    boolean add(Object id, Integer position) {
        if (!orderable(id) || idClass != null && idClass != id.getClass()) {
            return false;
        }
        idClass = id.getClass();
        positions.put(id, position);
        return true;
    }

    /** The kinds of ids kept in order: strings and object ids, compared as the library compares them. */
    static boolean orderable(Object id) {
        return id instanceof String || id instanceof de.bwaldvogel.mongo.bson.ObjectId;
    }

    void remove(Object id) {
        positions.remove(id);
    }

    /** 1 or -1 when a query's sort is by the id alone (ascending or descending), else 0. */
    static int byIdOnly(Document orderBy, String idField) {
        if (orderBy == null || orderBy.size() != 1 || !(orderBy.get(idField) instanceof Number direction)) {
            return 0;
        }
        return Integer.signum(direction.intValue());
    }

    /** Every position, in id order. */
    NavigableMap<Object, Integer> all() {
        return Collections.unmodifiableNavigableMap(positions);
    }

    /**
     * The positions of the documents whose id may satisfy the query's id bounds, in id order, or null
     * when the query has no id bound this order can serve (the caller then scans). The positions are a
     * superset of the matches: the caller still applies the whole query.
     */
    NavigableMap<Object, Integer> candidates(Document query) {
        Range range = range(query, idClass);
        return range == null ? null : range.within(positions);
    }

    /**
     * The tightest id bounds a query sets with values of the ids' class, or null when it sets none (or
     * one of another class, which this order cannot narrow).
     */
    static Range range(Document query, Class<?> idClass) {
        if (idClass == null) {
            return null;
        }
        Range range = new Range(idClass);
        return range.collect(query) && range.bounded() ? range : null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    /** The tightest id bounds of a query; a bound of another class than the ids makes it unusable. */
    static final class Range {
        private final Class<?> idClass;
        Object low;
        boolean lowInclusive;
        Object high;
        boolean highInclusive;

        private Range(Class<?> idClass) {
            this.idClass = idClass;
        }

        boolean bounded() {
            return low != null || high != null;
        }

        /** The part of a map keyed by ids of this class that lies within the bounds (a view). */
        <V> NavigableMap<Object, V> within(NavigableMap<Object, V> byId) {
            if (empty()) {
                return Collections.emptyNavigableMap();
            }
            if (low != null && high != null) {
                return byId.subMap(low, lowInclusive, high, highInclusive);
            }
            if (low != null) {
                return byId.tailMap(low, lowInclusive);
            }
            return high != null ? byId.headMap(high, highInclusive) : byId;
        }

        /** Whether no id can lie within the bounds. */
        boolean empty() {
            if (low == null || high == null) {
                return false;
            }
            int order = compare(low, high);
            return order > 0 || order == 0 && !(lowInclusive && highInclusive);
        }

        /** False when the query bounds the id in a way this order does not read (then nothing is narrowed). */
        boolean collect(Document query) {
            for (String key : query.keySet()) {
                Object value = query.get(key);
                if (key.equals("$and") && value instanceof List<?> all) {
                    for (Object each : all) {
                        if (each instanceof Document part && !collect(part)) {
                            return false;
                        }
                    }
                } else if (key.equals("_id") && value instanceof Document bound && isRange(bound)) {
                    for (String operator : bound.keySet()) {
                        if (!narrow(operator, bound.get(operator))) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        private boolean narrow(String operator, Object value) {
            if (value == null || value.getClass() != idClass) {
                return false;
            }
            boolean inclusive = operator.endsWith("e");
            if (operator.startsWith("$g")) {
                int order = low == null ? 1 : compare(value, low);
                if (order > 0 || order == 0 && !inclusive) {
                    low = value;
                    lowInclusive = inclusive;
                }
            } else {
                int order = high == null ? -1 : compare(value, high);
                if (order < 0 || order == 0 && !inclusive) {
                    high = value;
                    highInclusive = inclusive;
                }
            }
            return true;
        }
    }
}
