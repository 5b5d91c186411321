package org.fugong.worker;

import org.fugong.worker.internal.WorkerDocument;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import fugong.testing.Notices;
import fugong.testing.TestData;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.fugong.base.Actor;
import org.fugong.base.NoticeType;
import org.fugong.base.PersonalData;
import org.fugong.base.PhoneNumbers;
import org.fugong.base.Place;
import org.fugong.base.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports write workers and their devices in bulk: a new worker's device is registered and on their
 * push targets like a known worker's, an installation already registered moves to the worker the
 * file names, importing the same file again adds and changes nothing, and a worker imported after
 * a notice went out finds it in the inbox, even when a stop cut the import off before the backfill.
 */
class WorkerImportBatchTest extends IntegrationTest {

    private static final Actor ADMIN = new Actor("import-admin", "import.admin", "Import Admin", Set.of(Role.ADMIN), null);

    @Autowired
    WorkerImport imports;

    @Autowired
    WorkerService workers;

    @Autowired
    ImportJournal journal;

    @Autowired
    PersonalData personalData;

    private String official;
    private String reviewer;

    @BeforeEach
    void people() {
        official = data.signedInStaff("batch.official", Role.OFFICIAL);
        reviewer = data.signedInStaff("batch.reviewer", Role.REVIEWER);
    }

