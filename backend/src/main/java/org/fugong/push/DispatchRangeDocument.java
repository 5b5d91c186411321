package org.fugong.push;

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
class DispatchRangeDocument {
    @Id
    String id;
    String jobId;
    String noticeId;
    PushKind kind;
    int index;
    String from;
    String to;
    Status status;
    String leaseOwner;
    Instant leaseUntil;
    String checkpoint;
    long batches;
    List<Span> inFlight;
    long workers;
    long inboxEntries;
    long pushes;
    long failures;
    Instant createdAt;
    Instant finishedAt;

    enum Status { PENDING, RUNNING, DONE, CANCELLED }

    /** The workers of one claimed batch: first and last worker id, inclusive, and its number. */
    record Span(long seq, String first, String last) {

        boolean covers(String workerId) {
            return first.compareTo(workerId) <= 0 && last.compareTo(workerId) >= 0;
        }
    }

    static String id(String jobId, int index) {
        return jobId + "#" + index;
    }
}
