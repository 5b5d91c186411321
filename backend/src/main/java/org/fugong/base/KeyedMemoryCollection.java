package org.fugong.base;

import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * A memory collection for {@link KeyedMemoryBackend} that spares the hot paths of a fan-out the
 * library's general machinery (decision 48):
 * <ul>
 * <li>a query bounded by an id range (a push range's walk of the workers) looks only at the documents
 * in that range, through {@link IdOrder}, built on the collection's first such query and kept since;
 * the library scans and matches every document of the collection for it. Sorted by the id alone, the
 * range is already in order and is not sorted again, and a query sorted by the id alone without a
 * range reads the whole collection in that order instead of matching it all and then sorting;</li>
 * <li>a query that needs one of some strings in a field with a non-unique index on it alone (an
 * audience's districts) reads only the documents that {@link FieldIndex} keeps under those strings,
 * within the query's id range and in id order (decision 74);</li>
 * <li>a query of the plain shape most scans have (strings equal or in a list, object-id bounds) is
 * matched by {@link PlainQuery} wherever its answer is certain, not by the library's general matcher
 * (decision 61);</li>
 * <li>an update by id that only raises or lowers dates in sub-documents (an inbox entry given by a
 * fan-out) is applied by {@link DateBoundUpdate} without deep copies and per-level path parsing.</li>
 * </ul>
 * Documents are stored with shared field names ({@link CanonicalKeys}). Readers get copies of the
 * documents' top level ({@link ReadSnapshots}). Every other query and update, and every error, is the
 * library's. It keeps no data size (collection statistics report 0 bytes): the library encoded every
 * inserted document and both versions of every updated one to keep it.
 */
final class KeyedMemoryCollection extends MemoryCollection {

    private IdOrder order;
    /** Ids of more than one kind were found: range queries scan, as the library does. */
    private boolean unorderable;
    private final ReadSnapshots snapshots = new ReadSnapshots();
    /** The query being matched by the scan in progress (under this collection's lock), in its plain shape. */
    private final PlainQuery.Scan plain = new PlainQuery.Scan();
    private final BiPredicate<Document, Document> libraryMatch = super::documentMatchesQuery;

    KeyedMemoryCollection(MemoryDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
        super(database, name, options, cursors);
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected synchronized Integer addDocumentInternal(Document document) {
        CanonicalKeys.share(document);
        Integer position = super.addDocumentInternal(document);
        if (order != null && !order.add(document.get(getIdField()), position)) {
            order = null;
            unorderable = true;
        }
        return position;
    }

    @Override
    protected synchronized void removeDocument(Integer position) {
        if (order != null) {
            order.remove(getDocument(position).get(getIdField()));
        }
        super.removeDocument(position);
    }

    @Override
    protected synchronized QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit,
                                                      int batchSize, Document fields) {
        // the query in its plain shape, if it has it, for every document this scan matches (decision 61)
        return plain.around(query, () -> scan(query, orderBy, skip, limit, batchSize, fields));
    }

    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        return plain.matches(document, query, libraryMatch);
    }

    private QueryResult scan(Document query, Document orderBy, int skip, int limit, int batchSize, Document fields) {
        boolean natural = orderBy != null && orderBy.containsKey("$natural");
        int byId = IdOrder.byIdOnly(orderBy, getIdField());
        if (!natural) {
            // an audience's strings through the index on their field, within the query's id range (decision 74)
            Stream<Integer> indexed = throughFieldIndex(query, byId < 0);
            if (indexed != null) {
                return fromPositions(indexed, query, orderBy, byId, skip, limit, batchSize, fields);
            }
        }
        NavigableMap<Object, Integer> range = natural ? null : inRange(query);
        if (range == null && !natural && byId != 0) {
            // sorted by the id alone with no id bound (a small audience's walk, the split of a big
            // one): the whole collection in id order, matched as it comes, instead of matched and sorted
            range = ordered() ? order.all() : null;
        }
        if (range == null) {
            return super.matchDocuments(query, orderBy, skip, limit, batchSize, fields);
        }
        return fromPositions((byId < 0 ? range.descendingMap() : range).values().stream(), query, orderBy, byId, skip,
                limit, batchSize, fields);
    }

    /**
     * Matches the documents at these positions, given in id order (the reverse when sorted by the id
     * descending): a superset of the query's matches, kept in the order the query asks for.
     */
    private QueryResult fromPositions(Stream<Integer> positions, Document query, Document orderBy, int byId, int skip,
                                      int limit, int batchSize, Document fields) {
        if (orderBy == null || orderBy.isEmpty()) {
            // the library answers an unsorted query in the order documents were stored: keep it
            return matchDocumentsFromStream(positions.sorted().map(this::getDocument), query, orderBy, skip, limit,
                    batchSize, fields);
        }
        if (byId != 0) {
            // the id order is the sort the query asks for (the library compares ids of one class as it does)
            return matchDocumentsFromStream(query, positions.map(this::getDocument), skip, limit, batchSize, null, fields);
        }
        return matchDocumentsFromStream(positions.map(this::getDocument), query, orderBy, skip, limit, batchSize, fields);
    }

    /**
     * The positions that may match the query by the field index that narrows it most: the query needs
     * one of some strings in a field an index keeps. Null when no index applies.
     */
    private Stream<Integer> throughFieldIndex(Document query, boolean descending) {
        Map<String, Set<String>> required = null;
        FieldIndex best = null;
        Set<String> bestStrings = null;
        long bestSize = Long.MAX_VALUE;
        for (Index<Integer> index : getIndexes()) {
            if (!(index instanceof FieldIndex fieldIndex) || !fieldIndex.usable()) {
                continue;
            }
            if (required == null) {
                required = PlainQuery.requiredStrings(query);
            }
            Set<String> strings = required.get(fieldIndex.field());
            if (strings == null) {
                continue;
            }
            long size = fieldIndex.estimate(strings);
            if (size < bestSize) {
                best = fieldIndex;
                bestStrings = strings;
                bestSize = size;
            }
        }
        return best == null ? null : best.candidates(bestStrings, query, descending);
    }

    @Override
    public synchronized QueryResult handleQuery(QueryParameters parameters) {
        return snapshots.query(parameters, () -> super.handleQuery(parameters));
    }

    @Override
    protected QueryResult createQueryResult(List<Document> matched, int batchSize) {
        return super.createQueryResult(snapshots.answer(matched), batchSize);
    }

    @Override
    public synchronized Document findAndModify(Document query) {
        return snapshots.findAndModify(() -> super.findAndModify(query));
    }

    @Override
    public synchronized int deleteDocuments(Document selector, int limit, Oplog oplog) {
        return snapshots.delete(() -> super.deleteDocuments(selector, limit, oplog));
    }

    /** The positions within the query's id range, building the order on the first such query. */
    private NavigableMap<Object, Integer> inRange(Document query) {
        if (!IdOrder.boundsId(query) || !ordered()) {
            return null;
        }
        return order.candidates(query);
    }

    /**
     * Whether the collection keeps its ids in order, building the order on the first query that can use
     * it: a query bounded by an id range, or one sorted by the id alone (the workers' walk and split).
     */
    private boolean ordered() {
        if (getIdField() == null || unorderable) {
            return false;
        }
        if (order == null) {
            IdOrder built = new IdOrder();
            boolean orderable = streamAllDocumentsWithPosition()
                    .allMatch(d -> built.add(d.getDocument().get(getIdField()), d.getPosition()));
            if (!orderable) {
                unorderable = true;
                return false;
            }
            order = built;
        }
        return true;
    }

    @Override
    public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
                                                 boolean multi, boolean upsert, Oplog oplog) {
        // what the update stores (its values, or the whole of a replacement) keeps shared field names
        CanonicalKeys.share(update);
        // by id equality, "multi" (Spring Data's bulk upsert asks for it) still meets one document at most
        DateBoundUpdate bounds = arrayFilters.isEmpty() ? DateBoundUpdate.of(selector, update, getIdField()) : null;
        if (bounds == null || !bounds.leavesIndexesAlone(getIndexes())) {
            return super.updateDocuments(selector, update, arrayFilters, multi, upsert, oplog);
        }
        Index<Integer> byId = idIndex();
        if (byId == null) {
            return super.updateDocuments(selector, update, arrayFilters, multi, upsert, oplog);
        }
        Integer position = byId.getPosition(selector);
        Document result = new Document();
        if (position == null) {
            if (!upsert) {
                oplog.handleUpdate(getFullName(), selector, update, List.of());
                return result.append("n", 0).append("nModified", 0);
            }
            Document fresh = bounds.fresh(getIdField());
            addDocument(fresh);
            oplog.handleInsert(getFullName(), List.of(fresh));
            return result.append("upserted", bounds.id()).append("n", 0).append("nModified", 0);
        }
        Object changed = bounds.applyTo(getDocument(position));
        if (changed == DateBoundUpdate.NOT_MINE) {
            return super.updateDocuments(selector, update, arrayFilters, multi, upsert, oplog);
        }
        List<Object> modified = new ArrayList<>(1);
        if (Boolean.TRUE.equals(changed)) {
            modified.add(bounds.id());
        }
        oplog.handleUpdate(getFullName(), selector, update, modified);
        return result.append("n", 1).append("nModified", modified.size());
    }

    private Index<Integer> idIndex() {
        for (Index<Integer> index : getIndexes()) {
            List<IndexKey> keys = index.getKeys();
            if (keys.size() == 1 && keys.get(0).getKey().equals(getIdField()) && index.isUnique()) {
                return index;
            }
        }
        return null;
    }
}
