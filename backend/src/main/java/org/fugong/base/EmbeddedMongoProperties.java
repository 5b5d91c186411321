package org.fugong.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;

/**
 * The embedded MongoDB-wire server used when no {@code spring.data.mongodb.uri} is set.
 *
 * @param backend  {@code FILE} (H2 MVStore file, survives restarts) or {@code MEMORY} (tests)
 * @param path     the folder holding the database file
 * @param host     the loopback address it listens on
 * @param port     its port; 0 picks a free one
 * @param database   the database name
 * @param durability how far a write has gone when the server acknowledges it (file backend):
 *                   {@code WRITTEN} (default: in the file, survives the process being killed),
 *                   {@code SYNCED} (forced to the disk, survives a power cut) or {@code BACKGROUND}
 *                   (H2's own default: written within about a second, lost on a crash)
 * @param cacheSize  the file store's cache of pages read from the file (file backend); unset: a
 *                   quarter of the heap's maximum, at least 16 MB (H2's own default, decision 68)
 */
@ConfigurationProperties("fugong.mongo.embedded")
record EmbeddedMongoProperties(
        @DefaultValue("FILE") Backend backend,
        @DefaultValue("./data") Path path,
        @DefaultValue("127.0.0.1") String host,
        @DefaultValue("0") int port,
        @DefaultValue("fugong") String database,
        @DefaultValue("WRITTEN") DurableH2Backend.Durability durability,
        DataSize cacheSize) {

    /** H2's own cache size, which the default never goes below. */
    static final int MIN_CACHE_MB = 16;

    enum Backend { FILE, MEMORY }

    /** The cache size in megabytes: as set, or a quarter of the heap's maximum, at least {@link #MIN_CACHE_MB}. */
    int cacheMegabytes() {
        long bytes = cacheSize != null ? cacheSize.toBytes() : Runtime.getRuntime().maxMemory() / 4;
        return (int) Math.max(MIN_CACHE_MB, Math.min(Integer.MAX_VALUE, bytes >> 20));
    }
}
