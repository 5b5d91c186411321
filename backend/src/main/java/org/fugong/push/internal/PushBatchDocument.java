package org.fugong.push.internal;

import org.fugong.push.PushResult;
import org.fugong.push.PushOutcome;
import org.fugong.push.PushKind;
import org.fugong.worker.PushTarget;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One call to FCM in the ledger ({@code pushBatches}): written as a small claim before the messages
 * go out (its key makes a repeat impossible: a resumed job that finds its batch claimed skips it),
 * then completed with every device's outcome in one update.
 * <p>
 * The outcomes are stored as columns (decision 56): {@code devices}, {@code workers} and
 * {@code messageIds} hold one value per message in the order they were sent, {@code errors} (only when
 * something failed) FCM's error code at the index of each failed message and null elsewhere. A batch
 * is one try ({@code attempt}) through one gateway ({@code simulated} when no Firebase is configured).
 * Batches written before that hold one {@link Outcome} per message in {@code outcomes}.
 */
@Document("pushBatches")
public class PushBatchDocument {
    @Id
    public String id;
    public String noticeId;
    public PushKind kind;
    public String node;
    /** First and last installation of the batch, and how many messages it holds. */
    public String first;
    public String last;
    public int count;
    public Instant createdAt;
    public Instant sentAt;
    public int sent;
    public int failed;
    public int invalidTokens;
    /** Messages handed on to a later retry (a passing failure). */
    public int retried;
    /** Which try of its messages this batch was: 1 for the first. */
    public Integer attempt;
    /** Sent through the simulated gateway (no Firebase configured). */
    public Boolean simulated;
    public List<String> devices;
    public List<String> workers;
    public List<String> messageIds;
    public List<String> errors;
    /** Batches written before the outcomes were stored as columns. */
    public List<Outcome> outcomes;

    /** Every message's outcome, in the order they were sent. */
    public List<Outcome> outcomes() {
        if (devices == null) {
            return outcomes == null ? List.of() : outcomes;
        }
        List<Outcome> all = new ArrayList<>(devices.size());
        for (int i = 0; i < devices.size(); i++) {
            String error = errors == null ? null : errors.get(i);
            PushOutcome outcome = error != null ? PushOutcome.FAILED
                    : Boolean.TRUE.equals(simulated) ? PushOutcome.SIMULATED : PushOutcome.SENT;
            all.add(new Outcome(devices.get(i), workers == null ? null : workers.get(i), outcome,
                    messageIds == null ? null : messageIds.get(i), error, attempt == null ? 1 : attempt));
        }
        return all;
    }

    /**
     * What happened to one message: installation, worker, outcome, FCM's message id or error code,
     * and which try it was.
     */
    public record Outcome(String i, String w, PushOutcome o, String m, String e, int t) {

        /** What FCM answered for one target, at the given attempt. */
        public static Outcome of(PushTarget target, PushResult result, int attempt) {
            return new Outcome(target.installationId(), target.workerId(), result.outcome(), result.messageId(),
                    result.errorCode(), attempt);
        }
    }
}
