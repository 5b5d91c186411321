package org.fugong.base;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.scheduling.annotation.Scheduled;

import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * With no {@code spring.data.mongodb.uri}, Fugong starts an embedded server speaking the MongoDB wire
 * protocol ({@code mongo-java-server}) and points Spring Data at it: file-backed under {@code ./data}
 * for the app (every acknowledged write in the file before the answer, see {@link DurableH2Backend};
 * the folder and the file owner-only), in memory for tests. With a URI, nothing here runs and the
 * real MongoDB is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMongoConfiguration.NoMongoUri.class)
@EnableConfigurationProperties(EmbeddedMongoProperties.class)
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);
    static final String FILE_NAME = "fugong.mv";

    /** The file store, when the backend is FILE (the default). */
    @Bean(destroyMethod = "")
    @ConditionalOnProperty(name = "fugong.mongo.embedded.backend", havingValue = "FILE", matchIfMissing = true)
    DurableH2Backend embeddedFileBackend(EmbeddedMongoProperties properties) {
        return new DurableH2Backend(openStore(properties.path(), properties.durability(), properties.cacheMegabytes()),
                properties.durability());
    }

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(EmbeddedMongoProperties properties, ObjectProvider<DurableH2Backend> fileBackend) {
        DurableH2Backend file = fileBackend.getIfAvailable();
        MongoBackend backend = file != null ? file : new KeyedMemoryBackend();
        backend.version(ServerVersion.MONGO_5_0);
        MongoServer server = new MongoServer(backend);
        server.bind(properties.host(), properties.port());
        log.info("Embedded MongoDB-wire server ({}) listening on {}", backend instanceof DurableH2Backend
                ? "file " + properties.path().resolve(FILE_NAME).toAbsolutePath() + ", writes " + properties.durability()
                + ", cache " + properties.cacheMegabytes() + " MB"
                : "memory", server.getLocalAddress());
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server, EmbeddedMongoProperties properties) {
        InetSocketAddress address = server.getLocalAddress();
        // the server is in this process: if it does not answer within seconds it is gone, no use waiting 30 s
        ConnectionString connectionString = new ConnectionString("mongodb://" + address.getHostString() + ":"
                + address.getPort() + "/" + properties.database() + "?serverSelectionTimeoutMS=5000");
        return () -> connectionString;
    }

    /** Rewrites sparse parts of the file now and then, as H2's background writer would have. */
    @Bean
    @ConditionalOnProperty(name = "fugong.mongo.embedded.backend", havingValue = "FILE", matchIfMissing = true)
    Housekeeping embeddedStoreHousekeeping(DurableH2Backend backend) {
        return new Housekeeping(backend);
    }

    /**
     * Opens (or creates) the database file in an owner-only data folder, without H2's background
     * writer unless the durability is {@code BACKGROUND}, with a cache of pages read from the file of
     * {@code cacheMegabytes}: what does not fit is read from the file and deserialized again at its
     * next use (decision 68).
     */
    static MVStore openStore(Path folder, DurableH2Backend.Durability durability, int cacheMegabytes) {
        Path file = OwnerOnlyFiles.folder(folder).resolve(FILE_NAME);
        MVStore.Builder builder = new MVStore.Builder().fileName(file.toString()).cacheSize(cacheMegabytes);
        if (durability != DurableH2Backend.Durability.BACKGROUND) {
            builder.autoCommitDisabled();
        }
        MVStore store = builder.open();
        OwnerOnlyFiles.file(file);
        return store;
    }

    @Bean
    @ConditionalOnProperty(name = "fugong.mongo.embedded.backend", havingValue = "FILE", matchIfMissing = true)
    ScheduledBackups embeddedStoreBackups(DurableH2Backend backend,
                                          @org.springframework.beans.factory.annotation.Value("${fugong.mongo.embedded.backup-folder:./backups}") Path folder,
                                          @org.springframework.beans.factory.annotation.Value("${fugong.mongo.embedded.backup-keep:7}") int keep) {
        return new ScheduledBackups(backend, folder, keep);
    }

    record Housekeeping(DurableH2Backend backend) {
        @Scheduled(fixedDelayString = "${fugong.mongo.embedded.compact-interval:10m}",
                initialDelayString = "${fugong.mongo.embedded.compact-interval:10m}")
        void compact() {
            backend.compact();
        }
    }

    /** Backups of the running store on {@code fugong.mongo.embedded.backup-cron} (off unless set), the newest kept. */
    record ScheduledBackups(DurableH2Backend backend, Path folder, int keep) {
        @Scheduled(cron = "${fugong.mongo.embedded.backup-cron:-}", zone = BureauTime.ZONE_ID)
        void backup() {
            Path zip = EmbeddedBackup.backup(backend.store(), OwnerOnlyFiles.folder(folder).resolve(EmbeddedBackup.fileName()));
            log.info("Backed up the embedded database to {}", zip.toAbsolutePath());
            try (var files = java.nio.file.Files.list(folder)) {
                files.filter(f -> f.getFileName().toString().matches("fugong-\\d{8}-\\d{6}\\.zip"))
                        .sorted(java.util.Comparator.reverseOrder()).skip(keep).forEach(old -> old.toFile().delete());
            } catch (java.io.IOException e) {
                log.warn("Could not prune old backups in {}: {}", folder, e.toString());
            }
        }
    }

    /** Matches when no MongoDB URI is configured. */
    static class NoMongoUri implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String uri = context.getEnvironment().getProperty("spring.data.mongodb.uri");
            return uri == null || uri.isBlank();
        }
    }
}
