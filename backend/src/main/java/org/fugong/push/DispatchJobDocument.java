package org.fugong.push;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * The work of pushing one notice to its audience (or its recall to its recipients). {@code _id} is
 * kind:noticeId, so each exists once. A node owns it while its lease lasts; {@code checkpoint} is the
 * last worker id finished, where a resumed job continues.
 */
@Document("dispatchJobs")
class DispatchJobDocument {
    @Id
    String id;
    String noticeId;
    PushKind kind;
    Status status;
    String leaseOwner;
    Instant leaseUntil;
    String checkpoint;
    long workers;
    long inboxEntries;
    long pushes;
    long failures;
    Instant createdAt;
    Instant startedAt;
    Instant finishedAt;

    enum Status { PENDING, RUNNING, DONE, CANCELLED }

    static String id(PushKind kind, String noticeId) {
        return kind.name() + ":" + noticeId;
    }
}
