package org.fugong.push;

import org.fugong.push.internal.PushOutboxDocument;
import org.fugong.base.Texts;
import org.fugong.security.StaffDevice;
import org.fugong.security.StaffDevices;
import org.fugong.worker.PushTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Sends a queued alert to console users' registered phones: claimed in the ledger first (a node that
 * stops after sending never sends it again), under the cluster's quota, outcomes recorded, dead tokens
 * forgotten. An alert that failed for a passing reason is not retried: the console shows it anyway.
 */
@Component
class StaffPushSender {

    private static final Logger log = LoggerFactory.getLogger(StaffPushSender.class);
    /** An alert is about the next hours; after a day FCM may drop it. */
    private static final Duration TTL = Duration.ofDays(1);
    private static final int BODY_LENGTH = 100;
    private static final String CHANNEL = "general";

    private final PushGateway gateway;
    private final PushLedger ledger;
    private final ClusterQuota quota;
    private final StaffDevices devices;

    StaffPushSender(PushGateway gateway, PushLedger ledger, ClusterQuota quota, StaffDevices devices) {
        this.gateway = gateway;
        this.ledger = ledger;
        this.quota = quota;
        this.devices = devices;
    }

    void send(PushOutboxDocument entry, BooleanSupplier keepGoing) throws InterruptedException {
        List<StaffDevice> phones = entry.staffUserIds.stream().distinct().flatMap(u -> devices.ofUser(u).stream()).toList();
        if (phones.isEmpty()) {
            return;
        }
        List<PushTarget> targets = phones.stream().map(d -> new PushTarget(d.installationId(), "staff:" + d.userId(),
                d.fcmToken(), d.platform(), d.locale())).toList();
        if (!ledger.claim(entry.id, null, entry.kind, targets)) {
            return;
        }
        Map<String, String> data = new LinkedHashMap<>(entry.data == null ? Map.of() : entry.data);
        data.put("kind", entry.kind.wireName());
        List<PushMessage> messages = targets.stream().map(t -> {
            String locale = t.locale() == null ? "zh-CN" : t.locale();
            return new PushMessage(t.token(), t.platform(), entry.title.in(locale),
                    Texts.abbreviate(entry.body.in(locale), BODY_LENGTH), data, CHANNEL, entry.id, TTL, true);
        }).toList();
        if (!quota.take(messages.size(), keepGoing)) {
            throw new InterruptedException("stopping before alert " + entry.id + " was sent");
        }
        List<PushResult> results;
        try {
            results = gateway.send(messages);
        } catch (RuntimeException e) {
            log.warn("Push gateway failed for alert {}: {}", entry.id, e.toString());
            results = messages.stream().map(m -> PushResult.failed("TRANSPORT", false, true)).toList();
        }
        record(entry, targets, results);
    }

    private void record(PushOutboxDocument entry, List<PushTarget> targets, List<PushResult> results) {
        int sent = 0;
        int failed = 0;
        int invalid = 0;
        for (int i = 0; i < results.size(); i++) {
            PushResult result = results.get(i);
            PushTarget target = targets.get(i);
            if (result.outcome() != PushOutcome.FAILED) {
                sent++;
            } else {
                failed++;
                if (result.invalidToken()) {
                    invalid++;
                    devices.forget(target.installationId(), target.token());
                }
            }
        }
        ledger.completeOrInsert(entry.id, null, entry.kind, targets, results, 1, sent, failed, invalid, 0);
    }
}