    @Test
    void a_new_workers_device_is_registered_and_on_their_push_targets_like_a_known_workers_in_the_same_file() {
        TestData.Worker known = data.worker("tok-batch-known", "赤坎区");
        String fresh = TestData.phone();
        WorkerImport.Result result = importNdjson(
                line(known.phone(), "霞山区", "batch-known-2", "tok-batch-known-2"),
                line(fresh, "霞山区", "batch-fresh-1", "tok-batch-fresh-1"));

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.rejected()).isEmpty();
        String freshId = workers.findIdByPhone(fresh).orElseThrow();
        assertThat(device("batch-fresh-1")).containsEntry("workerId", freshId).containsEntry("fcmToken", "tok-batch-fresh-1")
                .containsEntry("active", true).containsEntry("platform", "ANDROID").containsKeys("createdAt", "updatedAt");
        assertThat(device("batch-known-2")).containsEntry("workerId", known.id()).containsEntry("active", true);
        assertThat(tokensOf(freshId)).containsExactly("tok-batch-fresh-1");
        assertThat(tokensOf(known.id())).containsExactlyInAnyOrder("tok-batch-known", "tok-batch-known-2");
        assertThat(workers.profile(freshId).district()).isEqualTo("霞山区");
        assertThat(mongo.getCollection(ImportJournal.COLLECTION).countDocuments()).as("no batch left unfinished").isZero();
    }

    @Test
    void an_installation_already_registered_moves_to_the_new_worker_the_file_names_with_its_token() {
        TestData.Worker before = data.worker("tok-batch-handed-on", "赤坎区");
        String fresh = TestData.phone();
        importNdjson(line(fresh, "赤坎区", "install-tok-batch-handed-on", "tok-batch-handed-on-2"),
                line(TestData.phone(), "赤坎区", "batch-takes-token", "tok-batch-handed-on"));

        String freshId = workers.findIdByPhone(fresh).orElseThrow();
        assertThat(device("install-tok-batch-handed-on")).containsEntry("workerId", freshId)
                .containsEntry("fcmToken", "tok-batch-handed-on-2");
        assertThat(tokensOf(freshId)).containsExactly("tok-batch-handed-on-2");
        assertThat(mongo.getCollection("devices").countDocuments(new Document("fcmToken", "tok-batch-handed-on")))
                .as("a token is held by one installation").isEqualTo(1);
        assertThat(device("batch-takes-token")).containsEntry("fcmToken", "tok-batch-handed-on");
        assertThat(before.id()).isNotEqualTo(freshId);
    }

    @Test
    void importing_the_same_file_again_adds_nothing_and_changes_no_profile_device_or_inbox() {
        String forEveryone = notices.publish(notices.announcement("返岗须知", Notices.everyone()), official, reviewer);
        notices.awaitDispatched(forEveryone);
        List<String> phones = List.of(TestData.phone(), TestData.phone(), TestData.phone());
        String[] file = phones.stream().map(p -> line(p, "遂溪县", "again-" + p.substring(3), "tok-again-" + p.substring(3)))
                .toArray(String[]::new);
        assertThat(importNdjson(file).created()).isEqualTo(3);
        List<String> ids = phones.stream().map(p -> workers.findIdByPhone(p).orElseThrow()).toList();
        Map<String, Object> before = snapshot(ids);

        WorkerImport.Result again = importNdjson(file);

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(3);
        assertThat(snapshot(ids)).isEqualTo(before);
        assertThat(mongo.getCollection("devices").countDocuments(new Document("fcmToken",
                new Document("$regex", "^tok-again-")))).isEqualTo(3);
    }

    @Test
    void a_worker_imported_after_a_notice_went_out_finds_it_in_the_inbox_and_is_in_step() {
        String forEveryone = notices.publish(notices.announcement("春节后返岗须知", Notices.everyone()), official, reviewer);
        String forOthers = notices.publish(notices.announcement("霞山区专场", Notices.inDistricts("霞山区")), official, reviewer);
        notices.awaitDispatched(forEveryone);
        notices.awaitDispatched(forOthers);
        String phone = TestData.phone();

        importNdjson(line(phone, "赤坎区", "late-import-1", "tok-late-import-1"));

        String id = workers.findIdByPhone(phone).orElseThrow();
        Document worker = mongo.getCollection("workers").find(new Document("_id", new ObjectId(id))).first();
        assertThat(worker.getLong("inboxSyncedVersion")).isEqualTo(worker.getLong("version"));
        assertThat(inboxIds(api.signIn(phone))).containsExactly(forEveryone);
    }

    @Test
    void a_batch_cut_off_between_its_insert_and_its_backfill_is_finished_at_the_next_start() {
        String forEveryone = notices.publish(notices.announcement("断点续传", Notices.everyone()), official, reviewer);
        notices.awaitDispatched(forEveryone);
        String phone = TestData.phone();
        WorkerDocument cutOff = worker(phone);
        cutOff.inboxSyncedVersion = 0L;
        journal.open(List.of(cutOff.id));
        mongo.getCollection("workers").insertOne(BatchDocuments.worker(cutOff));

        journal.replay();

        assertThat(mongo.getCollection(ImportJournal.COLLECTION).countDocuments()).isZero();
        assertThat(inboxIds(api.signIn(phone))).containsExactly(forEveryone);
        journal.replay();
        assertThat(inboxIds(api.signIn(phone))).as("nothing twice").containsExactly(forEveryone);
    }

    @Test
    void a_batch_document_is_what_the_object_mapper_writes() {
        WorkerDocument doc = worker(TestData.phone());
        doc.hometown = new Place("广西壮族自治区", "玉林市");
        doc.industries = List.of("manufacturing");
        doc.skills = List.of("welding");
        doc.employmentStatus = EmploymentStatus.SEEKING;
        doc.enterpriseId = new ObjectId().toHexString();
        doc.school = "湛江技师学院";
        doc.graduationYear = 2025;
        doc.targets = new java.util.HashMap<>(Map.of("a~b", new WorkerDocument.Target("a.b", "tok", Platform.WEB, "en")));
        doc.inboxSyncedVersion = 0L;
        Document mapped = new Document();
        mongo.getConverter().write(doc, mapped);

        assertThat(BatchDocuments.worker(doc)).isEqualTo(mapped);
    }

    private WorkerDocument worker(String phone) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        WorkerDocument doc = new WorkerDocument();
        doc.id = new ObjectId().toHexString();
        doc.phoneHash = personalData.lookupHash(phone);
        doc.phoneEncrypted = personalData.encrypt(phone);
        doc.phoneMasked = PhoneNumbers.mask(phone);
        doc.name = "断点工人";
        doc.district = "赤坎区";
        doc.industries = List.of();
        doc.skills = List.of();
        doc.locale = "zh-CN";
        doc.subscriptions = EnumSet.allOf(NoticeType.class);
        doc.createdAt = now;
        doc.updatedAt = now;
        doc.version = 0L;
        return doc;
    }

    private Map<String, Object> snapshot(List<String> ids) {
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        for (String id : ids) {
            Document w = mongo.getCollection("workers").find(new Document("_id", new ObjectId(id))).first();
            // a known worker's update moves its version (and the inbox mark with it) and its time
            w.remove("updatedAt");
            w.remove("version");
            w.remove("inboxSyncedVersion");
            w.get("targets", Document.class).values().forEach(t -> ((Document) t).remove("_class"));
            all.put(id, w);
            all.put(id + ":devices", new ArrayList<>(mongo.getCollection("devices").find(new Document("workerId", id))
                    .projection(new Document("updatedAt", 0)).into(new ArrayList<>())));
        }
        all.put("inbox", mongo.getCollection("inboxBuckets").find().projection(new Document("_id", 1)).into(new ArrayList<>()));
        return all;
    }

    private WorkerImport.Result importNdjson(String... lines) {
        clock.advance(Duration.ofSeconds(1));
        return imports.importNdjson(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)),
                ADMIN, Locale.CHINA);
    }

    private static String line(String phone, String district, String installation, String token) {
        return "{\"phone\":\"" + phone + "\",\"name\":\"导入工人\",\"hometownCity\":\"玉林市\",\"district\":\"" + district
                + "\",\"installationId\":\"" + installation + "\",\"fcmToken\":\"" + token + "\"}";
    }

    private Document device(String installationId) {
        return mongo.getCollection("devices").find(new Document("_id", installationId)).first();
    }

    @SuppressWarnings("unchecked")
    private List<String> tokensOf(String workerId) {
        Document worker = mongo.getCollection("workers").find(new Document("_id", new ObjectId(workerId))).first();
        Document targets = worker.get("targets", Document.class);
        return targets == null ? List.of() : targets.values().stream().map(t -> ((Document) t).getString("token")).toList();
    }

    private List<String> inboxIds(String access) {
        Api.Reply inbox = api.get("/api/v1/me/inbox?limit=100").as(access).send();
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        inbox.body().path("items").forEach(item -> ids.add(item.path("noticeId").asText()));
        return ids;
    }
}
