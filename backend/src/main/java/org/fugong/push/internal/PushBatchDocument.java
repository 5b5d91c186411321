package org.fugong.push.internal;

import org.fugong.push.PushResult;
import org.fugong.push.PushOutcome;
import org.fugong.push.PushKind;
import org.fugong.worker.PushTarget;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One call to FCM in the ledger ({@code pushBatches}): written as a small claim before the messages
 * go out (its key makes a repeat impossible: a resumed job that finds its batch claimed skips it),
 * then completed with every device's outcome in one update.
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
    public List<Outcome> outcomes;

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
