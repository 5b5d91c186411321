package org.fugong.base;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * The value type of the file backend's document maps: a document is stored as BSON (decision 69).
 * <p>
 * The library opens those maps with H2's {@link ObjectDataType}, which Java-serializes every document
 * of a page each time the page is written, with a fresh {@code ObjectOutputStream} per document, so
 * the class descriptors of {@code Document}, {@code LinkedHashMap} and every value's class go to the
 * file again and again. Here a document is the tag {@link #BSON} and then its BSON bytes, written and
 * read with the wire protocol's own encoder and decoder, so it comes back with the very value types
 * the server decoded from its clients. Values written before (or the rare one the encoder refuses)
 * are H2's serialized objects, tag 19, and are read and written as {@code ObjectDataType} does: a file
 * of the library's format opens without a migration and turns into BSON page by page as it changes.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    /** Before a BSON document. {@code ObjectDataType}'s tags are 0–19, 32–49 and 64–119, so it never writes this one. */
    static final byte BSON = 20;

    /** Buffers above this size are not kept for the next document of the thread. */
    private static final int KEPT_BUFFER_BYTES = 64 * 1024;

    /**
     * What a document of n BSON bytes is estimated to take on the heap: 2.5 n + 1,100 bytes. Measured
     * (the heap after full collections, 100,000 decoded copies): a worker of 322 BSON bytes takes 1,833
     * bytes, an inbox bucket of 84 takes 1,330, a ledger batch of 500 outcomes (20,854) takes 57,165.
     * H2's own estimate, twice the Java serialization, was 1,226, 978 and 28,876 for the same three:
     * this one is closer and never lower, so the page cache holds no more than it did (decision 68).
     */
    static int heapEstimate(int bsonSize) {
        return (int) Math.min(Integer.MAX_VALUE, bsonSize * 5L / 2 + 1_100);
    }

    private static final ThreadLocal<ByteBuf> BUFFERS = ThreadLocal.withInitial(() -> Unpooled.buffer(1024));

    /** Old values (serialized objects); one per map, as H2 gives each map its own. */
    private final ObjectDataType legacy = new ObjectDataType();

    /** A running average of the heap a document takes, as H2 keeps one of the serialized size (racy, as H2's is). */
    private int averageMemory = 10_000;

    @Override
    public int getMemory(Document document) {
        return averageMemory;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = BUFFERS.get();
        bson.clear();
        try {
            BsonEncoder.encodeDocument(document, bson);
        } catch (RuntimeException notBson) {
            // a value the wire has no type for: stored as H2 stores any object, and still read back
            legacy.write(buffer, document);
            return;
        } finally {
            if (bson.capacity() > KEPT_BUFFER_BYTES) {
                BUFFERS.remove();
            }
        }
        int size = bson.readableBytes();
        remember(size);
        buffer.put(BSON).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), size);
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int start = buffer.position();
        if (buffer.get(start) != BSON) {
            return (Document) legacy.read(buffer);
        }
        // a BSON document starts with its length, little-endian, which counts itself and the final zero
        int size = Integer.reverseBytes(buffer.getInt(start + 1));
        ByteBuffer bytes = buffer.duplicate();
        bytes.position(start + 1).limit(start + 1 + size);
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
        buffer.position(start + 1 + size);
        remember(size);
        return document;
    }

    private void remember(int bsonSize) {
        averageMemory = (int) ((heapEstimate(bsonSize) + 15L * averageMemory) / 16);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
