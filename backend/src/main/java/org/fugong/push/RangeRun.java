package org.fugong.push;

import org.fugong.push.internal.DispatchRangeDocument;
import org.fugong.notice.InboxService;
import org.fugong.notice.Notice;
import org.fugong.worker.AudienceMember;
import org.fugong.worker.PushTarget;
import org.fugong.worker.AudienceWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

/**
 * Walks one range of a dispatch job with one cursor and pipelines it: batches are built on this
 * thread (targets picked, the batch claimed on the range) while up to {@code inFlight} earlier
 * batches get their inbox entries and are sent by the send pool; the checkpoint advances in batch
 * order as sends complete.
 */
final class RangeRun {

    private static final Logger log = LoggerFactory.getLogger(RangeRun.class);

    private final DispatchRangeDocument range;
    private final Notice notice;
    private final PushSender.Words words;
    private final Ranges ranges;
    private final AudienceWalk workers;
    private final InboxService inbox;
    private final PushSender sender;
    private final ExecutorService sendPool;
    private final int batchSize;
    private final Semaphore slots;
    private final int inFlight;
    private final BooleanSupplier keepGoing;
    private final List<DispatchRangeDocument.Span> skip;
    private final TreeMap<Long, Finished> finished = new TreeMap<>();
    private long nextToCheckpoint;
    private volatile boolean leaseLost;
    /** A batch's inbox entries could not be written: the walk stops, the range resumes from its checkpoint. */
    private volatile boolean broken;

    /** A batch whose sending is over: its span and what it did. */
    private record Finished(DispatchRangeDocument.Span span, int workers, int entries, PushSender.Report report) {
    }

    RangeRun(DispatchRangeDocument range, Notice notice, PushSender.Words words, Ranges ranges, AudienceWalk workers,
             InboxService inbox, PushSender sender, ExecutorService sendPool, int batchSize, int inFlight,
             BooleanSupplier keepGoing) {
        this.range = range;
        this.notice = notice;
        this.words = words;
        this.ranges = ranges;
        this.workers = workers;
        this.inbox = inbox;
        this.sender = sender;
        this.sendPool = sendPool;
        this.batchSize = batchSize;
        this.inFlight = inFlight;
        this.slots = new Semaphore(inFlight);
        this.keepGoing = keepGoing;
        this.skip = range.inFlight == null ? List.of() : List.copyOf(range.inFlight);
        this.nextToCheckpoint = range.batches + 1;
    }

    /**
     * Runs the range to its end, or until the node stops or loses the lease.
     *
     * @return true when the whole range is done
     */
    boolean run(org.fugong.worker.Audience audience) throws InterruptedException {
        long[] seq = {range.batches};
        String from = range.checkpoint != null ? range.checkpoint : range.from;
        InterruptedException[] interrupted = {null};
        workers.walk(audience, from, range.to, batchSize, batch -> {
            if (!keepGoing.getAsBoolean() || leaseLost || broken) {
                return false;
            }
            try {
                submit(++seq[0], batch);
                return true;
            } catch (InterruptedException e) {
                interrupted[0] = e;
                return false;
            }
        });
        slots.acquire(inFlight);
        slots.release(inFlight);
        if (interrupted[0] != null) {
            throw interrupted[0];
        }
        return keepGoing.getAsBoolean() && !leaseLost && !broken && nextToCheckpoint == seq[0] + 1;
    }

