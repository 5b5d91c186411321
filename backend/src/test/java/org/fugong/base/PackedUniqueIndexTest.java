package org.fugong.base;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The file backend's unique indexes keep their keys as H2's serialized bytes (decision 67): the same
 * order and the same index maps as the library's own index, so an index moves between the two either
 * way, and a unique key still refuses a second document.
 */
class PackedUniqueIndexTest {

    private static final int KEYS = 3_000;

    @TempDir
    Path folder;

    @Test
    void keys_are_ordered_and_stored_exactly_as_h2_orders_and_stores_serialized_objects() {
        Random random = new Random(67);
        ObjectDataType h2 = new ObjectDataType();
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            keys.add(new KeyValue(randomValue(random), randomValue(random)));
        }
        keys.add(new KeyValue("worker-1", 202612L));
        keys.add(new KeyValue("worker-1", 202612L));
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int packed = PackedUniqueIndex.PackedType.INSTANCE.compare(PackedUniqueIndex.Packed.of(a), PackedUniqueIndex.Packed.of(b));
                assertThat(Integer.signum(packed)).as("%s against %s", a, b).isEqualTo(Integer.signum(h2.compare(a, b)));
            }
            WriteBuffer ours = new WriteBuffer();
            PackedUniqueIndex.PackedType.INSTANCE.write(ours, PackedUniqueIndex.Packed.of(a));
            WriteBuffer theirs = new WriteBuffer();
            h2.write(theirs, a);
            byte[] stored = H2Files.bytes(theirs);
            assertThat(H2Files.bytes(ours)).as("the stored form of %s", a).isEqualTo(stored);
            PackedUniqueIndex.Packed read = PackedUniqueIndex.PackedType.INSTANCE.read(ByteBuffer.wrap(stored));
            assertThat(read.value()).isEqualTo(a);
        }
    }

    @Test
    void a_file_indexed_by_the_library_opens_here_and_the_index_written_here_reads_as_the_library_reads_it() {
        Path file = folder.resolve("index.mv");
        // the library's own backend writes a unique index of several thousand keys (pages on three levels)
        H2Files.run(file, false, "entries", entries -> {
            entries.createIndex(Indexes.ascending("workerId", "bucket"), new IndexOptions().unique(true));
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < KEYS; i++) {
                documents.add(entry(i));
            }
            entries.insertMany(documents);
        });
        // ours finds every key, refuses a second document for one, and adds, moves and removes keys
        H2Files.run(file, true, "entries", entries -> {
            for (int i = 0; i < KEYS; i++) {
                assertThat(byKey(entries, i)).as("entry %d by its unique key", i).isEqualTo(i);
            }
            assertDuplicateRefused(entries, 1_234);
            for (int i = KEYS; i < KEYS + 500; i++) {
                entries.insertOne(entry(i));
            }
            entries.deleteMany(Filters.lt("n", 100));
            entries.updateOne(Filters.eq("n", 200), Updates.set("bucket", 999_999L));
            assertThat(byKey(entries, 200)).isNull();
            assertThat(entries.find(new Document("workerId", key(200)).append("bucket", 999_999L))
                    .first().getInteger("n")).isEqualTo(200);
            entries.insertOne(entry(200));
        });
        // and the library's map reads the index ours wrote, in the same order (its documents are BSON
        // since decision 69, which the library's backend no longer reads, so the index map is opened as it opens it)
        MVStore raw = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            String name = raw.getMapNames().stream().filter(n -> n.contains("._index_workerId")).findFirst().orElseThrow();
            MVMap<Object, Object> index = raw.openMap(name);
            ObjectDataType h2 = new ObjectDataType();
            Object previous = null;
            int count = 0;
            for (Object key : index.keySet()) {
                assertThat(previous == null || h2.compare(previous, key) < 0).as("%s after %s", key, previous).isTrue();
                assertThat(index.get(key)).as("%s found by the library's search", key).isNotNull();
                previous = key;
                count++;
            }
            assertThat(count).isEqualTo(KEYS + 500 - 100 + 1);
        } finally {
            raw.close();
        }
        // and ours again, after a restart
        H2Files.run(file, true, "entries", entries -> {
            assertThat(entries.countDocuments()).isEqualTo(KEYS + 500 - 100 + 1);
            for (int i = 0; i < KEYS + 500; i++) {
                assertThat(byKey(entries, i)).as("entry %d by its unique key", i).isEqualTo(i < 100 ? null : i);
            }
            assertDuplicateRefused(entries, KEYS + 250);
            assertDuplicateRefused(entries, 200);
            assertDuplicateRefused(entries, 2_999);
            entries.insertOne(entry(7));
            assertThat(byKey(entries, 7)).isEqualTo(7);
        });
    }

    @Test
    void of_many_writers_racing_for_one_key_exactly_one_wins() throws Exception {
        H2Files.run(folder.resolve("race.mv"), true, "entries", entries -> {
            entries.createIndex(Indexes.ascending("workerId", "bucket"), new IndexOptions().unique(true));
            AtomicInteger won = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            ExecutorService writers = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> all = new ArrayList<>();
                for (int w = 0; w < 8; w++) {
                    all.add(writers.submit(() -> {
                        for (int i = 0; i < 200; i++) {
                            try {
                                entries.insertOne(entry(i).append("_id", new org.bson.types.ObjectId()));
                                won.incrementAndGet();
                            } catch (MongoWriteException duplicate) {
                                assertThat(duplicate.getCode()).isEqualTo(11000);
                                refused.incrementAndGet();
                            }
                        }
                    }));
                }
                for (Future<?> writer : all) {
                    writer.get();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                writers.shutdownNow();
            }
            assertThat(won.get()).isEqualTo(200);
            assertThat(refused.get()).isEqualTo(7 * 200);
            assertThat(entries.countDocuments()).isEqualTo(200);
        });
    }

    private static Document entry(int n) {
        return new Document("workerId", key(n)).append("bucket", 202_600L + n % 13).append("n", n);
    }

    /** Worker ids of different lengths and scripts, so that serialized keys differ early and late. */
    private static String key(int n) {
        return (n % 3 == 0 ? "工人-" : "w") + Integer.toString(n * 7919 % 100_003, n % 2 == 0 ? 10 : 36);
    }

    private static Integer byKey(MongoCollection<Document> entries, int n) {
        // the plain shape, which the library answers from the unique index (an $and it would scan)
        Document found = entries.find(new Document("workerId", key(n)).append("bucket", 202_600L + n % 13)).first();
        return found == null ? null : found.getInteger("n");
    }

    private static void assertDuplicateRefused(MongoCollection<Document> entries, int n) {
        assertThatThrownBy(() -> entries.insertOne(entry(n).append("n", -n)))
                .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode()).isEqualTo(11000));
        assertThat(byKey(entries, n)).isEqualTo(n);
    }

    private static Object randomValue(Random random) {
        List<Function<Random, Object>> kinds = List.of(
                r -> "w" + r.nextInt(50),
                r -> "工人" + r.nextInt(50),
                r -> (long) r.nextInt(100) - 50,
                r -> r.nextInt(100) - 50,
                r -> r.nextDouble() * 100,
                r -> r.nextBoolean(),
                r -> null,
                r -> Instant.ofEpochSecond(1_790_000_000L + r.nextInt(1_000)),
                r -> new ObjectId(),
                r -> new de.bwaldvogel.mongo.bson.Document("zh-CN", "标题" + r.nextInt(5)));
        return kinds.get(random.nextInt(kinds.size())).apply(random);
    }

}
