package org.fugong.push.internal;

import org.fugong.push.PushKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One range of a dispatch job's audience, worker ids in {@code (from, to]} (open ends are null),
 * walked by one node at a time under a lease. {@code checkpoint} is the last worker of the last batch
 * finished in order; {@code inFlight} holds the worker-id spans of batches claimed and possibly sent
 * beyond it, which a node that takes over skips: a crash loses at most those pushes and never repeats
 * one.
 */
@Document("dispatchRanges")
public class DispatchRangeDocument {
    @Id
    public String id;
    public String jobId;
    public String noticeId;
    public PushKind kind;
    public int index;
    public String from;
    public String to;
    public Status status;
    public String leaseOwner;
    public Instant leaseUntil;
    public String checkpoint;
    public long batches;
    public List<Span> inFlight;
    public long workers;
    public long inboxEntries;
    public long pushes;
    public long failures;
    public Instant createdAt;
    public Instant finishedAt;

    public enum Status { PENDING, RUNNING, DONE, CANCELLED }

    /** The workers of one claimed batch: first and last worker id, inclusive, and its number. */
    public record Span(long seq, String first, String last) {

        public boolean covers(String workerId) {
            return first.compareTo(workerId) <= 0 && last.compareTo(workerId) >= 0;
        }
    }

    public static String id(String jobId, int index) {
        return jobId + "#" + index;
    }
}
