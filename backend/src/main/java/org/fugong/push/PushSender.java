package org.fugong.push;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.fugong.base.BulkInserts;
import org.fugong.base.LocalizedText;
import org.fugong.notice.Notice;
import org.fugong.worker.DeviceService;
import org.fugong.worker.PushTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Sends one message to many devices and keeps the ledger: every attempt is written (PENDING) before
 * it is sent, under a key that makes a repeat impossible, then updated with FCM's answer; passing
 * failures are retried with backoff (resilience4j) under the node's rate limit (bucket4j); dead tokens
 * deactivate their device.
 */
@Component
class PushSender {

    private static final Logger log = LoggerFactory.getLogger(PushSender.class);
    static final Duration MAX_TTL = Duration.ofDays(28);

    private final MongoTemplate mongo;
    private final PushGateway gateway;
    private final DeviceService devices;
    private final Clock clock;
    private final PushProperties properties;
    /** Keeps this node under its share of the FCM project's quota; waits rather than fails. */
    private final Bucket quota;
    private final IntervalFunction backoff;

    PushSender(MongoTemplate mongo, PushGateway gateway, DeviceService devices, Clock clock, PushProperties properties) {
        this.mongo = mongo;
        this.gateway = gateway;
        this.devices = devices;
        this.clock = clock;
        this.properties = properties;
        long perMinute = Math.max(PushGateway.MAX_BATCH, properties.ratePerMinute());
        this.quota = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(properties.initialBackoff(), 2.0, 0.5);
    }

