package org.fugong.base;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * How the file store's document format (decision 69) compares with H2's: the same workers and inbox
 * buckets written in batches of 1,000 with a commit after each (as the embedded server commits a bulk
 * write), the file's size, and three reads of every document with a 1 MB page cache (a restart, or a
 * collection larger than the cache), once with H2's {@code ObjectDataType} (Java serialization, the
 * library's format) and once with {@link BsonDocumentType}, alternated three times in one JVM.
 * <p>
 * Run: {@code mvn -B -Pbench -pl bench -am -DskipTests verify} (after the push benchmark). It lives in
 * the backend's package to reach the package-private value type.
 */
public final class DocumentFormatBenchmark {

    private static final int DOCUMENTS = 20_000;
    private static final int BATCH = 1_000;

    private DocumentFormatBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Document> workers = new ArrayList<>(DOCUMENTS);
        List<Document> buckets = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            workers.add(worker(i));
            buckets.add(bucket(i));
        }
        System.out.printf(Locale.ROOT, "%nDocument format of the embedded file store: %,d workers and %,d inbox buckets%n",
                DOCUMENTS, DOCUMENTS);
        System.out.printf(Locale.ROOT, "%-26s %10s %10s %14s%n", "format", "file MB", "write ms", "3 cold reads ms");
        double[] h2 = new double[3];
        double[] bson = new double[3];
        for (int round = 0; round < 3; round++) {
            double[] a = run("H2 (Java serialization)", ObjectDataType::new, workers, buckets);
            double[] b = run("BSON (decision 69)", BsonDocumentType::new, workers, buckets);
            if (round > 0) {
                // the first round warms the JIT up for both
                for (int i = 0; i < 3; i++) {
                    h2[i] += a[i];
                    bson[i] += b[i];
                }
            }
        }
        System.out.printf(Locale.ROOT, "bson/h2 (rounds 2 and 3): size=%.2f write=%.2f cold_read=%.2f%n",
                bson[0] / h2[0], bson[1] / h2[1], bson[2] / h2[2]);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static double[] run(String name, Supplier<DataType<?>> valueType, List<Document> workers,
                                List<Document> buckets) throws Exception {
        Path folder = Files.createTempDirectory("fugong-format");
        Path file = folder.resolve("store.mv");
        try {
            MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
            long start = System.nanoTime();
            MVMap<Object, Document> workerMap = store.openMap("workers", new MVMap.Builder().valueType(valueType.get()));
            MVMap<Object, Document> bucketMap = store.openMap("buckets", new MVMap.Builder().valueType(valueType.get()));
            for (int from = 0; from < workers.size(); from += BATCH) {
                for (int i = from; i < from + BATCH; i++) {
                    workerMap.put(workers.get(i).get("_id"), workers.get(i));
                    bucketMap.put(buckets.get(i).get("_id"), buckets.get(i));
                }
                store.commit();
            }
            double writeMs = (System.nanoTime() - start) / 1e6;
            store.close();
            double megabytes = Files.size(file) / 1024.0 / 1024.0;

            MVStore cold = new MVStore.Builder().fileName(file.toString()).cacheSize(1).readOnly().open();
            start = System.nanoTime();
            long read = 0;
            for (int pass = 0; pass < 3; pass++) {
                for (String map : List.of("workers", "buckets")) {
                    for (Document document : cold.openMap(map, new MVMap.Builder<Object, Document>()
                            .valueType((DataType<Document>) valueType.get())).values()) {
                        read += document.size();
                    }
                }
            }
            double readMs = (System.nanoTime() - start) / 1e6;
            cold.close();
            if (read == 0) {
                throw new IllegalStateException("nothing read back");
            }
            System.out.printf(Locale.ROOT, "%-26s %10.1f %10.0f %14.0f%n", name, megabytes, writeMs, readMs);
            return new double[]{megabytes, writeMs, readMs};
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    private static Document worker(int i) {
        return new Document("_id", String.format(Locale.ROOT, "w%08d", i)).append("phone", "1380000" + i)
                .append("name", "工人" + i).append("region", "浦东新区").append("skills", List.of("焊工", "电工"))
                .append("subscriptions", List.of("JOB_FAIR", "JOB", "BUS", "SUBSIDY"))
                .append("registeredAt", Instant.ofEpochSecond(1_790_000_000L + i))
                .append("targets", List.of(new Document("installation", UUID.randomUUID().toString())
                        .append("token", "t".repeat(140) + i).append("platform", "ANDROID").append("locale", "zh-CN")));
    }

    private static Document bucket(int i) {
        Instant at = Instant.ofEpochSecond(1_790_000_000L + i);
        return new Document("_id", String.format(Locale.ROOT, "w%08d:202612", i))
                .append("e", new Document("n-1", new Document("p", at))
                        .append("n-2", new Document("p", at).append("r", true)).append("n-3", new Document("p", at)));
    }
}
