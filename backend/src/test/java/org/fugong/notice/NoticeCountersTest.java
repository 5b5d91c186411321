package org.fugong.notice;

import fugong.testing.MemoryMongo;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.fugong.notice.internal.NoticeCountersDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counters a fan-out adds to for every batch, by upserts that read nothing back (decision 70): the
 * increments, the resets after a migration and the reads meet in one document per notice, under the
 * id Spring Data stores.
 */
class NoticeCountersTest {

    private MemoryMongo database;
    private MongoTemplate mongo;
    private NoticeCounters counters;

    @BeforeEach
    void start() {
        database = new MemoryMongo("counters");
        mongo = database.template();
        counters = new NoticeCounters(mongo);
    }

    @AfterEach
    void stop() {
        database.close();
    }

    @Test
    void incrementsResetsAndReadsMeetInOneDocumentUnderTheStoredId() {
        String notice = new ObjectId().toHexString();
        counters.reset(notice, 10, 2);
        counters.addTargeted(notice, 500);
        counters.addTargeted(notice, 0);
        counters.addRead(notice, 1);
        counters.addPushes(notice, 480, 20, 3);
        counters.addPushes(notice, 0, 0, 0);
        counters.resetPushes(notice, 490, 10, 3);
        counters.addPushes(notice, 5, 1, 0);

        NoticeCountersDocument figures = counters.of(notice);
        assertThat(figures.targeted).isEqualTo(510);
        assertThat(figures.read).isEqualTo(3);
        assertThat(figures.sent).isEqualTo(495);
        assertThat(figures.failed).isEqualTo(11);
        assertThat(figures.invalidTokens).isEqualTo(3);
        var stored = mongo.getCollection(mongo.getCollectionName(NoticeCountersDocument.class));
        assertThat(stored.countDocuments()).isEqualTo(1);
        assertThat(stored.find().first().get("_id")).isEqualTo(new ObjectId(notice));
    }

    @Test
    void aNoticeIdThatIsNoObjectIdIsKeptAsAString() {
        counters.addTargeted("imported-7", 4);
        counters.addPushes("imported-7", 4, 0, 0);

        assertThat(counters.of("imported-7").targeted).isEqualTo(4);
        assertThat(counters.of("imported-7").sent).isEqualTo(4);
        var stored = mongo.getCollection(mongo.getCollectionName(NoticeCountersDocument.class));
        assertThat(stored.find(new Document("_id", "imported-7")).first()).isNotNull();
        assertThat(stored.countDocuments()).isEqualTo(1);
    }
}
