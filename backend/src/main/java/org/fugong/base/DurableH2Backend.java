package org.fugong.base;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The embedded server's H2 backend, writing every change to its file before the server answers.
 * <p>
 * {@code mongo-java-server}'s own {@code H2Backend(String)} opens the MVStore with H2's defaults:
 * changes live in memory and a background thread writes them about once a second, so a process that
 * is killed loses up to a second of writes it had already acknowledged. Here the store is opened
 * without that thread, and every write command is committed before its reply leaves
 * ({@link Durability#WRITTEN}: the bytes are handed to the operating system, which keeps them if the
 * process dies), with {@link Durability#SYNCED} also forced to the disk (survives a power cut too).
 * Without the background thread every store runs in the committing thread under the store's lock,
 * so a commit that finds nothing left to write knows the write that took its changes has finished.
 * Compaction, which that thread also did, is {@link #compact()}, called on a schedule. Readers get
 * copies of the documents' top level ({@link ReadSnapshots}): the library's H2 collections hand out
 * the very objects its updates change in place. Unique indexes keep their keys as the bytes H2 stores
 * ({@link PackedUniqueIndex}), in the library's maps and format, and documents as BSON
 * ({@link BsonDocumentType}).
 */
final class DurableH2Backend extends H2Backend {

    /** How far an acknowledged write has gone when the server answers. */
    enum Durability {
        /** H2's default: written by a background thread within about a second (lost on a crash). */
        BACKGROUND,
        /** In the file, that is with the operating system, before the answer: survives the process being killed. */
        WRITTEN,
        /** Forced to the disk before the answer: survives a power cut, at the cost of a disk flush per write. */
        SYNCED
    }

    private final MVStore store;
    private final Durability durability;

    DurableH2Backend(MVStore store, Durability durability) {
        super(store);
        this.store = store;
        this.durability = durability;
    }

    /** The maps of a collection, named as {@code H2Database} of mongo-java-server 1.47 names them (its constants are not public). */
    private static final String DATA_MAPS = "databases.";
    private static final String META_MAPS = "meta.";
    private static final String INDEX_MAPS = "._index_";

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        // the library's constructor opens the databases already in the file, before this class's fields are set
        MVStore mvStore = getMvStore();
        return new H2Database(databaseName, mvStore, getCursorRegistry()) {
            @Override
            protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
                String fullName = getFullCollectionNamespace(collectionName);
                // documents stored as BSON instead of Java-serialized, old values still read (decision 69)
                MVMap<Object, Document> data = mvStore.openMap(DATA_MAPS + fullName,
                        new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
                return new SnapshotCollection(this, collectionName, options, data, mvStore.openMap(META_MAPS + fullName),
                        cursorRegistry);
            }

            @Override
            protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                            boolean sparse) {
                // the library's map name, keys compared as bytes instead of serialized at every comparison (decision 67)
                String mapName = getFullCollectionNamespace(collectionName) + INDEX_MAPS + indexName;
                return new PackedUniqueIndex(mvStore.openMap(mapName, PackedUniqueIndex.mapBuilder()), indexName, keys, sparse);
            }
        };
    }

    /**
     * The library's H2 collection, whose readers get copies ({@link ReadSnapshots}), and whose queries
     * bounded by an id range or sorted by the id alone read only that range, in order (decision 59).
     * The library keys each collection's map by the document's id, so the map is already in id order
     * (for ids of one class: H2 compares two of one class with their own {@code compareTo}, as the
     * library and {@link IdOrder} do), yet it matched every document and sorted the matches for them.
     * Queries of the plain shape are matched by {@link PlainQuery} (decision 61).
     */
    private static final class SnapshotCollection extends H2Collection {

        private final ReadSnapshots snapshots = new ReadSnapshots();
        private final PlainQuery.Scan plain = new PlainQuery.Scan();
        private final BiPredicate<Document, Document> libraryMatch = super::documentMatchesQuery;
        private final MVMap<Object, Document> data;
        /** The class of every id in the map, once found; null before (or while the map is empty). */
        private Class<?> idClass;
        /** Ids of other kinds, or of more than one, were found: queries scan, as the library's do. */
        private boolean unorderable;

        SnapshotCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                           MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
            this.data = data;
        }

        @Override
        protected synchronized Object addDocumentInternal(Document document) {
            Object position = super.addDocumentInternal(document);
            if (idClass != null && (!IdOrder.orderable(position) || position.getClass() != idClass)) {
                idClass = null;
                unorderable = true;
            }
            return position;
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
            // only a query that could use the order looks for the ids' class (one pass over the keys, once)
            if (natural || getIdField() == null || byId == 0 && !IdOrder.boundsId(query) || idClass() == null) {
                return super.matchDocuments(query, orderBy, skip, limit, batchSize, fields);
            }
            IdOrder.Range range = IdOrder.range(query, idClass);
            if (range == null && byId == 0) {
                return super.matchDocuments(query, orderBy, skip, limit, batchSize, fields);
            }
            if (range != null && range.empty()) {
                return matchDocumentsFromStream(Stream.empty(), query, orderBy, skip, limit, batchSize, fields);
            }
            Object low = range == null ? null : range.low;
            Object high = range == null ? null : range.high;
            Stream<Document> inOrder = byId < 0 ? inIdOrder(high, low, true) : inIdOrder(low, high, false);
            if (byId != 0 || orderBy == null || orderBy.isEmpty()) {
                // in id order already: the library answers an unsorted query in its map's order, which is this
                return matchDocumentsFromStream(query, inOrder, skip, limit, batchSize, null, fields);
            }
            return matchDocumentsFromStream(inOrder, query, orderBy, skip, limit, batchSize, fields);
        }

        /** The documents from one id to another (either end open, both inclusive: the query still applies its bounds). */
        private Stream<Document> inIdOrder(Object from, Object to, boolean reverse) {
            Cursor<Object, Document> cursor = data.cursor(from, to, reverse);
            Iterator<Document> values = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return cursor.hasNext();
                }

                @Override
                public Document next() {
                    cursor.next();
                    return cursor.getValue();
                }
            };
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(values, Spliterator.ORDERED), false);
        }

        /** The class of every id, found on the first query that could use the order; null when they differ. */
        private Class<?> idClass() {
            if (idClass == null && !unorderable) {
                Class<?> found = null;
                for (Iterator<Object> ids = data.keyIterator(null); ids.hasNext(); ) {
                    Object id = ids.next();
                    if (!IdOrder.orderable(id) || found != null && found != id.getClass()) {
                        unorderable = true;
                        return null;
                    }
                    found = id.getClass();
                }
                idClass = found;
            }
            return idClass;
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
    }

    /** Commands that never change the store: everything else is committed before its reply. */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "aggregate",
            "listcollections", "listindexes", "listdatabases", "hello", "ismaster", "ping", "buildinfo",
            "killcursors", "endsessions", "dbstats", "collstats", "serverstatus", "getlasterror", "whatsmyuri",
            "getparameter", "connectionstatus", "getlog", "hostinfo", "getcmdlineopts");

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            // also after a failed command: an unordered bulk write may have applied part of its documents
            if (!READS.contains(command.toLowerCase(Locale.ROOT))) {
                persist();
            }
        }
    }

    private void persist() {
        if (durability == Durability.BACKGROUND || store.isClosed()) {
            return;
        }
        // waits for a commit in progress on another thread, which may be writing this command's changes
        store.commit();
        if (durability == Durability.SYNCED) {
            store.sync();
        }
    }

    /** Rewrites sparse chunks so the file does not grow with dead space (H2's background thread would). */
    void compact() {
        if (durability != Durability.BACKGROUND && !store.isClosed()) {
            store.compact(80, 16 * 1024 * 1024);
        }
    }

    MVStore store() {
        return store;
    }
}
