package fugong.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several nodes of the backend on one database, as in production: a MongoDB-wire server of the test's
 * own, and as many application contexts as the test starts, each with its own dispatcher, relay and
 * leases, all pointed at the same FCM stand-in.
 */
public final class Nodes implements AutoCloseable {

    private final MongoServer database = new MongoServer(new MemoryBackend());
    private final String uri;
    private final Map<String, Object> properties = new HashMap<>();
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    public Nodes(String fcmEndpoint, Map<String, Object> settings) {
        database.bind("127.0.0.1", 0);
        InetSocketAddress address = database.getLocalAddress();
        uri = "mongodb://127.0.0.1:" + address.getPort() + "/fugong";
        properties.put("spring.data.mongodb.uri", uri);
        properties.put("server.port", "0");
        properties.put("spring.profiles.active", "test");
        properties.put("fugong.push.fcm.endpoint", fcmEndpoint);
        properties.put("spring.main.banner-mode", "off");
        properties.putAll(settings);
    }

    /** Starts one more node. */
    public ConfigurableApplicationContext start() {
        ConfigurableApplicationContext node = new SpringApplicationBuilder(BackendTestApplication.class)
                .properties(properties).run();
        started.add(node);
        return node;
    }

    /**
     * Writes {@code count} workers living in {@code district}, each with one Android device whose token is
     * {@code tokenPrefix + i}, straight into the database as the services would leave them.
     *
     * @return the tokens, in worker order
     */
    public static List<String> seedWorkers(MongoTemplate mongo, int count, String district, String tokenPrefix) {
        List<Document> workers = new ArrayList<>(count);
        List<Document> devices = new ArrayList<>(count);
        List<String> tokens = new ArrayList<>(count);
        Date now = new Date();
        for (int i = 0; i < count; i++) {
            ObjectId id = new ObjectId();
            String token = tokenPrefix + i;
            String installation = "install-" + token;
            workers.add(new Document("_id", id).append("phoneHash", "seed-" + token).append("phoneMasked", "139****0000")
                    .append("district", district).append("industries", List.of()).append("skills", List.of())
                    .append("locale", "zh-CN").append("subscriptions", List.of("JOB_FAIR", "POLICY", "RETURN_BUS",
                            "JOB_POSTING", "ANNOUNCEMENT"))
                    .append("targets", new Document(installation, new Document("installationId", installation)
                            .append("token", token).append("platform", "ANDROID").append("locale", "zh-CN")))
                    .append("createdAt", now).append("updatedAt", now).append("version", 0L).append("inboxSyncedVersion", 0L));
            devices.add(new Document("_id", installation).append("workerId", id.toHexString()).append("platform", "ANDROID")
                    .append("fcmToken", token).append("locale", "zh-CN").append("active", true)
                    .append("createdAt", now).append("updatedAt", now));
            tokens.add(token);
        }
        mongo.getCollection("workers").insertMany(workers);
        mongo.getCollection("devices").insertMany(devices);
        return tokens;
    }

    @Override
    public void close() {
        started.forEach(ConfigurableApplicationContext::close);
        database.shutdown();
    }
}
