package org.fugong.base;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The embedded server's memory backend with unique indexes that find a document's key without the
 * library's general path. {@code mongo-java-server} derives a document's key for every unique index
 * three times per insert (and twice per index per update, and once per index per query to see whether
 * the index serves it) through streams, a regular expression that splits the field path, and a
 * normalising copy: on an import that was most of the server's time (decision 46). Here the key of a
 * top-level field holding a plain value (a string, an id, a boolean, a date, null or missing) is
 * read straight from the document; anything else (dotted paths, arrays, numbers, sub-documents,
 * sparse indexes) takes the library's own path, so what is unique and what a query finds stay the same.
 * Its collections are {@link KeyedMemoryCollection}s: id ranges and date-only updates by id take short
 * ways, and no data size is kept. A non-unique index on one top-level field is kept as a
 * {@link FieldIndex}, which the library would not keep at all.
 */
final class KeyedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new MemoryDatabase(databaseName, getCursorRegistry()) {
            @Override
            protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
                return new KeyedMemoryCollection(this, collectionName, options, cursorRegistry);
            }

            @Override
            protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                             boolean sparse) {
                return new KeyedUniqueIndex(indexName, keys, sparse);
            }

            @Override
            protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                                boolean sparse) {
                // an index on one top-level field is kept (decision 74); the library keeps no other
                if (keys.size() == 1 && FieldIndex.servable(keys.get(0).getKey())) {
                    return new FieldIndex(indexName, keys);
                }
                return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
            }
        };
    }

    /** A unique index that reads plain top-level keys directly. */
    static final class KeyedUniqueIndex extends MemoryUniqueIndex {

        private final List<String> fields;
        private final Set<String> fieldSet;
        private final boolean plain;

        KeyedUniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
            super(name, keys, sparse);
            List<String> names = new ArrayList<>();
            keys.forEach(k -> names.add(k.getKey()));
            this.fields = List.copyOf(names);
            this.fieldSet = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(names));
            this.plain = !sparse && names.stream().noneMatch(n -> n.contains("."));
        }

        @Override
        protected List<String> keys() {
            return fields;
        }

        @Override
        protected Set<String> keySet() {
            return fieldSet;
        }

        @Override
        public Set<KeyValue> getKeyValues(Document document) {
            KeyValue key = plainKey(document);
            return key != null ? Set.of(key) : super.getKeyValues(document);
        }

        @Override
        public synchronized void checkAdd(Document document, MongoCollection<Integer> collection) {
            KeyValue key = plainKey(document);
            if (key == null) {
                super.checkAdd(document, collection);
            } else if (containsKey(key)) {
                throw new DuplicateKeyError(this, collection, getKeys(), key);
            }
        }

        @Override
        public synchronized void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Integer> collection) {
            KeyValue after = plainKey(newDocument);
            KeyValue before = after == null ? null : plainKey(oldDocument);
            if (before == null) {
                super.checkUpdate(oldDocument, newDocument, collection);
                return;
            }
            if (before.equals(after)) {
                return;
            }
            Integer position = getPosition(after);
            if (position != null && !position.equals(getPosition(before))) {
                throw new DuplicateKeyError(this, collection, getKeys(), after);
            }
        }

        /**
         * The document's key when every field of the index is a plain value at the top level (as the
         * library would normalise it: missing and null alike), or null for the library's general path.
         */
        private KeyValue plainKey(Document document) {
            if (!plain) {
                return null;
            }
            if (fields.size() == 1) {
                Object value = plainValue(document, fields.get(0));
                return value == NOT_PLAIN ? null : new KeyValue(value);
            }
            Object[] values = new Object[fields.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = plainValue(document, fields.get(i));
                if (values[i] == NOT_PLAIN) {
                    return null;
                }
            }
            return new KeyValue(values);
        }

        private static final Object NOT_PLAIN = new Object();

        private static Object plainValue(Document document, String field) {
            Object value = document.get(field);
            if (value == null || value instanceof Missing) {
                return null;
            }
            if (value instanceof String || value instanceof ObjectId || value instanceof Boolean
                    || value instanceof Instant || value instanceof Date) {
                return value;
            }
            return NOT_PLAIN; // numbers, arrays, sub-documents: normalised by the library
        }
    }
}
