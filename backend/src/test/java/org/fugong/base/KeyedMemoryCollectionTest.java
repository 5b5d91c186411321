package org.fugong.base;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded backends' short ways (queries by an id range or sorted by the id alone, on the memory
 * and the file backend; date-only updates by id on the memory backend) answer exactly what the
 * library's own backends answer: the same operations run against both, and every answer and the
 * stored documents are compared.
 */
class KeyedMemoryCollectionTest {

    private final List<MongoServer> servers = new ArrayList<>();
    private final List<MongoClient> clients = new ArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(MongoClient::close);
        servers.forEach(MongoServer::shutdownNow);
    }

    /** Each backend of ours with the library's backend it narrows: the memory one, and the file one (in memory here). */
    static Stream<Arguments> backends() {
        return Stream.of(
                Arguments.of("memory", (Supplier<MongoBackend>) MemoryBackend::new, (Supplier<MongoBackend>) KeyedMemoryBackend::new),
                Arguments.of("file", (Supplier<MongoBackend>) () -> new H2Backend(new MVStore.Builder().open()),
                        (Supplier<MongoBackend>) () -> new DurableH2Backend(new MVStore.Builder().open(),
                                DurableH2Backend.Durability.BACKGROUND)));
    }

    private MongoCollection<Document> collection(MongoBackend backend, String name) {
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        servers.add(server);
        MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        clients.add(client);
        return client.getDatabase("same").getCollection(name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void queries_by_an_id_range_find_what_a_full_scan_finds_while_workers_come_and_go(String backends, Supplier<MongoBackend> theLibrarys,
            Supplier<MongoBackend> ours) {
        MongoCollection<Document> library = collection(theLibrarys.get(), "workers");
        MongoCollection<Document> keyed = collection(ours.get(), "workers");
        Random random = new Random(7);
        List<ObjectId> ids = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            ids.add(randomId(random));
        }
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < 15; i++) {
                Document worker = new Document("_id", ids.get(random.nextInt(ids.size())))
                        .append("district", random.nextBoolean() ? "霞山区" : "赤坎区").append("n", random.nextInt(100));
                if (both(library, keyed, c -> c.find(Filters.eq("_id", worker.get("_id"))).first()) == null) {
                    both(library, keyed, c -> c.insertOne(new Document(worker)).wasAcknowledged());
                }
            }
            ObjectId gone = ids.get(random.nextInt(ids.size()));
            both(library, keyed, c -> c.deleteOne(Filters.eq("_id", gone)).getDeletedCount());
            ObjectId low = ids.get(random.nextInt(ids.size()));
            ObjectId high = ids.get(random.nextInt(ids.size()));
            List<Bson> ranges = List.of(
                    Filters.and(Filters.gt("_id", low), Filters.lte("_id", high)),
                    Filters.and(Filters.eq("district", "霞山区"), Filters.gte("_id", low), Filters.lt("_id", high)),
                    Filters.gt("_id", low),
                    Filters.and(Filters.lt("_id", high), Filters.gt("n", 50)),
                    Filters.and(Filters.gte("_id", low), Filters.gt("_id", high)));
            for (Bson range : ranges) {
                both(library, keyed, c -> c.find(range).sort(Sorts.ascending("_id")).into(new ArrayList<>()));
                both(library, keyed, c -> c.find(range).sort(Sorts.descending("_id")).skip(2).limit(5).into(new ArrayList<>()));
                both(library, keyed, c -> c.find(range).sort(Sorts.ascending("_id")).projection(new Document("n", 1))
                        .batchSize(10).into(new ArrayList<>()));
                both(library, keyed, c -> c.find(range).sort(Sorts.descending("n", "_id")).limit(7).into(new ArrayList<>()));
                both(library, keyed, c -> c.find(range).into(new ArrayList<>()));
                both(library, keyed, c -> c.countDocuments(range));
            }
            // sorted by the id alone without an id bound: the whole collection in id order
            for (Bson unbounded : List.<Bson>of(new Document(), Filters.eq("district", "赤坎区"), Filters.lt("n", 30))) {
                both(library, keyed, c -> c.find(unbounded).sort(Sorts.ascending("_id")).into(new ArrayList<>()));
                both(library, keyed, c -> c.find(unbounded).sort(Sorts.descending("_id")).skip(3).limit(9).into(new ArrayList<>()));
                both(library, keyed, c -> c.find(unbounded).sort(Sorts.ascending("_id")).projection(new Document("_id", 1))
                        .batchSize(25).into(new ArrayList<>()));
            }
        }
        assertThat(keyed.countDocuments()).isGreaterThan(300);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void plain_queries_find_what_the_librarys_matcher_finds_whatever_the_fields_hold(String backends,
            Supplier<MongoBackend> theLibrarys, Supplier<MongoBackend> ours) {
        MongoCollection<Document> library = collection(theLibrarys.get(), "plain");
        MongoCollection<Document> keyed = collection(ours.get(), "plain");
        Random random = new Random(13);
        List<ObjectId> ids = new ArrayList<>();
        List<Object> districts = List.of("霞山区", "赤坎区", "麻章区");
        for (int i = 0; i < 400; i++) {
            ObjectId id = randomId(random);
            ids.add(id);
            Document worker = new Document("_id", id);
            // what a field holds: a string mostly, else an array (of strings or not), null, a number, a document, nothing
            switch (random.nextInt(9)) {
                case 0 -> worker.append("district", List.of(districts.get(random.nextInt(3)), "坡头区"));
                case 1 -> worker.append("district", null);
                case 2 -> worker.append("district", random.nextInt(3));
                case 3 -> worker.append("district", new Document("name", districts.get(random.nextInt(3))));
                case 4 -> { }
                default -> worker.append("district", districts.get(random.nextInt(3)));
            }
            worker.append("status", random.nextInt(5) == 0 ? List.of() : random.nextBoolean() ? "ACTIVE" : "RETIRED");
            worker.append("ref", random.nextInt(4) == 0 ? "not an id" : randomId(random));
            both(library, keyed, c -> c.insertOne(worker).wasAcknowledged());
        }
        for (int round = 0; round < 30; round++) {
            ObjectId low = ids.get(random.nextInt(ids.size()));
            ObjectId high = ids.get(random.nextInt(ids.size()));
            List<Bson> queries = List.of(
                    Filters.eq("district", "霞山区"),
                    Filters.in("district", "霞山区", "麻章区"),
                    Filters.in("district", List.of()),
                    Filters.and(Filters.in("district", "赤坎区"), Filters.eq("status", "ACTIVE")),
                    Filters.and(Filters.and(Filters.in("district", "赤坎区", "坡头区")), Filters.gt("_id", low), Filters.lte("_id", high)),
                    Filters.and(Filters.gte("_id", low), Filters.lt("_id", high), Filters.ne("status", "RETIRED")),
                    Filters.and(Filters.eq("status", "ACTIVE"), Filters.gte("ref", low), Filters.lt("ref", high)),
                    Filters.and(Filters.in("district", "霞山区", 2), Filters.eq("status", "ACTIVE")),
                    Filters.or(Filters.eq("district", "霞山区"), Filters.eq("status", "RETIRED")),
                    Filters.eq("district.name", "麻章区"));
            for (Bson query : queries) {
                both(library, keyed, c -> c.find(query).sort(Sorts.ascending("_id")).into(new ArrayList<>()));
                both(library, keyed, c -> c.find(query).sort(Sorts.descending("_id")).skip(2).limit(9).into(new ArrayList<>()));
                both(library, keyed, c -> c.find(query).projection(new Document("_id", 1)).into(new ArrayList<>()));
                both(library, keyed, c -> c.countDocuments(query));
            }
            ObjectId gone = ids.get(random.nextInt(ids.size()));
            both(library, keyed, c -> c.deleteOne(Filters.and(Filters.eq("_id", gone), Filters.eq("status", "ACTIVE"))).getDeletedCount());
            both(library, keyed, c -> c.updateMany(Filters.in("district", "赤坎区"), Updates.inc("n", 1)).getModifiedCount());
        }
        both(library, keyed, c -> c.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void a_sort_by_the_id_alone_reads_in_id_order_from_the_first_query_on(String backends, Supplier<MongoBackend> theLibrarys,
            Supplier<MongoBackend> ours) {
        MongoCollection<Document> library = collection(theLibrarys.get(), "sorted");
        MongoCollection<Document> keyed = collection(ours.get(), "sorted");
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            Document worker = new Document("_id", randomId(random)).append("n", random.nextInt(10));
            both(library, keyed, c -> c.insertOne(worker).wasAcknowledged());
        }
        List<Document> first = both(library, keyed, c -> c.find(Filters.gt("n", 4)).sort(Sorts.ascending("_id"))
                .into(new ArrayList<>()));
        assertThat(first).hasSizeGreaterThan(50);
        for (int i = 0; i < 30; i++) {
            Document late = new Document("_id", randomId(random)).append("n", 9);
            both(library, keyed, c -> c.insertOne(late).wasAcknowledged());
        }
        both(library, keyed, c -> c.deleteMany(Filters.eq("n", 0)).getDeletedCount());
        both(library, keyed, c -> c.find(Filters.gt("n", 4)).sort(Sorts.ascending("_id")).into(new ArrayList<>()));
        both(library, keyed, c -> c.find().sort(Sorts.descending("_id")).skip(10).limit(40).into(new ArrayList<>()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void ids_of_mixed_kinds_still_find_their_range(String backends, Supplier<MongoBackend> theLibrarys,
            Supplier<MongoBackend> ours) {
        MongoCollection<Document> library = collection(theLibrarys.get(), "mixed");
        MongoCollection<Document> keyed = collection(ours.get(), "mixed");
        for (Object id : List.<Object>of("b", "d", new ObjectId(), "a", 5, "c")) {
            both(library, keyed, c -> c.insertOne(new Document("_id", id)).wasAcknowledged());
        }
        both(library, keyed, c -> c.find(Filters.gt("_id", "a")).sort(Sorts.ascending("_id")).into(new ArrayList<>()));
        both(library, keyed, c -> c.find(Filters.lte("_id", "c")).into(new ArrayList<>()));
        both(library, keyed, c -> c.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
        both(library, keyed, c -> c.find(Filters.lte("_id", "c")).sort(Sorts.descending("_id")).into(new ArrayList<>()));
        both(library, keyed, c -> c.find(Filters.gte("_id", "b")).sort(Sorts.ascending("_id")).skip(1).limit(2)
                .into(new ArrayList<>()));
        both(library, keyed, c -> c.deleteOne(Filters.eq("_id", 5)).getDeletedCount());
        both(library, keyed, c -> c.find(Filters.and(Filters.gte("_id", "b"), Filters.lt("_id", "d"))).into(new ArrayList<>()));
    }

    @Test
    void queries_through_an_index_on_one_field_find_what_a_full_scan_finds_while_the_field_changes() {
        List<MongoCollection<Document>> pair = indexedOnBoth("indexed", Indexes.ascending("district"),
                Indexes.ascending("skills"), Indexes.ascending("status"), Indexes.ascending("school", "year"));
        MongoCollection<Document> library = pair.get(0);
        MongoCollection<Document> keyed = pair.get(1);
        Random random = new Random(17);
        List<ObjectId> ids = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ids.add(randomId(random));
        }
        for (int i = 0; i < 200; i++) {
            Document worker = new Document("_id", ids.get(i)).append("district", district(random))
                    .append("skills", skills(random)).append("status", random.nextBoolean() ? "ACTIVE" : "RETIRED")
                    .append("n", random.nextInt(100));
            both(library, keyed, c -> c.insertOne(worker).wasAcknowledged());
        }
        for (int round = 0; round < 40; round++) {
            // the indexed fields change: set, unset, pushed to, pulled from, replaced, upserted, deleted
            for (int i = 0; i < 12; i++) {
                ObjectId id = ids.get(random.nextInt(ids.size()));
                Bson update = switch (random.nextInt(6)) {
                    case 0 -> Updates.set("district", district(random));
                    case 1 -> Updates.unset("district");
                    case 2 -> Updates.addToSet("skills", SKILLS.get(random.nextInt(SKILLS.size())));
                    case 3 -> Updates.pull("skills", SKILLS.get(random.nextInt(SKILLS.size())));
                    case 4 -> Updates.combine(Updates.set("status", random.nextBoolean() ? "ACTIVE" : "RETIRED"),
                            Updates.inc("n", 1));
                    default -> Updates.set("skills", skills(random));
                };
                boolean upsert = random.nextInt(5) == 0;
                // a refused update ($addToSet to a string) is refused alike and changes nothing
                both(library, keyed, c -> refusedOr(() -> answer(c.updateOne(Filters.eq("_id", id), update,
                        new UpdateOptions().upsert(upsert)))));
            }
            ObjectId replaced = ids.get(random.nextInt(ids.size()));
            Document replacement = new Document("district", district(random)).append("n", random.nextInt(100));
            both(library, keyed, c -> c.replaceOne(Filters.eq("_id", replaced), replacement).getModifiedCount());
            ObjectId gone = ids.get(random.nextInt(ids.size()));
            both(library, keyed, c -> c.deleteOne(Filters.eq("_id", gone)).getDeletedCount());
            both(library, keyed, c -> c.updateMany(Filters.eq("district", "麻章区"), Updates.set("status", "RETIRED"))
                    .getModifiedCount());
            if (round % 10 == 9) {
                both(library, keyed, c -> c.deleteMany(Filters.in("district", "坡头区")).getDeletedCount());
            }
            ObjectId low = ids.get(random.nextInt(ids.size()));
            ObjectId high = ids.get(random.nextInt(ids.size()));
            List<Bson> queries = List.of(
                    Filters.eq("district", "霞山区"),
                    Filters.in("district", "霞山区", "麻章区"),
                    Filters.in("district", List.of()),
                    Filters.and(Filters.in("district", "赤坎区", "坡头区"), Filters.gt("_id", low), Filters.lte("_id", high)),
                    Filters.and(Filters.eq("district", "赤坎区"), Filters.gte("_id", low)),
                    Filters.and(Filters.in("district", "霞山区", "赤坎区"), Filters.lt("_id", high), Filters.eq("status", "ACTIVE")),
                    Filters.and(Filters.eq("district", "霞山区"), Filters.eq("district", "坡头区")),
                    Filters.and(Filters.in("skills", "电工", "焊工"), Filters.in("district", "霞山区", "赤坎区", "麻章区")),
                    Filters.eq("skills", "叉车"),
                    Filters.and(Filters.in("district", "霞山区", "麻章区"), Filters.nin("district", "麻章区")),
                    Filters.and(Filters.eq("status", "ACTIVE"), Filters.or(Filters.eq("district", "霞山区"), Filters.gt("n", 50))),
                    Filters.and(Filters.in("district", "霞山区", 2), Filters.gt("_id", low)),
                    Filters.and(Filters.eq("district", "赤坎区"), Filters.gt("_id", "not an id")),
                    Filters.and(Filters.eq("district", "赤坎区"), Filters.gt("_id", high), Filters.lt("_id", low)));
            for (Bson query : queries) {
                both(library, keyed, c -> c.find(query).sort(Sorts.ascending("_id")).into(new ArrayList<>()));
                both(library, keyed, c -> c.find(query).sort(Sorts.descending("_id")).skip(2).limit(9).into(new ArrayList<>()));
                both(library, keyed, c -> c.find(query).sort(Sorts.ascending("_id")).skip(4).limit(1)
                        .projection(new Document("_id", 1)).first());
                both(library, keyed, c -> c.find(query).sort(Sorts.descending("n", "_id")).limit(7).into(new ArrayList<>()));
                both(library, keyed, c -> c.find(query).into(new ArrayList<>()));
                both(library, keyed, c -> c.find(query).projection(new Document("n", 1)).batchSize(10).into(new ArrayList<>()));
                both(library, keyed, c -> c.countDocuments(query));
            }
        }
        both(library, keyed, c -> c.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
        both(library, keyed, c -> c.listIndexes().into(new ArrayList<>()));
        assertThat(keyed.countDocuments(Filters.in("district", "霞山区", "赤坎区"))).isGreaterThan(20);
    }

    @Test
    void an_index_on_a_collection_whose_ids_are_of_mixed_kinds_stops_and_queries_still_find_their_documents() {
        List<MongoCollection<Document>> pair = indexedOnBoth("mixedIndexed", Indexes.ascending("d"));
        MongoCollection<Document> library = pair.get(0);
        MongoCollection<Document> keyed = pair.get(1);
        for (Object id : List.<Object>of("b", "d", "a", new ObjectId(), 5, "c")) {
            both(library, keyed, c -> c.insertOne(new Document("_id", id).append("d", "x")).wasAcknowledged());
            both(library, keyed, c -> c.find(Filters.eq("d", "x")).sort(Sorts.ascending("_id")).into(new ArrayList<>()));
            both(library, keyed, c -> c.find(Filters.and(Filters.eq("d", "x"), Filters.gt("_id", "a"))).into(new ArrayList<>()));
        }
        both(library, keyed, c -> c.deleteMany(Filters.eq("d", "x")).getDeletedCount());
        both(library, keyed, c -> c.find().into(new ArrayList<>()));
    }

    /** A collection on the library's memory backend and one on ours, with the same indexes. */
    private List<MongoCollection<Document>> indexedOnBoth(String name, Bson... indexes) {
        List<MongoCollection<Document>> pair = List.of(collection(new MemoryBackend(), name),
                collection(new KeyedMemoryBackend(), name));
        for (MongoCollection<Document> c : pair) {
            for (Bson index : indexes) {
                c.createIndex(index);
            }
        }
        return pair;
    }

    private static final List<String> SKILLS = List.of("电工", "焊工", "叉车", "厨师");

    /** What an indexed field holds: a string mostly, else an array (of strings or not), null, a number, a document, nothing. */
    private static Object district(Random random) {
        List<String> districts = List.of("霞山区", "赤坎区", "麻章区", "坡头区");
        return switch (random.nextInt(11)) {
            case 0 -> List.of(districts.get(random.nextInt(4)), districts.get(random.nextInt(4)));
            case 1 -> List.of(districts.get(random.nextInt(4)), 2);
            case 2 -> List.of();
            case 3 -> null;
            case 4 -> 2;
            case 5 -> new Document("name", districts.get(random.nextInt(4)));
            case 6 -> List.of(List.of(districts.get(random.nextInt(4))));
            default -> districts.get(random.nextInt(4));
        };
    }

    private static Object skills(Random random) {
        List<String> skills = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            skills.add(SKILLS.get(random.nextInt(SKILLS.size())));
        }
        return random.nextInt(8) == 0 ? SKILLS.get(0) : skills;
    }

    @Test
    void date_bounds_by_id_give_the_same_entries_answers_and_documents_as_the_library() {
        MongoCollection<Document> library = collection(new MemoryBackend(), "inboxBuckets");
        MongoCollection<Document> keyed = collection(new KeyedMemoryBackend(), "inboxBuckets");
        Random random = new Random(11);
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        for (int i = 0; i < 1_500; i++) {
            String bucket = "w" + random.nextInt(40) + ":202612";
            String entry = "e.n" + random.nextInt(6);
            Date at = new Date(1_800_000_000_000L + random.nextInt(50) * 60_000L);
            Bson update = switch (random.nextInt(6)) {
                case 0 -> Updates.min(entry + ".r", at);
                case 1 -> Updates.combine(Updates.max(entry + ".p", at), Updates.max(entry + ".a", at));
                case 2 -> Updates.combine(Updates.set(entry + ".rs", "APPROVED"), Updates.max(entry + ".a", at));
                case 3 -> Updates.unset(entry + ".r");
                default -> Updates.max(entry + ".p", at);
            };
            UpdateOptions options = random.nextInt(4) == 0 ? new UpdateOptions() : upsert;
            boolean many = random.nextBoolean(); // Spring Data's bulk upsert is an update of many by id
            both(library, keyed, c -> answer(many ? c.updateMany(Filters.eq("_id", bucket), update, options)
                    : c.updateOne(Filters.eq("_id", bucket), update, options)));
        }
        both(library, keyed, c -> c.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
    }

    @Test
    void a_date_bound_through_a_value_that_is_not_a_document_is_refused_as_the_library_refuses_it() {
        MongoCollection<Document> keyed = collection(new KeyedMemoryBackend(), "inboxBuckets");
        keyed.insertOne(new Document("_id", "w1:202612").append("e", new Document("n1", "not an entry")));

        assertThatThrownBy(() -> keyed.updateOne(Filters.eq("_id", "w1:202612"), Updates.max("e.n1.p", new Date())))
                .isInstanceOf(MongoWriteException.class);
        assertThat(keyed.find().first()).isEqualTo(new Document("_id", "w1:202612").append("e", new Document("n1", "not an entry")));
    }

    @Test
    void a_date_bound_on_a_field_a_unique_index_reads_still_keeps_the_key_unique() {
        MongoCollection<Document> keyed = collection(new KeyedMemoryBackend(), "stamps");
        keyed.createIndex(Indexes.ascending("at"), new IndexOptions().unique(true));
        Date at = new Date(1_800_000_000_000L);
        keyed.updateOne(Filters.eq("_id", "a"), Updates.max("at", at), new UpdateOptions().upsert(true));

        assertThatThrownBy(() -> keyed.updateOne(Filters.eq("_id", "b"), Updates.max("at", at), new UpdateOptions().upsert(true)))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        assertThat(keyed.countDocuments()).isEqualTo(1);
    }

    private static String refusedOr(Supplier<String> write) {
        try {
            return write.get();
        } catch (MongoWriteException refused) {
            return "refused " + refused.getCode();
        }
    }

    private static String answer(UpdateResult result) {
        return result.getMatchedCount() + "/" + result.getModifiedCount() + "/" + result.getUpsertedId();
    }

    /** Runs the same call against both collections and asserts they answer alike; the answer. */
    /** An object id made at a random moment within about twelve days, as workers' ids are. */
    private static ObjectId randomId(Random random) {
        return new ObjectId(new Date(1_700_000_000_000L + random.nextInt(1_000_000_000)), random.nextInt(1 << 24));
    }

    private static <T> T both(MongoCollection<Document> library, MongoCollection<Document> keyed,
                              Function<MongoCollection<Document>, T> call) {
        T expected = call.apply(library);
        T actual = call.apply(keyed);
        assertThat(actual).isEqualTo(expected);
        return actual;
    }
}
