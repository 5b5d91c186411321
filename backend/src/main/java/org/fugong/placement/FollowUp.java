package org.fugong.placement;

import java.time.Instant;

/**
 * One follow-up check of a worker after arrival, as the worker and the console see it.
 *
 * @param id        for answering it
 * @param noticeId  the trip the worker arrived by
 * @param day       days after arrival (1, 7, 30 by default)
 * @param dueAt     when it is (or was) asked
 * @param askedAt   when it was put in the inbox and pushed; null while it is ahead
 * @param status    the answer; null while unanswered
 * @param requestId the request opened for the task force when the worker asked for help
 */
public record FollowUp(String id, String noticeId, int day, Instant dueAt, Instant askedAt, WorkStatus status,
                       boolean needHelp, String note, Instant answeredAt, String requestId) {
}
