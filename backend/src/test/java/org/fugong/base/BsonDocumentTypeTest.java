package org.fugong.base;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file backend stores documents as BSON (decision 69): every value type the server keeps comes
 * back as the same class and value, values of the old format (H2's serialized objects) are still
 * read, and a file written by the library's own backend opens, changes and reopens with nothing lost.
 */
class BsonDocumentTypeTest {

    private static final int DOCUMENTS = 2_000;

    @TempDir
    Path folder;

    @Test
    void every_value_the_server_keeps_comes_back_as_the_same_class_and_value() {
        Document nested = new Document("zh-CN", "招聘会").append("en", "Job fair")
                .append("deep", new Document("list", List.of(1, 2L, "三", List.of(true, new Document("x", -0.0)))));
        Document document = new Document("_id", "worker-工人-0001")
                .append("int", 42).append("negative", -7).append("long", 1L << 40).append("double", 3.25)
                .append("negativeZero", -0.0).append("nan", Double.NaN).append("true", true).append("false", false)
                .append("null", null).append("instant", Instant.parse("2026-12-05T23:59:59.123Z"))
                .append("objectId", new ObjectId()).append("decimal", new Decimal128(new BigDecimal("1234.5600")))
                .append("binary", new BinData(new byte[]{0, 1, 2, (byte) 255}))
                .append("uuid", UUID.fromString("4f0c2b4e-9a43-4b8e-9d2c-8e1a3f6b7c5d"))
                .append("timestamp", new BsonTimestamp(1_790_000_000L << 32 | 3)).append("min", MinKey.getInstance())
                .append("max", MaxKey.getInstance()).append("nested", nested)
                .append("targets", List.of(new Document("installation", "inst-1").append("token", "t".repeat(160)),
                        new Document("installation", "inst-2").append("token", "令牌")))
                .append("", "an empty key").append("a.b", "a dotted key");
        BsonDocumentType type = new BsonDocumentType();

        byte[] stored = write(type, document);
        assertThat(stored[0]).isEqualTo(BsonDocumentType.BSON);
        Document read = type.read(ByteBuffer.wrap(stored));

        assertThat(read).isEqualTo(document);
        assertThat(new ArrayList<>(read.keySet())).isEqualTo(new ArrayList<>(document.keySet()));
        assertSameClasses(read, document);
        assertThat(Double.doubleToRawLongBits((Double) read.get("negativeZero")))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void values_of_the_old_format_and_values_bson_has_no_type_for_are_read_as_h2_wrote_them() {
        BsonDocumentType type = new BsonDocumentType();
        Document document = new Document("_id", 7).append("title", "返岗专车").append("at", Instant.ofEpochSecond(1_790_000_000L));
        WriteBuffer old = new WriteBuffer();
        new ObjectDataType().write(old, document);
        assertThat(type.read(ByteBuffer.wrap(H2Files.bytes(old)))).isEqualTo(document);

        // a value the wire has no type for is kept as H2 keeps any object, not lost
        Document odd = new Document("_id", 8).append("odd", new Odd("kept"));
        byte[] stored = write(type, odd);
        assertThat(stored[0]).isNotEqualTo(BsonDocumentType.BSON);
        assertThat(type.read(ByteBuffer.wrap(stored))).isEqualTo(odd);

        // several values in one page: each is read to its own end
        WriteBuffer page = new WriteBuffer();
        type.write(page, document);
        new ObjectDataType().write(page, odd);
        type.write(page, odd.append("odd", "now plain"));
        ByteBuffer in = ByteBuffer.wrap(H2Files.bytes(page));
        assertThat(type.read(in)).isEqualTo(document);
        assertThat(type.read(in).get("odd")).isEqualTo(new Odd("kept"));
        assertThat(type.read(in).get("odd")).isEqualTo("now plain");
        assertThat(in.hasRemaining()).isFalse();
    }

    @Test
    void a_file_of_the_library_format_opens_changes_and_reopens_with_nothing_lost() {
        Path file = folder.resolve("old.mv");
        H2Files.run(file, false, "workers", workers -> {
            List<org.bson.Document> documents = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                documents.add(worker(i));
            }
            workers.insertMany(documents);
        });
        assertThat(tags(file)).containsOnlyKeys((byte) 19);

        H2Files.run(file, true, "workers", workers -> {
            assertThat(workers.countDocuments()).isEqualTo(DOCUMENTS);
            for (int i = 0; i < DOCUMENTS; i += 97) {
                assertThat(workers.find(Filters.eq("_id", id(i))).first()).isEqualTo(worker(i));
            }
            workers.updateMany(Filters.lt("n", DOCUMENTS / 2), Updates.set("region", "静安"));
            workers.insertOne(worker(DOCUMENTS));
            workers.deleteOne(Filters.eq("_id", id(3)));
        });
        Map<Byte, Integer> mixed = tags(file);
        assertThat(mixed).containsKeys((byte) 19, BsonDocumentType.BSON);
        assertThat(mixed.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(DOCUMENTS);

        H2Files.run(file, true, "workers", workers -> {
            assertThat(workers.countDocuments()).isEqualTo(DOCUMENTS);
            for (int i = 0; i <= DOCUMENTS; i++) {
                org.bson.Document expected = i == 3 ? null
                        : i < DOCUMENTS / 2 ? worker(i).append("region", "静安") : worker(i);
                assertThat(workers.find(Filters.eq("_id", id(i))).first()).as("worker %d", i).isEqualTo(expected);
            }
        });
    }

    @Test
    void the_heap_estimate_is_never_below_what_h2_estimated_for_the_same_documents() {
        // H2 estimates a serialized object at twice its serialized bytes, which is below what these take
        // on the heap (see heapEstimate): ours must not let the page cache hold more than it did
        List<Document> documents = List.of(
                new Document("_id", "w-000123").append("name", "张三").append("region", "浦东")
                        .append("skills", List.of("焊工", "电工")).append("targets", List.of(new Document("i", "inst-1")
                                .append("t", "t".repeat(150)).append("p", "ANDROID").append("l", "zh-CN"))),
                new Document("_id", "w-000123:202612").append("e", new Document("n-1", new Document("p", Instant.now()))
                        .append("n-2", new Document("p", Instant.now()).append("r", true))),
                new Document("_id", "range#12").append("attempt", 1).append("sent", 500)
                        .append("devices", IntStream.range(0, 500).mapToObj(i -> String.format("inst-%010d", i)).toList())
                        .append("workers", IntStream.range(0, 500).mapToObj(i -> String.format("w%06d", i)).toList()));
        for (Document document : documents) {
            int h2 = 2 * ObjectDataType.serialize(document).length;
            int ours = BsonDocumentType.heapEstimate(write(new BsonDocumentType(), document).length - 1);
            assertThat((double) ours / h2).as("ours %d against H2's %d for %s", ours, h2, document.get("_id"))
                    .isBetween(1.0, 3.0);
        }
        // and the running average follows the documents a map holds
        BsonDocumentType type = new BsonDocumentType();
        Document bucket = documents.get(1);
        for (int i = 0; i < 200; i++) {
            type.read(ByteBuffer.wrap(write(type, bucket)));
        }
        int expected = BsonDocumentType.heapEstimate(write(new BsonDocumentType(), bucket).length - 1);
        assertThat(type.getMemory(bucket)).isBetween(expected, expected + 20);
    }

    private static org.bson.Document worker(int i) {
        return new org.bson.Document("_id", id(i)).append("n", i).append("name", "工人 " + i)
                .append("registeredAt", java.util.Date.from(Instant.ofEpochSecond(1_790_000_000L + i)))
                .append("targets", List.of(new org.bson.Document("installation", "inst-" + i).append("token", "tok-" + i)));
    }

    private static String id(int i) {
        return String.format("w%06d", i);
    }

    /** How many of the workers' stored documents begin with each tag, read from the file itself. */
    private static Map<Byte, Integer> tags(Path file) {
        Map<Byte, Integer> tags = new TreeMap<>();
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            BsonDocumentType documents = new BsonDocumentType();
            MVMap<Object, Document> map = store.openMap("databases.fugong.workers", new MVMap.Builder<Object, Document>()
                    .valueType(new BasicDataType<>() {
                        @Override
                        public int getMemory(Document document) {
                            return 100;
                        }

                        @Override
                        public void write(WriteBuffer buffer, Document document) {
                            throw new UnsupportedOperationException("read only");
                        }

                        @Override
                        public Document read(ByteBuffer buffer) {
                            tags.merge(buffer.get(buffer.position()), 1, Integer::sum);
                            return documents.read(buffer);
                        }

                        @Override
                        public Document[] createStorage(int size) {
                            return new Document[size];
                        }
                    }));
            map.values().forEach(document -> assertThat(document).isNotNull());
        } finally {
            store.close();
        }
        return tags;
    }

    private static byte[] write(BsonDocumentType type, Document document) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, document);
        return H2Files.bytes(buffer);
    }

    private static void assertSameClasses(Object read, Object written) {
        if (written instanceof List<?> list) {
            // the server keeps the lists it decodes or builds: any List comes back as one
            assertThat(read).isInstanceOf(List.class);
            for (int i = 0; i < list.size(); i++) {
                assertSameClasses(((List<?>) read).get(i), list.get(i));
            }
            return;
        }
        assertThat(read == null ? null : read.getClass()).isEqualTo(written == null ? null : written.getClass());
        if (written instanceof Document document) {
            document.forEach((key, value) -> assertSameClasses(((Document) read).get(key), value));
        }
    }

    /** A value class the wire protocol has no type for. */
    private record Odd(String value) implements Serializable {
    }
}
