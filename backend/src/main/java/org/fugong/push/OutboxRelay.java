package org.fugong.push;

import org.fugong.push.internal.PushOutboxDocument;
import org.fugong.notice.InboxService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.worker.AudienceMember;
import org.fugong.worker.PushTarget;
import org.fugong.worker.WorkerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends what waits in the push outbox, on any node: claims an entry with a lease, brings the
 * recipients' inboxes up to date if the caller stopped before, pushes to their devices in claimed
 * ledger batches (a batch claimed before is never sent again), and deletes the entry. A node that
 * stops mid-way leaves the entry to the next one when its lease ends.
 */
@Component
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final PushOutbox outbox;
    private final PushSender sender;
    private final PushLedger ledger;
    private final NoticeService notices;
    private final InboxService inbox;
    private final WorkerService workers;
    private final PushProperties properties;
    private final StaffPushSender staffSender;
    private final Drain drain;

    OutboxRelay(PushOutbox outbox, PushSender sender, PushLedger ledger, NoticeService notices, InboxService inbox,
                WorkerService workers, PushProperties properties, StaffPushSender staffSender,
                @Qualifier("pushRelayExecutor") TaskExecutor executor) {
        this.outbox = outbox;
        this.sender = sender;
        this.ledger = ledger;
        this.notices = notices;
        this.inbox = inbox;
        this.workers = workers;
        this.properties = properties;
        this.staffSender = staffSender;
        this.drain = new Drain("Relaying queued pushes", executor, this::relayNext);
    }

    /** Looks for queued pushes now, on the relay's thread. */
    void kick() {
        drain.kick();
    }

    @Scheduled(fixedDelayString = "${fugong.push.poll-interval:1s}")
    void poll() {
        drain.poll();
    }

    void drain() {
        drain.run();
    }

    /** Claims the next queued push and sends it: false when none is due. */
    private boolean relayNext() {
        PushOutboxDocument entry = outbox.claim(ledger.node(), properties.lease());
        if (entry == null) {
            return false;
        }
        process(entry);
        return true;
    }

    private void process(PushOutboxDocument entry) {
        try {
            if (entry.isStaffAlert()) {
                staffSender.send(entry, drain::running);
                outbox.done(entry.id);
                return;
            }
            Notice notice = notices.find(entry.noticeId).orElse(null);
            if (notice == null) {
                outbox.done(entry.id);
                return;
            }
            PushSender.Words words = new PushSender.Words(entry.title, entry.body);
            if (entry.isRetry()) {
                sender.claimAndSend(entry.id, notice, entry.kind, words, entry.targets, Map.of(), entry.attempt,
                        drain::running);
            } else {
                tell(entry, notice, words);
            }
            outbox.done(entry.id);
        } catch (InterruptedException stopping) {
            outbox.release(entry.id);
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the lease runs out and the entry is tried again, by this node or another
            log.warn("Queued push {} failed; it is tried again when its lease ends: {}", entry.id, e.toString());
        }
    }

    private void tell(PushOutboxDocument entry, Notice notice, PushSender.Words words) throws InterruptedException {
        if (!entry.inboxApplied) {
            WorkerNotifier.applyInbox(notice, entry.recipients, inbox);
            outbox.inboxApplied(entry.id);
        }
        List<AudienceMember> members = workers.members(entry.recipients.stream().map(Recipient::workerId).toList());
        Map<String, String> locales = new HashMap<>();
        List<PushTarget> targets = new ArrayList<>();
        for (AudienceMember member : members) {
            locales.put(member.id(), member.locale());
            targets.addAll(member.targets());
        }
        for (int from = 0, chunk = 0; from < targets.size(); from += PushGateway.MAX_BATCH, chunk++) {
            List<PushTarget> part = targets.subList(from, Math.min(targets.size(), from + PushGateway.MAX_BATCH));
            sender.claimAndSend(entry.id + "#" + chunk, notice, entry.kind, words, part, locales, 1, drain::running);
        }
    }

    @Override
    public void start() {
        drain.start();
    }

    /** Stops claiming, and waits for the entry in hand to be sent and recorded. */
    @Override
    public void stop() {
        drain.stop(Duration.ofSeconds(30));
    }

    @Override
    public boolean isRunning() {
        return drain.running();
    }
}
