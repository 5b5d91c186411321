package org.fugong.push;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import org.bson.Document;
import org.fugong.base.MongoBuckets;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.BooleanSupplier;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The FCM project's message quota, shared by every node: a Bucket4j token bucket kept in MongoDB
 * (refilled at {@code fugong.push.rate-per-minute}, bursting at most one second's worth), and a pause
 * that any node sets when FCM answers QUOTA_EXCEEDED, which every node then honours.
 */
@Component
class ClusterQuota {

    private static final String BUCKET = "fcm-messages";
    private static final String PAUSE = "fcm-pause";
    private static final long PAUSE_CHECK_NANOS = Duration.ofMillis(250).toNanos();

    private final MongoTemplate mongo;
    private final BucketProxy bucket;
    private final Clock clock;
    private volatile Instant pausedUntil = Instant.EPOCH;
    private volatile long pauseCheckedAt;

    ClusterQuota(MongoTemplate mongo, PushProperties properties) {
        this.mongo = mongo;
        // FCM's Retry-After is real time, whatever the business clock says
        this.clock = Clock.systemUTC();
        long perMinute = Math.max(PushGateway.MAX_BATCH, properties.ratePerMinute());
        long burst = Math.max(PushGateway.MAX_BATCH, perMinute / 60);
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
        this.bucket = new MongoBuckets(mongo).builder().build(BUCKET + ":" + perMinute, () -> configuration);
    }

    /**
     * Waits until {@code messages} may be sent: past any pause FCM asked for, then within the rate.
     *
     * @param keepGoing asked while waiting; false gives up (the caller is stopping)
     * @return false when it gave up
     */
    boolean take(int messages, BooleanSupplier keepGoing) throws InterruptedException {
        while (true) {
            Duration pause = Duration.between(clock.instant(), pausedUntil());
            if (pause.isNegative() || pause.isZero()) {
                break;
            }
            if (!keepGoing.getAsBoolean()) {
                return false;
            }
            Thread.sleep(Math.min(pause.toMillis(), 1000));
        }
        bucket.asBlocking().consume(messages);
        return true;
    }

    /** FCM said the project is over its quota: nobody sends before {@code until}. */
    void pauseUntil(Instant until) {
        mongo.upsert(Query.query(where("_id").is(PAUSE)), new Update().max("until", Date.from(until)), "rateLimits");
        pausedUntil = until.isAfter(pausedUntil) ? until : pausedUntil;
    }

    private Instant pausedUntil() {
        long now = System.nanoTime();
        if (now - pauseCheckedAt > PAUSE_CHECK_NANOS) {
            Document doc = mongo.getCollection("rateLimits").find(new Document("_id", PAUSE)).first();
            Instant stored = doc == null || doc.getDate("until") == null ? Instant.EPOCH : doc.getDate("until").toInstant();
            pausedUntil = stored;
            pauseCheckedAt = now;
        }
        return pausedUntil;
    }
}
