package org.fugong.push;

import fugong.testing.IntegrationTest;
import fugong.testing.Ledger;
import fugong.testing.Nodes;
import org.bson.Document;
import org.fugong.base.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static fugong.testing.Notices.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * FCM failing in passing ways does not hold a fan-out up: devices that answer 503 are tried again
 * later, off the batch, with backoff, until the last try; a 429 with Retry-After pauses every sender
 * for that long, and then the job finishes.
 */
class PushResilienceTest extends IntegrationTest {

    @Test
    void devices_answering_503_are_retried_later_with_backoff_while_the_fan_out_goes_on() {
        List<String> tokens = seed(400, "token-flaky-");
        Set<String> broken = tokens.stream().filter(t -> Integer.parseInt(t.substring(t.lastIndexOf('-') + 1)) % 100 == 0)
                .collect(Collectors.toSet());
        fcm.failTokens(broken::contains, 503, "UNAVAILABLE", "UNAVAILABLE");

        String id = publish("时好时坏的网络");
        notices.awaitDispatched(id);
        Ledger ledger = new Ledger(mongo);
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.queued() == 0);

        assertThat(fcm.received(m -> id.equals(m.noticeId()))).hasSize(tokens.size() - broken.size());
        for (String token : broken) {
            List<Ledger.Outcome> tries = ledger.of(id, "install-" + token);
            assertThat(tries).extracting(Ledger.Outcome::attempt).containsExactly(1, 2, 3, 4);
            assertThat(tries).extracting(Ledger.Outcome::errorCode).containsOnly("UNAVAILABLE");
            assertThat(fcm.attempts(token)).as("firebase-admin did not retry it on its own").isEqualTo(4);
        }
        List<Document> retries = mongo.getCollection("pushBatches").find(new Document("noticeId", id)
                .append("_id", new Document("$regex", "~r"))).into(new java.util.ArrayList<>());
        assertThat(retries).as("retries went out as batches of their own, later").isNotEmpty();
        var stats = api.get("/api/v1/admin/notices/" + id).as(official()).send().body().path("stats");
        assertThat(stats.path("sent").asLong()).isEqualTo(tokens.size() - broken.size());
        assertThat(stats.path("failed").asLong()).isEqualTo(broken.size());
    }

    @Test
    void a_429_with_retry_after_pauses_every_sender_and_then_the_job_finishes() {
        List<String> tokens = seed(300, "token-quota-");
        fcm.failTokenTimes(tokens.get(0), 1, 429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED", 2L);

        String id = publish("超出配额");
        notices.awaitDispatched(id);
        Ledger ledger = new Ledger(mongo);
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.queued() == 0);

        assertThat(fcm.received(m -> id.equals(m.noticeId())).stream().map(m -> m.token()).distinct().toList())
                .hasSize(tokens.size());
        Document pause = mongo.getCollection("rateLimits").find(new Document("_id", "fcm-pause")).first();
        assertThat(pause).as("the pause every node honours was set").isNotNull();
        List<Ledger.Outcome> tries = ledger.of(id, "install-" + tokens.get(0));
        assertThat(tries).extracting(Ledger.Outcome::outcome).containsExactly("FAILED", "SENT");
        Instant firstFailure = sentAt(id, 1, tokens.get(0));
        Instant retried = sentAt(id, 2, tokens.get(0));
        assertThat(Duration.between(firstFailure, retried)).as("not before Retry-After").isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    private Instant sentAt(String noticeId, int attempt, String token) {
        for (Document batch : mongo.getCollection("pushBatches").find(new Document("noticeId", noticeId))) {
            List<String> devices = batch.getList("devices", String.class);
            if (devices != null && devices.contains("install-" + token) && batch.getInteger("attempt") == attempt) {
                return batch.getDate("sentAt").toInstant();
            }
        }
        throw new AssertionError("no try " + attempt + " of " + token);
    }

    private List<String> seed(int count, String prefix) {
        return Nodes.seedWorkers(mongo, count, "遂溪县", prefix);
    }

    private String official() {
        return api.staffToken("resilience.official", "password-1");
    }

    private String publish(String title) {
        data.staff("resilience.official", Role.OFFICIAL);
        String reviewer = data.signedInStaff("resilience.reviewer", Role.REVIEWER);
        return notices.publish(notices.announcement(title, map("all", false, "districts", List.of("遂溪县"))),
                official(), reviewer);
    }
}
