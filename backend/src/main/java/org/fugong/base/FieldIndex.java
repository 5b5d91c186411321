package org.fugong.base;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A non-unique index on one top-level field for {@link KeyedMemoryBackend} (decision 74), where the
 * library keeps nothing for such an index and every query on the field reads the whole collection.
 * It serves the one question an audience asks: which documents may hold one of some strings in the
 * field (equal to one, or an array with one among its elements). For each string it keeps the
 * documents holding it in id order, with their positions, so that a query sorted by the id or bounded
 * by an id range (a push range's walk, the cut of an audience) reads only those documents, in order.
 *
 * <p>Like the library's placeholder for such an index it is sparse: a document is kept only when a
 * string could match it. A field holding a string is kept under that string, an array under each
 * string among its elements, and an array with anything else among them (a number, a document, an
 * array) among the documents every query looks at, since the library's matcher decides those. A
 * missing field, null, a number, a date, a document and the like never equal a string and are not
 * kept. The index answers a superset: the collection still matches the whole query on each document.
 * It is never used by the library itself ({@link #canHandle} is false), and ids of more than one kind
 * (which cannot be kept in one order) make it stop keeping anything for good.
 */
final class FieldIndex extends Index<Integer> {

    private static final Comparator<Object> BY_ID = IdOrder::compare;

    private final String field;
    private final Map<String, NavigableMap<Object, Integer>> byString = new HashMap<>();
    /** Documents whose field is an array holding something else than strings: read by every query. */
    private final NavigableMap<Object, Integer> undecided = new TreeMap<>(BY_ID);
    private Class<?> idClass;
    private boolean usable = true;
    private long count;

    FieldIndex(String name, List<IndexKey> keys) {
        // sparse, as the library's placeholder for an index it does not keep is
        super(name, keys, true);
        if (keys.size() != 1 || !servable(keys.get(0).getKey())) {
            throw new IllegalArgumentException("one top-level field only: " + keys);
        }
        this.field = keys.get(0).getKey();
    }

    /** Whether an index on this field alone can be kept here: a top-level field other than the id. */
    static boolean servable(String field) {
        return !field.isEmpty() && field.indexOf('.') < 0 && !field.startsWith("$") && !field.equals("_id");
    }

    String field() {
        return field;
    }

    boolean usable() {
        return usable;
    }

    // ---------------------------------------------------------------------------------- the library's calls

    @Override
    public Integer getPosition(Document document) {
        return null; // never a single document's position: the index is not unique
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Integer> collection) {
        // nothing is refused: the index is not unique
    }

    @Override
    public synchronized void add(Document document, Integer position, MongoCollection<Integer> collection) {
        if (!usable) {
            return;
        }
        Keys keys = keys(document.get(field));
        if (keys.none()) {
            return;
        }
        Object id = document.get("_id");
        if (!IdOrder.orderable(id) || idClass != null && idClass != id.getClass()) {
            // one order holds ids of one kind: from here on the collection reads as the library does
            stop();
            return;
        }
        idClass = id.getClass();
        if (keys.undecided()) {
            undecided.put(id, position);
        } else {
            for (String string : keys.strings()) {
                byString.computeIfAbsent(string, s -> new TreeMap<>(BY_ID)).put(id, position);
            }
        }
        count++;
    }

    @Override
    public synchronized Integer remove(Document document) {
        if (!usable) {
            return null;
        }
        Keys keys = keys(document.get(field));
        Object id = document.get("_id");
        if (keys.none() || id == null || id.getClass() != idClass) {
            return null;
        }
        Integer position = null;
        if (keys.undecided()) {
            position = undecided.remove(id);
        } else {
            for (String string : keys.strings()) {
                NavigableMap<Object, Integer> kept = byString.get(string);
                Integer was = kept == null ? null : kept.remove(id);
                if (kept != null && kept.isEmpty()) {
                    byString.remove(string); // only this string's map: an index may hold many strings
                }
                position = position == null ? was : position;
            }
        }
        if (position != null) {
            count--;
        }
        return position;
    }

    @Override
    public boolean canHandle(Document query) {
        return false; // the collection asks this index itself (candidates), the library never does
    }

    @Override
    public Iterable<Integer> getPositions(Document query) {
        throw new UnsupportedOperationException("asked through candidates()");
    }

    @Override
    public synchronized long getCount() {
        return count;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Integer> collection) {
        // nothing is refused: the index is not unique
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Integer position,
                                           MongoCollection<Integer> collection) {
        if (!usable || keys(oldDocument.get(field)).equals(keys(newDocument.get(field)))) {
            return;
        }
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    @Override
    public synchronized void drop() {
        byString.clear();
        undecided.clear();
        count = 0;
    }

    private void stop() {
        drop();
        usable = false;
    }

    // ------------------------------------------------------------------------------------ the collection's calls

    /**
     * How many documents a query for these strings would read: the documents kept under each string and
     * the undecided ones (an upper bound; a document holding two of them counts twice).
     */
    synchronized long estimate(Set<String> strings) {
        long size = undecided.size();
        for (String string : strings) {
            NavigableMap<Object, Integer> kept = byString.get(string);
            size += kept == null ? 0 : kept.size();
        }
        return size;
    }

    /**
     * The positions of the documents that may hold one of the strings, within the query's id bounds when
     * it sets them, each once and in id order ({@code descending}: the reverse): a superset of the
     * documents the query matches. Read under the collection's lock, as the documents are.
     */
    synchronized Stream<Integer> candidates(Set<String> strings, Document query, boolean descending) {
        IdOrder.Range range = IdOrder.range(query, idClass);
        List<NavigableMap<Object, Integer>> sources = new ArrayList<>();
        for (String string : strings) {
            NavigableMap<Object, Integer> kept = byString.get(string);
            if (kept != null) {
                sources.add(within(kept, range, descending));
            }
        }
        if (!undecided.isEmpty()) {
            sources.add(within(undecided, range, descending));
        }
        if (sources.isEmpty()) {
            return Stream.empty();
        }
        if (sources.size() == 1) {
            return sources.get(0).values().stream();
        }
        Iterator<Integer> merged = new Merge(sources, descending ? BY_ID.reversed() : BY_ID);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(merged, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static NavigableMap<Object, Integer> within(NavigableMap<Object, Integer> map, IdOrder.Range range,
                                                        boolean descending) {
        NavigableMap<Object, Integer> bounded = range == null ? map : range.within(map);
        return descending ? bounded.descendingMap() : bounded;
    }

    /** Sorted maps merged by their keys into one run of values, a key met in several maps once. */
    private static final class Merge implements Iterator<Integer> {
        private final PriorityQueue<Head> heads;
        private final Comparator<Object> order;
        private Object lastId;
        private Integer next;

        Merge(List<NavigableMap<Object, Integer>> sources, Comparator<Object> order) {
            this.order = order;
            this.heads = new PriorityQueue<>(sources.size(), (a, b) -> order.compare(a.entry.getKey(), b.entry.getKey()));
            for (NavigableMap<Object, Integer> source : sources) {
                Iterator<Map.Entry<Object, Integer>> entries = source.entrySet().iterator();
                if (entries.hasNext()) {
                    heads.add(new Head(entries.next(), entries));
                }
            }
            advance();
        }

        private void advance() {
            next = null;
            while (next == null && !heads.isEmpty()) {
                Head head = heads.poll();
                Map.Entry<Object, Integer> entry = head.entry;
                if (lastId == null || order.compare(entry.getKey(), lastId) != 0) {
                    lastId = entry.getKey();
                    next = entry.getValue();
                }
                if (head.rest.hasNext()) {
                    heads.add(new Head(head.rest.next(), head.rest));
                }
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Integer next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Integer current = next;
            advance();
            return current;
        }

        private record Head(Map.Entry<Object, Integer> entry, Iterator<Map.Entry<Object, Integer>> rest) {
        }
    }

    // ------------------------------------------------------------------------------------------------ keys

    /** Where a field's value is kept: under which strings, or among the undecided documents, or nowhere. */
    private record Keys(Set<String> strings, boolean undecided) {
        static final Keys NONE = new Keys(Set.of(), false);

        boolean none() {
            return strings.isEmpty() && !undecided;
        }
    }

    private static Keys keys(Object value) {
        if (value instanceof String string) {
            return new Keys(Set.of(string), false);
        }
        if (value instanceof Collection<?> elements) {
            Set<String> strings = new LinkedHashSet<>();
            for (Object element : elements) {
                if (!(element instanceof String string)) {
                    return new Keys(Set.of(), true);
                }
                strings.add(string);
            }
            return strings.isEmpty() ? Keys.NONE : new Keys(Collections.unmodifiableSet(strings), false);
        }
        return Keys.NONE; // missing, null, numbers, dates, ids, booleans, documents: never equal to a string
    }
}
