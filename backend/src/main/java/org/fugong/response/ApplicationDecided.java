package org.fugong.response;

import java.time.Instant;

/**
 * A worker's application to a job posting was decided (accepted, waitlisted or rejected, or an
 * acceptance taken back): an accepted intern is expected at the enterprise.
 */
public record ApplicationDecided(String responseId, String noticeId, String workerId, ResponseStatus status,
                                 Instant decidedAt) {
}
