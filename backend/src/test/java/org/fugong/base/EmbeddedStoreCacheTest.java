package org.fugong.base;

import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The file store's page cache: as set, or a quarter of the heap, never below H2's own 16 MB (decision 68). */
class EmbeddedStoreCacheTest {

    @TempDir
    Path folder;

    @Test
    void the_cache_is_what_is_set_or_a_quarter_of_the_heap_and_never_below_sixteen_megabytes() {
        assertThat(properties(DataSize.ofMegabytes(256)).cacheMegabytes()).isEqualTo(256);
        assertThat(properties(DataSize.ofGigabytes(2)).cacheMegabytes()).isEqualTo(2048);
        assertThat(properties(DataSize.ofKilobytes(512)).cacheMegabytes()).isEqualTo(16);
        long quarter = Runtime.getRuntime().maxMemory() / 4 >> 20;
        assertThat(properties(null).cacheMegabytes()).isEqualTo((int) Math.max(16, quarter));
    }

    @Test
    void the_store_is_opened_with_that_cache() {
        MVStore store = EmbeddedMongoConfiguration.openStore(folder.resolve("data"), DurableH2Backend.Durability.WRITTEN,
                properties(DataSize.ofMegabytes(96)).cacheMegabytes());
        try {
            assertThat(store.getCacheSize()).isEqualTo(96);
        } finally {
            store.close();
        }
    }

    private static EmbeddedMongoProperties properties(DataSize cache) {
        return new EmbeddedMongoProperties(EmbeddedMongoProperties.Backend.FILE, Path.of("data"), "127.0.0.1", 0,
                "fugong", DurableH2Backend.Durability.WRITTEN, cache);
    }
}
