package org.fugong.push;

import java.time.Instant;

/** One recorded push to one device. */
public record PushAttempt(String noticeId, String workerId, String installationId, PushKind kind, PushOutcome outcome,
                          String messageId, String errorCode, Instant createdAt, Instant sentAt) {
}
