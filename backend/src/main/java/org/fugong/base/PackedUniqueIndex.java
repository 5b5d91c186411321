package org.fugong.base;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A unique index of the file backend that keeps its keys as the bytes H2 stores them as (decision 67).
 * <p>
 * The library's {@code H2UniqueIndex} keys its map by {@link KeyValue}, which is not {@link Comparable},
 * so H2's {@link ObjectDataType} orders two keys by Java-serializing both at every comparison of every
 * binary search: one lookup in an index of a million keys serializes about forty objects, and JFR
 * found 72 % of a busy inbox's CPU there. This index serializes the looked-up key once and keeps stored keys
 * as their serialized bytes ({@link Packed}), compared with {@link ObjectDataType#compareNotNull},
 * which is the very order H2 gives two serialized objects. The file holds the same bytes as before
 * ({@link PackedType} writes what {@code ObjectDataType} writes for a serialized object), so an index
 * written by the library's own index opens here, and the other way round, without a migration (the
 * documents themselves are BSON since decision 69, which the library does not read).
 */
final class PackedUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<Packed, Object> map;

    PackedUniqueIndex(MVMap<Packed, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    /** The builder of an index map: keys are {@link Packed}, values (document positions) as the library stores them. */
    static MVMap.Builder<Packed, Object> mapBuilder() {
        return new MVMap.Builder<Packed, Object>().keyType(PackedType.INSTANCE);
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return map.remove(Packed.of(key));
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return map.putIfAbsent(Packed.of(key), Missing.ofNullable(position)) == null;
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return map.get(Packed.of(key));
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return () -> map.entrySet().stream()
                .<Map.Entry<KeyValue, Object>>map(e -> new AbstractMap.SimpleImmutableEntry<>(e.getKey().value(), e.getValue()))
                .iterator();
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    /** An index key as H2's {@link ObjectDataType#serialize} gives it: serialized once, compared as bytes. */
    static final class Packed {

        private final byte[] bytes;

        private Packed(byte[] bytes) {
            this.bytes = bytes;
        }

        static Packed of(KeyValue key) {
            return new Packed(ObjectDataType.serialize(key));
        }

        KeyValue value() {
            return (KeyValue) ObjectDataType.deserialize(bytes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Packed packed && Arrays.equals(bytes, packed.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return value().toString();
        }
    }

    /**
     * The keys' data type: on disk exactly {@link ObjectDataType}'s serialized object (its tag, the
     * length, the bytes), ordered as {@code ObjectDataType} orders two serialized objects.
     */
    static final class PackedType extends BasicDataType<Packed> {

        static final PackedType INSTANCE = new PackedType();

        /** {@code ObjectDataType.TYPE_SERIALIZED_OBJECT}, the tag before a serialized object (not public in H2). */
        static final byte SERIALIZED_OBJECT = 19;

        private PackedType() {
        }

        @Override
        public int compare(Packed a, Packed b) {
            return a == b ? 0 : ObjectDataType.compareNotNull(a.bytes, b.bytes);
        }

        @Override
        public int getMemory(Packed key) {
            // the object, its array's header and the bytes
            return 32 + key.bytes.length;
        }

        @Override
        public void write(WriteBuffer buffer, Packed key) {
            buffer.put(SERIALIZED_OBJECT).putVarInt(key.bytes.length).put(key.bytes);
        }

        @Override
        public Packed read(ByteBuffer buffer) {
            byte tag = buffer.get();
            if (tag != SERIALIZED_OBJECT) {
                // every key the library's index wrote is a KeyValue, which H2 stores as a serialized object
                throw new IllegalStateException("An index key stored as H2 type " + tag + ", not as a serialized object");
            }
            byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
            buffer.get(bytes);
            return new Packed(bytes);
        }

        @Override
        public Packed[] createStorage(int size) {
            return new Packed[size];
        }
    }
}
