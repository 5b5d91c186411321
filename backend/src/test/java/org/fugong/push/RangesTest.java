package org.fugong.push;

import fugong.testing.MemoryMongo;
import org.bson.types.ObjectId;
import org.fugong.push.internal.DispatchJobDocument;
import org.fugong.push.internal.DispatchRangeDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch's claim and its checkpoint on its range: what they leave is what a node resuming the range
 * reads (the spans possibly sent, the checkpoint, the counts), a span that never went out is pulled
 * again, and a node without the lease changes nothing.
 */
class RangesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");

    private MemoryMongo database;
    private MongoTemplate mongo;
    private Ranges ranges;

    @BeforeEach
    void start() {
        database = new MemoryMongo("ranges");
        mongo = database.template();
        ranges = new Ranges(mongo, new PushProperties(500, 25_000, 3, Duration.ofSeconds(60), Duration.ofSeconds(1), 3,
                Duration.ofSeconds(10), Duration.ofSeconds(60), 600_000, 10), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        database.close();
    }

    @Test
    void claimsAndCheckpointsAreReadBackAndPulledThroughSpringData() {
        DispatchRangeDocument range = leasedRange("node-a");
        String w1 = new ObjectId().toHexString();
        String w2 = new ObjectId().toHexString();
        String w3 = new ObjectId().toHexString();
        DispatchRangeDocument.Span first = new DispatchRangeDocument.Span(1, w1, w1);
        DispatchRangeDocument.Span second = new DispatchRangeDocument.Span(2, w2, w2);
        DispatchRangeDocument.Span third = new DispatchRangeDocument.Span(3, w3, w3);

        assertThat(ranges.claimBatch(range, first)).isTrue();
        assertThat(ranges.claimBatch(range, second)).isTrue();
        assertThat(ranges.claimBatch(range, third)).isTrue();
        assertThat(stored(range).inFlight).containsExactly(first, second, third);
        assertThat(stored(range).leaseUntil).isEqualTo(NOW.plusSeconds(60));

        // a batch that never went out is pulled by Spring Data's own mapping of the span
        ranges.unclaimBatch(range, third);
        assertThat(stored(range).inFlight).containsExactly(first, second);

        assertThat(ranges.checkpoint(range, second, 1000, 990, 980, 20)).isTrue();
        DispatchRangeDocument after = stored(range);
        assertThat(after.inFlight).isEmpty();
        assertThat(after.checkpoint).isEqualTo(w2);
        assertThat(after.batches).isEqualTo(2);
        assertThat(after.workers).isEqualTo(1000);
        assertThat(after.inboxEntries).isEqualTo(990);
        assertThat(after.pushes).isEqualTo(980);
        assertThat(after.failures).isEqualTo(20);
        assertThat(after.status).isEqualTo(DispatchRangeDocument.Status.RUNNING);

        assertThat(ranges.checkpoint(range, third, 5, 5, 5, 0)).isTrue();
        assertThat(stored(range).workers).isEqualTo(1005);
        assertThat(ranges.finish(range)).isTrue();
    }

    @Test
    void aNodeThatLostTheLeaseNeitherClaimsNorCheckpoints() {
        DispatchRangeDocument range = leasedRange("node-a");
        DispatchRangeDocument stale = stored(range);
        stale.leaseOwner = "node-b";
        String w = new ObjectId().toHexString();
        DispatchRangeDocument.Span span = new DispatchRangeDocument.Span(1, w, w);

        assertThat(ranges.claimBatch(stale, span)).isFalse();
        assertThat(ranges.checkpoint(stale, span, 1, 1, 1, 0)).isFalse();
        DispatchRangeDocument untouched = stored(range);
        assertThat(untouched.inFlight).isNullOrEmpty();
        assertThat(untouched.checkpoint).isNull();
        assertThat(untouched.workers).isZero();

        ranges.finish(range);
        assertThat(ranges.claimBatch(range, span)).isFalse();
    }

    private DispatchRangeDocument leasedRange(String node) {
        DispatchJobDocument job = new DispatchJobDocument();
        job.id = new ObjectId().toHexString();
        job.noticeId = new ObjectId().toHexString();
        job.kind = PushKind.NOTICE;
        job.ends = List.of();
        ranges.create(job);
        DispatchRangeDocument range = ranges.claim(node);
        assertThat(range).isNotNull();
        return range;
    }

    private DispatchRangeDocument stored(DispatchRangeDocument range) {
        return mongo.findById(range.id, DispatchRangeDocument.class);
    }
}
