package org.fugong.enterprise;

import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.fugong.base.Role;
import org.fugong.notice.internal.ActiveNoticeDocument;
import org.fugong.notice.internal.InboxBucketDocument;
import org.fugong.notice.internal.NoticeCountersDocument;
import org.fugong.notice.internal.NoticeDocument;
import org.fugong.push.internal.DispatchJobDocument;
import org.fugong.push.internal.DispatchRangeDocument;
import org.fugong.push.internal.PushBatchDocument;
import org.fugong.push.internal.PushOutboxDocument;
import org.fugong.response.internal.CapacityDocument;
import org.fugong.response.internal.ReminderDocument;
import org.fugong.response.internal.ResponseDocument;
import org.fugong.response.internal.SubsidyLedgerDocument;
import org.fugong.worker.internal.DeviceDocument;
import org.fugong.worker.internal.SchoolDocument;
import org.fugong.worker.internal.WorkerDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Documents written before the documents moved into the features' internal packages carry the old
 * class name in {@code _class}. Spring Data reads them as the class asked for (the stored name is only
 * a hint, and one naming no loadable class is ignored), so an enterprise and a console user stored
 * by an earlier release still read, and new writes carry the new name. The same holds for the
 * documents of workers, notices, pushes and responses, nested values in maps included (a worker's
 * push targets, an inbox's entries), which moved later.
 */
class StoredBeforeTheMoveTest extends IntegrationTest {

    @Test
    void an_enterprise_stored_under_the_old_class_name_still_reads() {
        String id = new ObjectId().toHexString();
        mongo.getCollection("enterprises").insertOne(new Document("_id", new ObjectId(id))
                .append("name", "旧版本写入的工厂").append("creditCode", "91440300MA5OLDCLS1")
                .append("key", true).append("createdAt", Date.from(Instant.parse("2025-01-02T03:04:05Z")))
                .append("_class", "org.fugong.enterprise.EnterpriseDocument"));

        Enterprise read = enterprises.find(id).orElseThrow();

        assertThat(read.name()).isEqualTo("旧版本写入的工厂");
        assertThat(read.key()).isTrue();
        assertThat(read.createdAt()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
    }

    @Test
    void an_enterprise_written_now_carries_the_class_name_of_the_features_inside() {
        Enterprise created = data.enterprise("新版本写入的工厂", data.staff("move.official", Role.OFFICIAL), false);

        Document raw = mongo.getCollection("enterprises").find(new Document("_id", new ObjectId(created.id()))).first();

        assertThat(raw.getString("_class")).isEqualTo("org.fugong.enterprise.internal.EnterpriseDocument");
    }

    @Test
    void a_console_user_stored_under_the_old_class_name_is_still_found_by_name() {
        String id = new ObjectId().toHexString();
        mongo.getCollection("users").insertOne(new Document("_id", new ObjectId(id))
                .append("username", "old.release.official").append("displayName", "旧版本的干部")
                .append("roles", java.util.List.of("OFFICIAL")).append("enabled", true)
                .append("_class", "org.fugong.security.StaffUserDocument"));

        assertThat(users.findByUsername("old.release.official"))
                .hasValueSatisfying(user -> assertThat(user.displayName()).isEqualTo("旧版本的干部"));
    }

    @Test
    void a_worker_their_inbox_and_their_application_stored_under_the_old_class_names_still_read() {
        String official = data.signedInStaff("move.notices", Role.OFFICIAL);
        String reviewer = data.signedInStaff("move.reviewer", Role.REVIEWER);
        Enterprise factory = data.enterprise("旧版本的招聘厂", data.staff("move.leader", Role.OFFICIAL), false);
        TestData.Worker ada = data.worker("token-old-release", "赤坎区");
        String posting = notices.publish(notices.jobPosting(factory.id(), Notices.everyone()), official, reviewer);
        notices.awaitDispatched(posting);
        Api.Reply applied = api.post("/api/v1/notices/" + posting + "/responses").as(ada.accessToken())
                .header("Idempotency-Key", "old-release-1")
                .json(map("kind", "APPLY", "fields", map("message", "我有三年经验", "expectedSalary", 5500))).send();
        assertThat(applied.status()).isEqualTo(201);
        assertThat(raw("notices").getString("_class")).isEqualTo("org.fugong.notice.internal.NoticeDocument");
        assertThat(raw("responses").getString("_class")).isEqualTo("org.fugong.response.internal.ResponseDocument");

        underOldNames("workers", "org.fugong.worker.WorkerDocument", "targets", "org.fugong.worker.WorkerDocument$Target");
        underOldNames("devices", "org.fugong.worker.DeviceDocument", null, null);
        underOldNames("notices", "org.fugong.notice.NoticeDocument", null, null);
        underOldNames("activeNotices", "org.fugong.notice.ActiveNoticeDocument", null, null);
        underOldNames("inboxBuckets", "org.fugong.notice.InboxBucketDocument", "e", "org.fugong.notice.InboxBucketDocument$Entry");
        underOldNames("responses", "org.fugong.response.ResponseDocument", null, null);

        Api.Reply inbox = api.get("/api/v1/me/inbox").as(ada.accessToken()).send();
        assertThat(inbox.body().path("items")).singleElement()
                .satisfies(item -> assertThat(item.path("noticeId").asText()).isEqualTo(posting));
        Api.Reply responses = api.get("/api/v1/me/responses").as(ada.accessToken()).send();
        assertThat(responses.body().path("items")).singleElement()
                .satisfies(item -> assertThat(item.path("status").asText()).isEqualTo("SUBMITTED"));
        String next = notices.publish(notices.announcement("旧数据之后的通知", Notices.everyone()), official, reviewer);
        notices.awaitDispatched(next);
        assertThat(fcm.received(m -> next.equals(m.noticeId()))).extracting(m -> m.token())
                .containsExactly("token-old-release");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("movedDocuments")
    void every_moved_document_reads_one_stored_under_its_old_class_name(String oldName, Class<?> moved) {
        assertThatThrownBy(() -> Class.forName(oldName)).as("the old class is gone")
                .isInstanceOf(ClassNotFoundException.class);
        mongo.getCollection(mongo.getCollectionName(moved))
                .insertOne(new Document("_id", "stored-by-an-earlier-release").append("_class", oldName));

        assertThat(mongo.findById("stored-by-an-earlier-release", moved)).isInstanceOf(moved);
    }

    static Stream<Arguments> movedDocuments() {
        return Stream.of(
                Arguments.of("org.fugong.worker.WorkerDocument", WorkerDocument.class),
                Arguments.of("org.fugong.worker.DeviceDocument", DeviceDocument.class),
                Arguments.of("org.fugong.worker.Schools$SchoolDocument", SchoolDocument.class),
                Arguments.of("org.fugong.notice.NoticeDocument", NoticeDocument.class),
                Arguments.of("org.fugong.notice.ActiveNoticeDocument", ActiveNoticeDocument.class),
                Arguments.of("org.fugong.notice.InboxBucketDocument", InboxBucketDocument.class),
                Arguments.of("org.fugong.notice.NoticeCounters$CountersDocument", NoticeCountersDocument.class),
                Arguments.of("org.fugong.push.DispatchJobDocument", DispatchJobDocument.class),
                Arguments.of("org.fugong.push.DispatchRangeDocument", DispatchRangeDocument.class),
                Arguments.of("org.fugong.push.PushBatchDocument", PushBatchDocument.class),
                Arguments.of("org.fugong.push.PushOutboxDocument", PushOutboxDocument.class),
                Arguments.of("org.fugong.response.CapacityDocument", CapacityDocument.class),
                Arguments.of("org.fugong.response.ReminderDocument", ReminderDocument.class),
                Arguments.of("org.fugong.response.ResponseDocument", ResponseDocument.class),
                Arguments.of("org.fugong.response.SubsidyLedgerDocument", SubsidyLedgerDocument.class));
    }

    private Document raw(String collection) {
        return mongo.getCollection(collection).find().first();
    }

    /**
     * Rewrites a collection as an earlier release left it: its documents' {@code _class}, and that of
     * the values of one map field, the old class names.
     */
    private void underOldNames(String collection, String className, String mapField, String valueClassName) {
        List<Document> docs = mongo.getCollection(collection).find().into(new java.util.ArrayList<>());
        assertThat(docs).as(collection).isNotEmpty();
        for (Document doc : docs) {
            doc.put("_class", className);
            if (mapField != null && doc.get(mapField) instanceof Document values) {
                values.values().forEach(value -> ((Document) value).put("_class", valueClassName));
            }
            mongo.getCollection(collection).replaceOne(new Document("_id", doc.get("_id")), doc);
        }
    }
}