    private void submit(long seq, List<AudienceMember> batch) throws InterruptedException {
        List<String> ids = batch.stream().map(AudienceMember::id).toList();
        DispatchRangeDocument.Span span = new DispatchRangeDocument.Span(seq, ids.get(0), ids.get(ids.size() - 1));
        Set<String> reached = range.kind == PushKind.RECALL ? inbox.recipientsAmong(notice, ids) : null;
        List<PushTarget> targets = new ArrayList<>();
        Map<String, String> locales = new HashMap<>();
        for (AudienceMember member : batch) {
            boolean wanted = reached != null ? reached.contains(member.id()) : member.subscribesTo(notice.type());
            if (wanted && !skipped(member.id())) {
                targets.addAll(member.targets());
                locales.put(member.id(), member.locale());
            }
        }
        // a slot first, then the claim: a batch is claimed (possibly sent) only once it can go, so a
        // crash, or an interrupt while it waits, leaves no claimed batch that was never handed over
        slots.acquire();
        boolean claimed;
        try {
            claimed = targets.isEmpty() || ranges.claimBatch(range, span);
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        if (!claimed) {
            slots.release();
            log.warn("Lost the lease of range {}; another node continues it", range.id);
            leaseLost = true;
            return;
        }
        try {
            // the send pool gives the batch its inbox entries and then pushes it, while this thread
            // walks on: the entries of a batch are still written before any of its pushes
            sendPool.execute(() -> {
                try {
                    Integer entries = deliver(span, ids, !targets.isEmpty());
                    if (entries != null) {
                        send(seq, span, batch.size(), entries, targets, locales);
                    }
                } finally {
                    // only once the batch is recorded and checkpointed: the walk's end waits for all slots
                    slots.release();
                }
            });
        } catch (RuntimeException rejected) {
            slots.release();
            throw rejected;
        }
    }

    /**
     * The batch's new inbox entries, or null when they could not be written: then the batch is not
     * sent, its claim is withdrawn and the range stops at its checkpoint, so whoever resumes it gives
     * the entries and sends the pushes.
     */
    private Integer deliver(DispatchRangeDocument.Span span, List<String> ids, boolean claimed) {
        try {
            return range.kind == PushKind.NOTICE ? inbox.deliver(notice, ids) : 0;
        } catch (RuntimeException e) {
            log.error("Inbox entries of batch {} of {} failed; the range resumes from its checkpoint", span.seq(), range.id, e);
            broken = true;
            if (claimed) {
                ranges.unclaimBatch(range, span);
            }
            return null;
        }
    }

    private void send(long seq, DispatchRangeDocument.Span span, int workers, int entries, List<PushTarget> targets,
                      Map<String, String> locales) {
        PushSender.Report report = PushSender.Report.NONE;
        try {
            if (!targets.isEmpty()) {
                report = sender.send(batchId(seq), notice, range.kind, words, targets, locales, 1, keepGoing);
            }
        } catch (InterruptedException stopping) {
            // nothing of it went out (it was waiting for the quota): whoever takes over sends it
            ranges.unclaimBatch(range, span);
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            log.error("Batch {} of {} failed; a node that takes the range over skips it", seq, range.id, e);
            return;
        }
        try {
            finished(seq, new Finished(span, workers, entries, report));
        } catch (RuntimeException e) {
            log.error("Batch {} of {} was sent but its checkpoint failed", seq, range.id, e);
        }
    }

    /** Advances the checkpoint over every batch finished in order, in one update. */
    private synchronized void finished(long seq, Finished done) {
        finished.put(seq, done);
        Finished last = null;
        long workersDone = 0;
        long entries = 0;
        long pushes = 0;
        long failures = 0;
        while (finished.containsKey(nextToCheckpoint)) {
            last = finished.remove(nextToCheckpoint);
            workersDone += last.workers();
            entries += last.entries();
            pushes += last.report().sent();
            failures += last.report().failed();
            nextToCheckpoint++;
        }
        if (last != null && !ranges.checkpoint(range, last.span(), workersDone, entries, pushes, failures)) {
            log.warn("Lost the lease of range {}; another node continues it", range.id);
            leaseLost = true;
        }
    }

    private boolean skipped(String workerId) {
        for (DispatchRangeDocument.Span span : skip) {
            if (span.covers(workerId)) {
                return true;
            }
        }
        return false;
    }

    private String batchId(long seq) {
        return range.id + "#" + seq;
    }
}
