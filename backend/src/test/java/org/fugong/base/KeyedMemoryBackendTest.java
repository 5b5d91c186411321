package org.fugong.base;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The memory backend's unique indexes read plain keys directly: what is unique, what an update may
 * change and what a query by key finds are the same as with the library's own indexes.
 */
class KeyedMemoryBackendTest {

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> devices;

    @BeforeEach
    void start() {
        server = new MongoServer(new KeyedMemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        devices = client.getDatabase("keyed").getCollection("devices");
        devices.createIndex(Indexes.ascending("token"), new IndexOptions().unique(true));
        devices.createIndex(Indexes.ascending("_id", "workerId"), new IndexOptions().unique(true));
        devices.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true).sparse(true));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void a_second_document_with_a_taken_key_is_refused_and_the_first_stays_findable_by_it() {
        devices.insertOne(new Document("_id", "install-1").append("token", "tok-1").append("workerId", new ObjectId()));

        assertThatThrownBy(() -> devices.insertOne(new Document("_id", "install-2").append("token", "tok-1")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> devices.insertOne(new Document("_id", "install-1").append("token", "tok-9")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");

        assertThat(devices.find(new Document("token", "tok-1")).first()).extracting(d -> d.get("_id")).isEqualTo("install-1");
        assertThat(devices.countDocuments()).isEqualTo(1);
    }

    @Test
    void a_compound_key_is_found_by_all_its_fields_and_only_by_the_document_that_holds_them() {
        ObjectId worker = new ObjectId();
        devices.insertOne(new Document("_id", "install-1").append("token", "tok-1").append("workerId", worker));

        assertThat(devices.find(new Document("_id", "install-1").append("workerId", worker)).first()).isNotNull();
        assertThat(devices.find(new Document("_id", "install-1").append("workerId", new ObjectId())).first()).isNull();
    }

    @Test
    void an_update_may_keep_its_own_key_but_not_take_another_documents() {
        devices.insertOne(new Document("_id", "install-1").append("token", "tok-1").append("at", new Date()));
        devices.insertOne(new Document("_id", "install-2").append("token", "tok-2"));

        devices.updateOne(new Document("_id", "install-1"), new Document("$set", new Document("at", new Date()).append("token", "tok-1")));
        assertThatThrownBy(() -> devices.updateOne(new Document("_id", "install-2"), new Document("$set", new Document("token", "tok-1"))))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        devices.updateOne(new Document("_id", "install-2"), new Document("$set", new Document("token", "tok-3")));

        assertThat(devices.find(new Document("token", "tok-3")).first()).extracting(d -> d.get("_id")).isEqualTo("install-2");
        assertThat(devices.find(new Document("token", "tok-2")).first()).isNull();
        devices.insertOne(new Document("_id", "install-3").append("token", "tok-2"));
        assertThat(devices.countDocuments()).isEqualTo(3);
    }

    @Test
    void a_missing_key_counts_as_null_once_and_numbers_keep_the_librarys_rules() {
        devices.insertOne(new Document("_id", "install-1"));
        assertThatThrownBy(() -> devices.insertOne(new Document("_id", "install-2").append("token", null)))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");

        // sparse and numeric keys take the library's path: 1 and 1.0 are the same key, absent ones are not indexed
        devices.insertOne(new Document("_id", "install-3").append("token", "tok-3").append("number", 1));
        assertThatThrownBy(() -> devices.insertOne(new Document("_id", "install-4").append("token", "tok-4").append("number", 1.0)))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        devices.insertOne(new Document("_id", 5).append("token", "tok-5"));
        assertThatThrownBy(() -> devices.insertOne(new Document("_id", 5.0).append("token", "tok-6")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        assertThat(devices.find(new Document("_id", 5L)).first()).isNotNull();
    }
}
