package org.fugong.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
 */
@ConfigurationProperties("fugong.mongo.embedded")
record EmbeddedMongoProperties(
        @DefaultValue("FILE") Backend backend,
        @DefaultValue("./data") Path path,
        @DefaultValue("127.0.0.1") String host,
        @DefaultValue("0") int port,
        @DefaultValue("fugong") String database,
        @DefaultValue("WRITTEN") DurableH2Backend.Durability durability) {

    enum Backend { FILE, MEMORY }
}
