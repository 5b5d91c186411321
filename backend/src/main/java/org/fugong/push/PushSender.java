package org.fugong.push;

import org.fugong.base.LocalizedText;
import org.fugong.notice.Notice;
import org.fugong.worker.DeviceService;
import org.fugong.worker.PushTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * Sends one claimed batch (at most 500 messages) and records it: under the cluster's quota, through
 * the gateway, each device's outcome in the ledger in one write, dead tokens retired at once, and
 * messages that failed for a passing reason queued for a later try (never retried in place, so a
 * batch never waits on a slow device). QUOTA_EXCEEDED pauses every node for Retry-After or a minute.
 */
@Component
class PushSender {

    private static final Logger log = LoggerFactory.getLogger(PushSender.class);
    static final Duration MAX_TTL = Duration.ofDays(28);
    /** A follow-up check comes days after its trip's notice expired; FCM keeps it for three days. */
    static final Duration FOLLOW_UP_TTL = Duration.ofDays(3);

    private final PushGateway gateway;
    private final PushLedger ledger;
    private final ClusterQuota quota;
    private final DeviceService devices;
    private final PushOutbox outbox;
    private final PushProperties properties;
    private final Clock clock;

    PushSender(PushGateway gateway, PushLedger ledger, ClusterQuota quota, DeviceService devices, PushOutbox outbox,
               PushProperties properties, Clock clock) {
        this.gateway = gateway;
        this.ledger = ledger;
        this.quota = quota;
        this.devices = devices;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** The words of a push in both languages. */
    record Words(LocalizedText title, LocalizedText body) {
    }

    /** What became of a batch. */
    record Report(int sent, int failed, int invalid, int retried) {
        static final Report NONE = new Report(0, 0, 0, 0);
    }

    /**
     * Sends a batch that was claimed already (a range's batch; its ledger entry is written after).
     *
     * @param attempt   1 for the first try, more for a retry
     * @param keepGoing false when the node is stopping (only the wait for quota is cut short)
     */
    Report send(String batchId, Notice notice, PushKind kind, Words words, List<PushTarget> targets,
                Map<String, String> workerLocales, int attempt, BooleanSupplier keepGoing) throws InterruptedException {
        if (targets.isEmpty()) {
            return Report.NONE;
        }
        Duration ttl = kind == PushKind.FOLLOW_UP ? FOLLOW_UP_TTL : ttl(notice, clock.instant());
        if (ttl.isZero() || ttl.isNegative()) {
            return Report.NONE;
        }
        List<PushMessage> messages = new ArrayList<>(targets.size());
        for (PushTarget target : targets) {
            messages.add(message(notice, kind, words, ttl, target, workerLocales));
        }
        if (!quota.take(messages.size(), keepGoing)) {
            throw new InterruptedException("stopping before batch " + batchId + " was sent");
        }
        List<PushResult> results;
        try {
            results = gateway.send(messages);
        } catch (RuntimeException e) {
            log.warn("Push gateway failed for {} messages of notice {}: {}", messages.size(), notice.id(), e.toString());
            results = messages.stream().map(m -> PushResult.failed("TRANSPORT", false, true)).toList();
        }
        return record(batchId, notice, kind, words, targets, results, attempt);
    }

    /** Claims and sends a batch that has no range to claim it (a queued push or a retry). */
    Report claimAndSend(String batchId, Notice notice, PushKind kind, Words words, List<PushTarget> targets,
                        Map<String, String> workerLocales, int attempt, BooleanSupplier keepGoing)
            throws InterruptedException {
        if (targets.isEmpty() || !ledger.claim(batchId, notice.id(), kind, targets)) {
            return Report.NONE;
        }
        return send(batchId, notice, kind, words, targets, workerLocales, attempt, keepGoing);
    }

    private Report record(String batchId, Notice notice, PushKind kind, Words words, List<PushTarget> targets,
                          List<PushResult> results, int attempt) {
        List<PushTarget> again = new ArrayList<>();
        Duration retryAfter = null;
        boolean overQuota = false;
        int sent = 0;
        int failed = 0;
        int invalid = 0;
        for (int i = 0; i < results.size(); i++) {
            PushResult result = results.get(i);
            PushTarget target = targets.get(i);
            if (result.outcome() != PushOutcome.FAILED) {
                sent++;
                continue;
            }
            if (result.invalidToken()) {
                invalid++;
                failed++;
                devices.deactivate(target.installationId(), target.token(), result.errorCode());
            } else if (result.transientError() && attempt <= properties.maxRetries()) {
                again.add(target);
                overQuota |= "QUOTA_EXCEEDED".equals(result.errorCode());
                if (result.retryAfter() != null && (retryAfter == null || result.retryAfter().compareTo(retryAfter) > 0)) {
                    retryAfter = result.retryAfter();
                }
            } else {
                failed++;
            }
        }
        if (!ledger.completeOrInsert(batchId, notice.id(), kind, targets, results, attempt, sent, failed, invalid, again.size())) {
            log.debug("Batch {} was recorded before", batchId);
        }
        if (overQuota) {
            Duration pause = retryAfter != null ? retryAfter : properties.quotaPause();
            quota.pauseUntil(clock.instant().plus(pause));
            log.warn("FCM says the project is over its quota: every node pauses for {}", pause);
        }
        if (!again.isEmpty()) {
            Duration wait = backoff(attempt);
            if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
                wait = retryAfter;
            }
            outbox.retry(batchId, notice.id(), kind, words, again, attempt + 1, clock.instant().plus(wait));
        }
        return new Report(sent, failed, invalid, again.size());
    }

    /** Jittered exponential backoff from the initial wait: attempt 1 waits about the initial wait. */
    private Duration backoff(int attempt) {
        long base = properties.initialBackoff().toMillis() * (1L << Math.min(10, attempt - 1));
        long jitter = (long) (base * 0.5 * ThreadLocalRandom.current().nextDouble());
        return Duration.ofMillis(base + jitter);
    }

    static PushMessage message(Notice notice, PushKind kind, Words words, Duration ttl, PushTarget target,
                               Map<String, String> workerLocales) {
        String locale = target.locale() != null ? target.locale() : workerLocales.getOrDefault(target.workerId(), "zh-CN");
        Map<String, String> data = new LinkedHashMap<>(4);
        data.put("noticeId", notice.id());
        data.put("type", notice.type().name());
        data.put("kind", kind.wireName());
        return new PushMessage(target.token(), target.platform(), PushTexts.title(words.title(), locale),
                PushTexts.body(words.body(), locale), data, Channels.of(notice.type()), notice.id(), ttl,
                kind.isHighPriority());
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
