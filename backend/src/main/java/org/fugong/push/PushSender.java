package org.fugong.push;

import org.fugong.base.LocalizedText;
import org.fugong.base.Texts;
import org.fugong.notice.Notice;
import org.fugong.worker.DeviceService;
import org.fugong.worker.PushTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Sends one message to many devices and keeps the ledger: every attempt is written (PENDING) before
 * it is sent, under a key that makes a repeat impossible, then updated with FCM's answer; dead tokens
 * deactivate their device.
 */
@Component
class PushSender {

    private static final Logger log = LoggerFactory.getLogger(PushSender.class);
    static final Duration MAX_TTL = Duration.ofDays(28);
    private static final int BODY_LENGTH = 100;

    private final MongoTemplate mongo;
    private final PushGateway gateway;
    private final DeviceService devices;
    private final Clock clock;

    PushSender(MongoTemplate mongo, PushGateway gateway, DeviceService devices, Clock clock) {
        this.mongo = mongo;
        this.gateway = gateway;
        this.devices = devices;
        this.clock = clock;
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
        Set<Integer> fresh = insertNew(attempts);
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
            data.put("kind", kind.name());
            messages.add(new PushMessage(target.token(), target.platform(), title.in(locale),
                    Texts.abbreviate(body.in(locale), BODY_LENGTH), data, Channels.of(notice.type()), notice.id(), ttl,
                    kind.isHighPriority()));
        }
        List<PushResult> results;
        try {
            results = gateway.send(messages);
        } catch (RuntimeException e) {
            log.warn("Push gateway failed for {} messages of notice {}: {}", messages.size(), notice.id(), e.toString());
            results = messages.stream().map(m -> PushResult.failed("TRANSPORT", false, true)).toList();
        }
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
                    .set("sentAt", sentAt));
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

    /** Inserts the attempts not yet recorded; returns the positions of those that are new. */
    private Set<Integer> insertNew(List<PushAttemptDocument> attempts) {
        Set<Integer> fresh = new HashSet<>();
        for (int i = 0; i < attempts.size(); i++) {
            fresh.add(i);
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PushAttemptDocument.class).insert(attempts).execute();
        } catch (BulkOperationException e) {
            e.getErrors().forEach(error -> {
                if (error.getCode() != 11000) {
                    throw e;
                }
                fresh.remove(error.getIndex());
            });
        } catch (org.springframework.dao.DuplicateKeyException e) {
            if (e.getCause() instanceof com.mongodb.MongoBulkWriteException bulk) {
                bulk.getWriteErrors().forEach(error -> fresh.remove(error.getIndex()));
            } else {
                throw e;
            }
        }
        return fresh;
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
