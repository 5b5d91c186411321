package fugong.testing;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Empties every collection but the generated keys, keeping the indexes. */
public final class Database {

    private Database() {
    }

    public static void clear(MongoTemplate mongo) {
        for (String name : mongo.getCollectionNames()) {
            if (!name.equals("settings") && !name.startsWith("system.")) {
                mongo.getCollection(name).deleteMany(new Document());
            }
        }
    }
}
