package fugong.bench;

import org.fugong.base.Actor;
import org.fugong.worker.WorkerImport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Seeds workers as the bureau would: NDJSON uploads through {@link WorkerImport} (checked line by line,
 * written in bulk), each worker with one Android device; uploads of 20,000 lines.
 */
final class Seeder {

    private static final int UPLOAD = 20_000;

    private final WorkerImport imports;
    private final Actor admin;
    private long next;

    Seeder(WorkerImport imports, Actor admin, long firstNumber) {
        this.imports = imports;
        this.admin = admin;
        this.next = firstNumber;
    }

    /** Imports {@code count} workers living in {@code district}; returns workers/s. */
    double seed(int count, String district) {
        long start = System.nanoTime();
        int done = 0;
        while (done < count) {
            int n = Math.min(UPLOAD, count - done);
            StringBuilder ndjson = new StringBuilder(n * 200);
            for (int i = 0; i < n; i++) {
                long k = next++;
                ndjson.append(String.format(Locale.ROOT, "{\"phone\":\"+86135%08d\",\"name\":\"工人%d\",\"hometownCity\":\"玉林市\","
                                + "\"district\":\"%s\",\"employmentStatus\":\"SEEKING\",\"installationId\":\"bench-install-%d\","
                                + "\"fcmToken\":\"bench-token-%d\"}%n", k % 100_000_000, k, district, k, k));
            }
            WorkerImport.Result result = imports.importNdjson(new ByteArrayInputStream(
                    ndjson.toString().getBytes(StandardCharsets.UTF_8)), admin, Locale.CHINA);
            if (!result.rejected().isEmpty()) {
                throw new IllegalStateException("the import refused lines: " + result.rejected().subList(0, 1));
            }
            done += n;
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
