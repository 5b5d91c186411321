package org.fugong.base;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader of the embedded server sees every document as one update left it, never half-way through
 * the next: the library changes a stored document in place, while a query's answer is encoded after
 * the collection's lock is released (decision 52).
 */
class EmbeddedReadsTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"MEMORY", "FILE"})
    void readers_never_see_a_document_half_updated(String kind) throws Exception {
        MongoServer server = new MongoServer(backend(kind));
        InetSocketAddress address = server.bind();
        ExecutorService threads = Executors.newFixedThreadPool(5);
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort()
                + "/?socketTimeoutMS=10000&retryReads=false&retryWrites=false")) {
            MongoCollection<Document> jobs = client.getDatabase("reads").getCollection("jobs");
            jobs.insertOne(fields(0));
            AtomicBoolean writing = new AtomicBoolean(true);
            // each update sets all fields to the same new value and adds or drops one: a reader that sees two
            // values, or whose answer fails, saw the document between two of the library's steps
            Future<Integer> writer = threads.submit(() -> {
                int n = 0;
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                while (System.nanoTime() < until) {
                    n++;
                    Document set = fields(n);
                    set.remove("_id");
                    Document update = n % 2 == 0 ? new Document("$set", set.append("extra" + n % 7, n))
                            : new Document("$set", set).append("$unset", new Document("extra" + (n - 1) % 7, ""));
                    if (n % 3 == 0) {
                        jobs.findOneAndUpdate(Filters.eq("_id", "job"), update,
                                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
                    } else {
                        jobs.updateOne(Filters.eq("_id", "job"), update);
                    }
                }
                writing.set(false);
                return n;
            });
            List<Future<List<String>>> readers = new ArrayList<>();
            // two readers ask for every field through a projection, whose answer the server builds anew
            // instead of copying (decision 52): it must be as whole as the copy
            Document everyField = new Document();
            fields(0).keySet().forEach(field -> everyField.append(field, 1));
            for (int r = 0; r < 4; r++) {
                Document projection = r % 2 == 0 ? null : everyField;
                readers.add(threads.submit(() -> {
                    List<String> torn = new ArrayList<>();
                    while (writing.get()) {
                        Document job = jobs.find(Filters.eq("_id", "job")).projection(projection).first();
                        if (job.keySet().stream().filter(k -> k.startsWith("f")).map(job::get).distinct().count() != 1) {
                            torn.add(job.toJson());
                        }
                    }
                    return torn;
                }));
            }
            assertThat(writer.get(30, TimeUnit.SECONDS)).isGreaterThan(100);
            for (Future<List<String>> reader : readers) {
                assertThat(reader.get(30, TimeUnit.SECONDS)).as("documents read half-updated").isEmpty();
            }
            assertThat(jobs.find().first()).satisfies(job -> assertThat(job.get("f0")).isEqualTo(job.get("f199")));
        } finally {
            threads.shutdownNow();
            server.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MEMORY", "FILE"})
    void what_a_reader_was_given_never_changes_and_the_library_own_writes_still_land(String kind) {
        MongoBackend backend = backend(kind);
        var jobs = backend.resolveDatabase("reads").createCollectionOrThrowIfExists("jobs");
        jobs.addDocument(bson("_id", "job", "n", 1));
        jobs.addDocument(bson("_id", "gone", "n", 1));
        var byId = bson("_id", "job");

        var read = jobs.handleQuery(byId).iterator().next();
        jobs.updateDocuments(byId, bson("$set", bson("n", 2, "added", true)), ArrayFilters.empty(), false, false, NoopOplog.get());
        assertThat(read).as("a document once read").isEqualTo(bson("_id", "job", "n", 1));

        var returned = (de.bwaldvogel.mongo.bson.Document) jobs.findAndModify(
                bson("query", byId, "new", true, "update", bson("$inc", bson("n", 1)))).get("value");
        assertThat(returned).isEqualTo(bson("_id", "job", "n", 3, "added", true));
        jobs.updateDocuments(byId, bson("$unset", bson("added", "")), ArrayFilters.empty(), false, false, NoopOplog.get());
        assertThat(returned).as("findAndModify's new document, once answered").isEqualTo(bson("_id", "job", "n", 3, "added", true));

        assertThat(jobs.deleteDocuments(bson("_id", "gone"), 0)).isEqualTo(1);
        assertThat(jobs.handleQuery(bson())).as("the library's own writes landed").containsExactly(bson("_id", "job", "n", 3));
    }

    @Test
    void a_file_written_by_the_library_own_h2_backend_reads_the_same() {
        Path file = folder.resolve("library.mv");
        MVStore written = new MVStore.Builder().fileName(file.toString()).open();
        MongoServer library = new MongoServer(new H2Backend(written));
        InetSocketAddress first = library.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + first.getHostString() + ":" + first.getPort())) {
            client.getDatabase("fugong").getCollection("workers").insertOne(new Document("_id", "w1").append("name", "张三"));
        } finally {
            library.shutdownNow();
            written.close();
        }
        MVStore reopened = new MVStore.Builder().fileName(file.toString()).open();
        MongoServer ours = new MongoServer(new DurableH2Backend(reopened, DurableH2Backend.Durability.WRITTEN));
        InetSocketAddress second = ours.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + second.getHostString() + ":" + second.getPort())) {
            MongoCollection<Document> workers = client.getDatabase("fugong").getCollection("workers");
            assertThat(workers.find().first()).isEqualTo(new Document("_id", "w1").append("name", "张三"));
            workers.insertOne(new Document("_id", "w2"));
            assertThat(workers.countDocuments()).isEqualTo(2);
        } finally {
            ours.shutdownNow();
            reopened.close();
        }
    }

    private MongoBackend backend(String kind) {
        return kind.equals("MEMORY") ? new KeyedMemoryBackend()
                : new DurableH2Backend(new MVStore.Builder().fileName(folder.resolve(kind + ".mv").toString()).open(),
                DurableH2Backend.Durability.WRITTEN);
    }

    /** The embedded server's own document of these keys and values. */
    private static de.bwaldvogel.mongo.bson.Document bson(Object... keysAndValues) {
        var document = new de.bwaldvogel.mongo.bson.Document();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            document.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return document;
    }

    /** A job document with 200 fields, all {@code n}. */
    private static Document fields(int n) {
        Document document = new Document("_id", "job");
        for (int i = 0; i < 200; i++) {
            document.append("f" + i, n);
        }
        return document;
    }
}
