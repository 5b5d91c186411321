package org.fugong.base;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An update of one document by id that only raises or lowers dates ({@code $max}/{@code $min} on
 * paths through sub-documents), the shape of every inbox write of a fan-out. The library applies it by
 * deep-copying the document, splitting each path with a regular expression at every level, running
 * the general field-update machinery and comparing whole documents; here the paths are split once and
 * the changed sub-documents are copied along the path (nothing another reader holds is changed in
 * place). Anything else (another operator, a path into an array or through a value that is not a
 * sub-document, a value that is not a date, a path an index reads) answers {@link #NOT_MINE} and
 * takes the library's way, which also gives its errors.
 */
final class DateBoundUpdate {

    /** The result that sends an update back to the library. */
    static final Object NOT_MINE = new Object();

    /**
     * Paths already split, by key. A fan-out writes one path (its notice's entry) into every bucket it
     * reaches: splitting it once spares a regular expression per update, and every bucket's entry is
     * stored under the same strings instead of three new ones per worker (they stay in the heap as
     * long as the entry does). Emptied when it grows past {@link #MAX_PATHS}.
     */
    private static final Map<String, List<String>> PATHS = new ConcurrentHashMap<>();
    private static final int MAX_PATHS = 4096;
    /** A key whose path is the library's (positional, array or malformed). */
    private static final List<String> LIBRARY_PATH = List.of();

    private record Bound(List<String> path, Instant value, boolean max) {
    }

    private final Object id;
    private final List<Bound> bounds;

    private DateBoundUpdate(Object id, List<Bound> bounds) {
        this.id = id;
        this.bounds = bounds;
    }

    Object id() {
        return id;
    }

    /** The update as date bounds, or null when it has another shape. */
    static DateBoundUpdate of(Document selector, Document update, String idField) {
        if (idField == null || selector.size() != 1 || !selector.containsKey(idField)) {
            return null;
        }
        Object id = selector.get(idField);
        if (!(id instanceof String || id instanceof de.bwaldvogel.mongo.bson.ObjectId)) {
            return null;
        }
        List<Bound> bounds = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String operator : update.keySet()) {
            boolean max = operator.equals("$max");
            if (!max && !operator.equals("$min") || !(update.get(operator) instanceof Document fields)) {
                return null;
            }
            for (String key : fields.keySet()) {
                List<String> path = path(key, idField);
                if (path == null || !(fields.get(key) instanceof Instant value) || overlaps(key, seen)) {
                    return null;
                }
                seen.add(key);
                bounds.add(new Bound(path, value, max));
            }
        }
        return bounds.isEmpty() ? null : new DateBoundUpdate(id, bounds);
    }

    /** True when no index reads a top-level field this update writes (so no index changes). */
    boolean leavesIndexesAlone(List<? extends Index<?>> indexes) {
        for (Index<?> index : indexes) {
            for (IndexKey key : index.getKeys()) {
                String path = key.getKey();
                String top = path.indexOf('.') < 0 ? path : path.substring(0, path.indexOf('.'));
                if (bounds.stream().anyMatch(b -> b.path().get(0).equals(top))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Applies the bounds to a stored document: {@link Boolean#TRUE} when it changed, {@link Boolean#FALSE}
     * when every date already satisfied its bound, {@link #NOT_MINE} (and the document untouched) when
     * a path does not run through sub-documents to a date or to nothing.
     */
    Object applyTo(Document document) {
        List<Bound> changing = new ArrayList<>();
        for (Bound bound : bounds) {
            Object current = current(document, bound.path());
            if (current == NOT_MINE) {
                return NOT_MINE;
            }
            if (current == null || moves(bound, (Instant) current)) {
                changing.add(bound);
            }
        }
        for (Bound bound : changing) {
            document.put(bound.path().get(0), with(document, bound.path(), 0, bound.value()));
        }
        return !changing.isEmpty();
    }

    /** A new document with the bounds' dates, for an upsert that found nothing. */
    Document fresh(String idField) {
        Document document = new Document(idField, id);
        bounds.forEach(b -> document.put(b.path().get(0), with(document, b.path(), 0, b.value())));
        return document;
    }

    private static boolean moves(Bound bound, Instant current) {
        int order = bound.value().compareTo(current);
        return bound.max() ? order > 0 : order < 0;
    }

    /** The date at the path, null when the path ends early (it will be created), or NOT_MINE. */
    private static Object current(Document document, List<String> path) {
        Document node = document;
        for (int i = 0; i < path.size(); i++) {
            String field = path.get(i);
            if (!node.containsKey(field)) {
                return null;
            }
            Object value = node.get(field);
            if (i == path.size() - 1) {
                return value instanceof Instant ? value : NOT_MINE;
            }
            if (!(value instanceof Document next)) {
                return NOT_MINE;
            }
            node = next;
        }
        return NOT_MINE;
    }

    /** The value for {@code path[i]} of {@code node}: a copy of the sub-document with the date set below it. */
    private static Object with(Document node, List<String> path, int i, Instant value) {
        if (i == path.size() - 1) {
            return value;
        }
        Object below = node == null ? null : node.get(path.get(i));
        Document copy = below instanceof Document existing ? new Document(existing) : new Document();
        copy.put(path.get(i + 1), with(copy, path, i + 1, value));
        return copy;
    }

    private static List<String> path(String key, String idField) {
        List<String> parts = PATHS.get(key);
        if (parts == null) {
            parts = split(key);
            if (PATHS.size() >= MAX_PATHS) {
                PATHS.clear();
            }
            PATHS.put(key, parts);
        }
        return parts == LIBRARY_PATH || parts.get(0).equals(idField) ? null : parts;
    }

    private static List<String> split(String key) {
        String[] parts = key.split("\\.", -1);
        for (String part : parts) {
            if (part.isEmpty() || part.startsWith("$") || part.chars().allMatch(Character::isDigit)) {
                return LIBRARY_PATH; // positional or array paths, and malformed ones, are the library's
            }
        }
        return List.of(parts);
    }

    private static boolean overlaps(String key, List<String> seen) {
        return seen.stream().anyMatch(s -> s.equals(key) || s.startsWith(key + ".") || key.startsWith(s + "."));
    }
}
