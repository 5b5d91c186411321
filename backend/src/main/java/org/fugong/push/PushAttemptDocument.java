package org.fugong.push;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One push to one device. {@code _id} is the de-duplication key (the job or event, then the
 * installation), so the same job never pushes the same device twice, even when resumed after a crash.
 */
@Document("pushAttempts")
class PushAttemptDocument {
    @Id
    String id;
    String noticeId;
    String workerId;
    String installationId;
    PushKind kind;
    PushOutcome outcome;
    String messageId;
    String errorCode;
    boolean invalidToken;
    /** How many times FCM was asked: more than one when passing failures were retried. */
    int tries;
    Instant createdAt;
    Instant sentAt;
}
