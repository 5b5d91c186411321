package org.fugong.base;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database's backup and restore commands: a backup is the data as it was, restoring it
 * brings exactly that back and keeps the file it replaced; a backup of a running store is consistent;
 * nothing is restored over a store that is in use; backups are owner-only.
 */
class EmbeddedBackupTest {

    @TempDir
    Path folder;

    @Test
    void a_backup_restored_brings_back_the_data_as_it_was_and_keeps_the_replaced_file() {
        Path data = folder.resolve("data");
        withDatabase(data, workers -> workers.insertOne(new Document("_id", "ada").append("name", "阿达")));

        Path zip = folder.resolve("backups/fugong.zip");
        assertThat(run("--fugong.backup=" + zip, "--fugong.mongo.embedded.path=" + data)).isZero();
        assertThat(OwnerOnlyFiles.isOwnerOnly(zip)).isTrue();

        withDatabase(data, workers -> workers.insertOne(new Document("_id", "bo").append("name", "阿波")));
        assertThat(run("--fugong.restore=" + zip, "--fugong.mongo.embedded.path=" + data)).isZero();

        withDatabase(data, workers -> assertThat(workers.find().map(d -> d.getString("name")).into(new java.util.ArrayList<>()))
                .containsExactly("阿达"));
        try (var files = Files.list(data)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(name -> name.startsWith("fugong.mv.before-restore-"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_running_store_backs_up_consistently_and_is_never_restored_over() {
        Path data = folder.resolve("live");
        DurableH2Backend backend = new DurableH2Backend(
                EmbeddedMongoConfiguration.openStore(data, DurableH2Backend.Durability.WRITTEN,
                        EmbeddedMongoProperties.MIN_CACHE_MB), DurableH2Backend.Durability.WRITTEN);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://" + hostPort(server))) {
            MongoCollection<Document> workers = client.getDatabase("fugong").getCollection("workers");
            for (int i = 0; i < 100; i++) {
                workers.insertOne(new Document("_id", "w" + i));
            }
            Path zip = EmbeddedBackup.backup(backend.store(), folder.resolve("online.zip"));

            assertThat(run("--fugong.restore=" + zip, "--fugong.mongo.embedded.path=" + data))
                    .as("the store is in use").isEqualTo(1);
            assertThat(run("--fugong.backup=" + folder.resolve("offline.zip"), "--fugong.mongo.embedded.path=" + data))
                    .as("the file is held by the running server").isEqualTo(1);

            Path copy = folder.resolve("copy");
            EmbeddedBackup.restore(zip, copy);
            server.shutdown();
            withDatabase(copy, restored -> assertThat(restored.countDocuments()).isEqualTo(100));
        } finally {
            server.shutdownNow();
        }
    }

    private void withDatabase(Path data, Consumer<MongoCollection<Document>> work) {
        DurableH2Backend backend = new DurableH2Backend(
                EmbeddedMongoConfiguration.openStore(data, DurableH2Backend.Durability.WRITTEN,
                        EmbeddedMongoProperties.MIN_CACHE_MB), DurableH2Backend.Durability.WRITTEN);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://" + hostPort(server))) {
            work.accept(client.getDatabase("fugong").getCollection("workers"));
        } finally {
            server.shutdown();
        }
    }

    private static String hostPort(MongoServer server) {
        var address = server.bind();
        return address.getHostString() + ":" + address.getPort();
    }

    private static int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = EmbeddedBackup.command(args, new PrintStream(out, true, StandardCharsets.UTF_8));
        System.out.println(out.toString(StandardCharsets.UTF_8));
        return code;
    }
}