    /**
     * Pushes a notice-related message to devices.
     *
     * @param dedupPrefix    what makes this round unique (a job id, a response event); with the
     *                       installation id it forms the attempt's key
     * @param workerLocales  fallback language per worker for devices that registered none
     */
    PushReport send(Notice notice, PushKind kind, LocalizedText title, LocalizedText body, List<PushTarget> targets,
                    String dedupPrefix, Map<String, String> workerLocales) {
        if (targets.isEmpty()) {
            return PushReport.empty();
        }
        Instant now = clock.instant();
        Duration ttl = ttl(notice, now);
        if (ttl.isZero() || ttl.isNegative()) {
            return new PushReport(0, 0, 0, targets.size());
        }
        List<PushAttemptDocument> attempts = new ArrayList<>(targets.size());
        for (PushTarget target : targets) {
            PushAttemptDocument attempt = new PushAttemptDocument();
            attempt.id = dedupPrefix + ":" + target.installationId();
            attempt.noticeId = notice.id();
            attempt.workerId = target.workerId();
            attempt.installationId = target.installationId();
            attempt.kind = kind;
            attempt.outcome = PushOutcome.PENDING;
            attempt.createdAt = now;
            attempts.add(attempt);
        }
        Set<Integer> fresh = BulkInserts.insertNew(mongo, PushAttemptDocument.class, attempts);
        List<PushTarget> toSend = new ArrayList<>();
        List<PushAttemptDocument> sending = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (fresh.contains(i)) {
                toSend.add(targets.get(i));
                sending.add(attempts.get(i));
            }
        }
        PushReport report = new PushReport(0, 0, 0, targets.size() - toSend.size());
        for (int from = 0; from < toSend.size(); from += PushGateway.MAX_BATCH) {
            int to = Math.min(toSend.size(), from + PushGateway.MAX_BATCH);
            report = report.plus(sendChunk(notice, kind, title, body, ttl, toSend.subList(from, to),
                    sending.subList(from, to), workerLocales));
        }
        return report;
    }

    private PushReport sendChunk(Notice notice, PushKind kind, LocalizedText title, LocalizedText body, Duration ttl,
                                 List<PushTarget> targets, List<PushAttemptDocument> attempts,
                                 Map<String, String> workerLocales) {
        List<PushMessage> messages = new ArrayList<>(targets.size());
        for (PushTarget target : targets) {
            String locale = target.locale() != null ? target.locale() : workerLocales.getOrDefault(target.workerId(), "zh-CN");
            Map<String, String> data = new LinkedHashMap<>();
            data.put("noticeId", notice.id());
            data.put("type", notice.type().name());
            data.put("kind", kind.wireName());
            messages.add(new PushMessage(target.token(), target.platform(), PushTexts.title(title, locale),
                    PushTexts.body(body, locale), data, Channels.of(notice.type()), notice.id(), ttl,
                    kind.isHighPriority()));
        }
        int[] tries = new int[messages.size()];
        List<PushResult> results = sendWithRetries(messages, tries, notice.id());
        Instant sentAt = clock.instant();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PushAttemptDocument.class);
        int sent = 0;
        int failed = 0;
        int invalid = 0;
        for (int i = 0; i < results.size(); i++) {
            PushResult result = results.get(i);
            bulk.updateOne(Query.query(where("_id").is(attempts.get(i).id)), new Update()
                    .set("outcome", result.outcome()).set("messageId", result.messageId())
                    .set("errorCode", result.errorCode()).set("invalidToken", result.invalidToken())
                    .set("tries", tries[i]).set("sentAt", sentAt));
            if (result.outcome() == PushOutcome.FAILED) {
                failed++;
            } else {
                sent++;
            }
            if (result.invalidToken()) {
                invalid++;
                devices.deactivate(targets.get(i).installationId(), targets.get(i).token(), result.errorCode());
            }
        }
        bulk.execute();
        return new PushReport(sent, failed, invalid, 0);
    }

    /** What one round left to retry, and how long FCM asked to wait. */
    private record Round(int pending, Duration retryAfter) {
    }

    /**
     * Sends, then sends again what failed for a passing reason (UNAVAILABLE, INTERNAL, QUOTA_EXCEEDED,
     * a broken connection), with jittered exponential backoff that never waits less than FCM's
     * Retry-After; every round first takes its messages from the rate limit.
     */
    private List<PushResult> sendWithRetries(List<PushMessage> messages, int[] tries, String noticeId) {
        PushResult[] results = new PushResult[messages.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            pending.add(i);
        }
        Supplier<Round> round = () -> {
            List<PushMessage> batch = pending.stream().map(messages::get).toList();
            takeQuota(batch.size());
            List<PushResult> answers;
            try {
                answers = gateway.send(batch);
            } catch (RuntimeException e) {
                log.warn("Push gateway failed for {} messages of notice {}: {}", batch.size(), noticeId, e.toString());
                answers = batch.stream().map(m -> PushResult.failed("TRANSPORT", false, true)).toList();
            }
            List<Integer> again = new ArrayList<>();
            Duration wait = Duration.ZERO;
            for (int i = 0; i < answers.size(); i++) {
                int at = pending.get(i);
                results[at] = answers.get(i);
                tries[at]++;
                if (answers.get(i).transientError()) {
                    again.add(at);
                    if (answers.get(i).retryAfter() != null && answers.get(i).retryAfter().compareTo(wait) > 0) {
                        wait = answers.get(i).retryAfter();
                    }
                }
            }
            pending.clear();
            pending.addAll(again);
            return new Round(again.size(), wait);
        };
        Retry retry = Retry.of("fcm", RetryConfig.<Round>custom()
                .maxAttempts(1 + Math.max(0, properties.maxRetries()))
                .retryOnResult(r -> r.pending() > 0)
                .intervalBiFunction((attempt, outcome) -> Math.max(backoff.apply(attempt),
                        outcome.isRight() && outcome.get().retryAfter() != null ? outcome.get().retryAfter().toMillis() : 0))
                .failAfterMaxAttempts(false)
                .build());
        Retry.decorateSupplier(retry, round).get();
        return List.of(results);
    }

    private void takeQuota(int messages) {
        try {
            quota.asBlocking().consume(messages);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the FCM quota", e);
        }
    }

    /** Up to the notice's expiry, at most 28 days; zero when it has expired. */
    static Duration ttl(Notice notice, Instant now) {
        if (notice.expiresAt() == null) {
            return MAX_TTL;
        }
        Duration left = Duration.between(now, notice.expiresAt());
        return left.compareTo(MAX_TTL) > 0 ? MAX_TTL : left.isNegative() ? Duration.ZERO : left;
    }
}
