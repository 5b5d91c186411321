package org.fugong.base;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * The plain shape of most queries the application scans with, matched without the library's general
 * matcher (decision 61): an AND of top-level fields equal to a string or {@code $in} a list of
 * strings (an audience: districts, statuses), and of object-id bounds ({@code $gt}, {@code $gte},
 * {@code $lt}, {@code $lte}; a push range). The library's matcher parses every key path and compares
 * through its general value comparator for every document it scans; splitting a 50k audience out of
 * 270k workers spent most of its time there.
 *
 * <p>A document is only answered here when the answer is certain: the field holds a string (or the
 * id an object id). A missing field, a null, an array, a number and so on leave the document to the
 * library's matcher, which then matches the whole query, so every answer is the library's.
 */
final class PlainQuery {

    /** The answer for one document. */
    enum Answer { YES, NO, LIBRARY }

    /**
     * The query of the scan in progress on one collection, in its plain shape: set by the collection
     * around its scan (under its lock), asked for each document the library's stream matches. Only
     * the very query object it was set for is answered here; any other goes to the library.
     */
    static final class Scan {
        private PlainQuery plain;
        private Document of;

        /** Runs a scan of {@code query} with its plain shape at hand for every document the scan matches. */
        <T> T around(Document query, Supplier<T> scan) {
            plain = of(query);
            of = plain == null ? null : query;
            try {
                return scan.get();
            } finally {
                plain = null;
                of = null;
            }
        }

        /** Whether the document matches: answered here when certain, else by {@code library}. */
        boolean matches(Document document, Document query, BiPredicate<Document, Document> library) {
            PlainQuery current = plain;
            Answer answer = current != null && query == of ? current.test(document) : Answer.LIBRARY;
            return answer == Answer.LIBRARY ? library.test(document, query) : answer == Answer.YES;
        }
    }

    private final Clause[] clauses;

    private PlainQuery(List<Clause> clauses) {
        this.clauses = clauses.toArray(new Clause[0]);
    }

    /** The query in the plain shape, or null when any part of it is outside it. */
    static PlainQuery of(Document query) {
        if (query == null) {
            return null;
        }
        List<Clause> clauses = new ArrayList<>();
        return collect(query, clauses) && !clauses.isEmpty() ? new PlainQuery(clauses) : null;
    }

    /**
     * The strings a query requires of top-level fields: for each field that a part of the query's
     * top-level AND (its own keys and its top-level {@code $and}) wants equal to a string ({@code f: s},
     * {@code $eq}) or {@code $in} a list of strings only, those strings (for a field asked twice, the
     * smaller list). Every document the query matches holds one of them in that field, or an array
     * with one among its elements; the other parts of the query are left out, so it is a necessary
     * condition only (decision 74).
     */
    static Map<String, Set<String>> requiredStrings(Document query) {
        Map<String, Set<String>> required = new HashMap<>();
        if (query != null) {
            require(query, required);
        }
        return required;
    }

    private static void require(Document query, Map<String, Set<String>> required) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.equals("$and") && value instanceof List<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Document document) {
                        require(document, required);
                    }
                }
                continue;
            }
            if (key.isEmpty() || key.startsWith("$") || key.indexOf('.') >= 0) {
                continue;
            }
            Set<String> strings = null;
            if (value instanceof String string) {
                strings = Set.of(string);
            } else if (value instanceof Document operators) {
                if (operators.get("$in") instanceof Collection<?> values) {
                    strings = onlyStrings(values);
                } else if (operators.get("$eq") instanceof String string) {
                    strings = Set.of(string);
                }
            }
            if (strings != null) {
                Set<String> before = required.get(key);
                if (before == null || strings.size() < before.size()) {
                    required.put(key, strings);
                }
            }
        }
    }

    /** The values as strings, or null when one of them is not a string. */
    private static Set<String> onlyStrings(Collection<?> values) {
        Set<String> strings = new HashSet<>();
        for (Object value : values) {
            if (!(value instanceof String string)) {
                return null;
            }
            strings.add(string);
        }
        return strings;
    }

    Answer test(Document document) {
        boolean sure = true;
        for (Clause clause : clauses) {
            Answer answer = clause.test(document.get(clause.field()));
            if (answer == Answer.NO) {
                // one clause of an AND that certainly fails: the whole query fails, whatever the others say
                return Answer.NO;
            }
            sure &= answer == Answer.YES;
        }
        return sure ? Answer.YES : Answer.LIBRARY;
    }

    private static boolean collect(Document query, List<Clause> clauses) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.equals("$and")) {
                if (!(value instanceof List<?> parts) || parts.isEmpty()) {
                    return false;
                }
                for (Object part : parts) {
                    if (!(part instanceof Document document) || !collect(document, clauses)) {
                        return false;
                    }
                }
            } else if (key.isEmpty() || key.startsWith("$") || key.indexOf('.') >= 0) {
                return false;
            } else if (value instanceof String string) {
                clauses.add(new StringIn(key, Set.of(string)));
            } else if (value instanceof Document operators && !operators.isEmpty()) {
                if (!collectOperators(key, operators, clauses)) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean collectOperators(String field, Document operators, List<Clause> clauses) {
        if (operators.size() == 1 && operators.get("$in") instanceof Collection<?> values) {
            Set<String> strings = onlyStrings(values);
            if (strings == null) {
                return false;
            }
            clauses.add(new StringIn(field, strings));
            return true;
        }
        for (Map.Entry<String, Object> operator : operators.entrySet()) {
            if (!(operator.getValue() instanceof ObjectId bound)) {
                return false;
            }
            IdBound.Kind kind = switch (operator.getKey()) {
                case "$gt" -> IdBound.Kind.GT;
                case "$gte" -> IdBound.Kind.GTE;
                case "$lt" -> IdBound.Kind.LT;
                case "$lte" -> IdBound.Kind.LTE;
                default -> null;
            };
            if (kind == null) {
                return false;
            }
            clauses.add(new IdBound(field, kind, bound));
        }
        return true;
    }

    private interface Clause {
        String field();

        Answer test(Object value);
    }

    /** The field equals one of the strings. */
    private record StringIn(String field, Set<String> values) implements Clause {
        @Override
        public Answer test(Object value) {
            if (value instanceof String string) {
                return values.contains(string) ? Answer.YES : Answer.NO;
            }
            return Answer.LIBRARY;
        }
    }

    /** The field, an object id, is above or below a bound. */
    private record IdBound(String field, Kind kind, ObjectId bound) implements Clause {
        enum Kind { GT, GTE, LT, LTE }

        @Override
        public Answer test(Object value) {
            if (!(value instanceof ObjectId id)) {
                return Answer.LIBRARY;
            }
            int c = id.compareTo(bound);
            boolean holds = switch (kind) {
                case GT -> c > 0;
                case GTE -> c >= 0;
                case LT -> c < 0;
                case LTE -> c <= 0;
            };
            return holds ? Answer.YES : Answer.NO;
        }
    }
}
