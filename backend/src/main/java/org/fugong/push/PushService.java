package org.fugong.push;

import org.fugong.push.internal.DispatchJobDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SortedMap;

/**
 * What the push pipeline tells the rest of the system: pushes made per day, and whether pushes are
 * real. Telling workers goes through {@link WorkerNotifier}.
 */
@Service
public class PushService {

    private final PushGateway gateway;
    private final PushLedger ledger;
    private final MongoTemplate mongo;

    PushService(PushGateway gateway, PushLedger ledger, MongoTemplate mongo) {
        this.gateway = gateway;
        this.ledger = ledger;
        this.mongo = mongo;
    }

    /**
     * Whether a notice is still going out: its fan-out waits to start or runs (read by key). Its
     * inbox entries may all be written while the pushes of the last batches are still on their way.
     */
    public boolean isGoingOut(String noticeId) {
        DispatchJobDocument job = mongo.findById(DispatchJobDocument.id(PushKind.NOTICE, noticeId), DispatchJobDocument.class);
        return job != null && (job.status == DispatchJobDocument.Status.PENDING || job.status == DispatchJobDocument.Status.RUNNING);
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

    public boolean isSimulated() {
        return gateway.isSimulated();
    }
}
