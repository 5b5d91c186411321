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
 * @param database the database name
 */
@ConfigurationProperties("fugong.mongo.embedded")
record EmbeddedMongoProperties(
        @DefaultValue("FILE") Backend backend,
        @DefaultValue("./data") Path path,
        @DefaultValue("127.0.0.1") String host,
        @DefaultValue("0") int port,
        @DefaultValue("fugong") String database) {

    enum Backend { FILE, MEMORY }
}
