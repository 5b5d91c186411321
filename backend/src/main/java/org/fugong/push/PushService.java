package org.fugong.push;

import org.fugong.base.LocalizedText;
import org.fugong.notice.Notice;
import org.fugong.worker.DeviceService;
import org.fugong.worker.PushTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.SortedMap;
import java.util.List;
import java.util.Map;

/**
 * Pushes to particular workers about a notice: a decision on their response, a promotion from the
 * waitlist, a reminder, a change to their bus. Sent on another thread so the official's action does
 * not wait for FCM; recorded in the same ledger as the notice's own pushes.
 */
@Service
public class PushService {

    private static final Logger log = LoggerFactory.getLogger(PushService.class);

    private final PushSender sender;
    private final DeviceService devices;
    private final PushGateway gateway;
    private final TaskExecutor executor;
    private final PushLedger ledger;

    PushService(PushSender sender, DeviceService devices, PushGateway gateway, @org.springframework.beans.factory.annotation.Qualifier("pushExecutor") TaskExecutor executor,
                PushLedger ledger) {
        this.sender = sender;
        this.devices = devices;
        this.gateway = gateway;
        this.executor = executor;
        this.ledger = ledger;
    }

    /** One day's pushes: sent (or simulated) and failed, per device. */
    public record DailyPushes(long sent, long failed) {
    }

    /**
     * Pushes of every kind per day, for the console's charts: days are those of {@code zone}, and
     * only pushes made in {@code [from, to)} count; days without pushes are absent.
     */
    public SortedMap<LocalDate, DailyPushes> perDay(Instant from, Instant to, ZoneId zone) {
        return ledger.perDay(from, to, zone);
    }

    /**
     * Pushes to every active device of these workers, in the background.
     *
     * @param eventKey unique per event (e.g. the response id and its new status): the same event is
     *                 never pushed twice to a device
     */
    public void pushLater(Notice notice, Collection<String> workerIds, PushKind kind, LocalizedText title,
                          LocalizedText body, String eventKey) {
        List<String> ids = List.copyOf(workerIds);
        executor.execute(() -> {
            try {
                push(notice, ids, kind, title, body, eventKey);
            } catch (RuntimeException e) {
                log.warn("Push {} of notice {} failed: {}", kind, notice.id(), e.toString());
            }
        });
    }

    /** Pushes now and says what happened. */
    public PushReport push(Notice notice, Collection<String> workerIds, PushKind kind, LocalizedText title,
                           LocalizedText body, String eventKey) {
        List<PushTarget> targets = devices.activeDevicesOf(List.copyOf(workerIds));
        return sender.send(notice, kind, title, body, targets, kind.name() + ":" + eventKey, Map.of());
    }

    public boolean isSimulated() {
        return gateway.isSimulated();
    }
}
