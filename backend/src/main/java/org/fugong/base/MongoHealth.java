package org.fugong.base;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the database answers, for {@code /actuator/health} and the readiness probe. Replaces
 * Spring Boot's Mongo indicator (named the same), which asks for {@code hello}: the embedded server
 * does not know that command, so the node looked down all the time. {@code ping} is known to both the
 * embedded server and every MongoDB. A probe waits at most {@code fugong.health.mongo-timeout} (2 s)
 * rather than the driver's 30 s server selection; a failure is a DOWN with a one-line reason and one
 * log line when the state changes, never a stack trace per probe.
 */
@Component("mongoHealthIndicator")
class MongoHealth implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(MongoHealth.class);

    private final MongoTemplate mongo;
    private final Duration timeout;
    private final ExecutorService pinger = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mongo-health");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean up = new AtomicBoolean(true);
    private CompletableFuture<Document> inFlight;

    MongoHealth(MongoTemplate mongo, @Value("${fugong.health.mongo-timeout:2s}") Duration timeout) {
        this.mongo = mongo;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        try {
            Document answer = ping().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!(answer.get("ok") instanceof Number ok) || ok.doubleValue() != 1.0) {
                return down("the database answered the ping with " + answer.toJson());
            }
            if (up.compareAndSet(false, true)) {
                log.info("The database answers again");
            }
            return Health.up().withDetail("database", mongo.getDb().getName()).build();
        } catch (TimeoutException e) {
            return down("no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return down(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    /** One ping at a time: a probe while the last one still waits for the database shares its answer. */
    private synchronized CompletableFuture<Document> ping() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = CompletableFuture.supplyAsync(() -> mongo.getDb().runCommand(new Document("ping", 1)), pinger);
        }
        return inFlight;
    }

    private Health down(String reason) {
        if (up.compareAndSet(true, false)) {
            log.warn("The database does not answer: {}", reason);
        }
        return Health.down().withDetail("error", reason).build();
    }
}
