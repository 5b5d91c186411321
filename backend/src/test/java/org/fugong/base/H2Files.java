package org.fugong.base;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

/** Opens a file store the way the library's own backend does or the way ours does, for the file format's tests. */
final class H2Files {

    private H2Files() {
    }

    /** Opens the file with the library's backend or ours, runs the work against one collection of it, closes it. */
    static void run(Path file, boolean ours, String collection, Consumer<MongoCollection<Document>> work) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        MongoBackend backend = ours ? new DurableH2Backend(store, DurableH2Backend.Durability.WRITTEN) : new H2Backend(store);
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            work.accept(client.getDatabase("fugong").getCollection(collection));
        } finally {
            server.shutdownNow();
            store.close();
        }
    }

    /** What was written to the buffer. */
    static byte[] bytes(WriteBuffer buffer) {
        var flipped = buffer.getBuffer().flip();
        return Arrays.copyOfRange(flipped.array(), flipped.arrayOffset(), flipped.arrayOffset() + flipped.limit());
    }
}
