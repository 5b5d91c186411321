package org.fugong.push.internal;

import org.fugong.push.PushKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * The work of pushing one notice to its audience (or its recall to those it reached). {@code _id} is
 * kind:noticeId, so each exists once. One node plans it under a lease: it cuts the audience into
 * ranges of worker ids that any node claims ({@link DispatchRangeDocument}) as soon as each is cut,
 * while the cutting goes on ({@code cuts}, appended one at a time, so a node that takes over a plan
 * cut short continues it where it stands: decision 71). The finished plan is {@code ends} and
 * {@code ranges}; the job is done when its last range is.
 */
@Document("dispatchJobs")
public class DispatchJobDocument {
    @Id
    public String id;
    public String noticeId;
    public PushKind kind;
    public Status status;
    public String leaseOwner;
    public Instant leaseUntil;
    /** Where each range cut so far ends, in order, while the job is being planned. */
    public List<String> cuts;
    /** Where each range but the last ends; null until the plan is finished. */
    public List<String> ends;
    public long audience;
    /**
     * The audience's last worker when it was cut: a notice's last range ends there, and later sign-ups
     * are the inbox backfill's (decision 64). Null for an empty audience and for jobs planned before;
     * their last range, and a recall's, stays open-ended.
     */
    public String last;
    public int ranges;
    /** Indexes of the ranges finished: a set, so a range reported twice counts once. */
    public java.util.Set<Integer> doneRanges;
    public Instant createdAt;
    public Instant startedAt;
    public Instant finishedAt;

    public enum Status { PENDING, RUNNING, DONE, CANCELLED }

    public static String id(PushKind kind, String noticeId) {
        return kind.name() + ":" + noticeId;
    }
}
