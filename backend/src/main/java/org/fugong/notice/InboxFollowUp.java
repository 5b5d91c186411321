package org.fugong.notice;

import java.time.Instant;

/**
 * A follow-up check on an inbox entry (the trip a worker arrived by): "still at work? anything we can
 * help with?", asked a number of days after arrival and answered in one tap.
 *
 * @param id         the check, for {@code POST /me/follow-ups/{id}/answer}
 * @param day        days after arrival it was asked for (1, 7, 30)
 * @param answeredAt when the worker answered; null while it waits for an answer
 */
public record InboxFollowUp(String id, int day, Instant askedAt, Instant answeredAt) {
}
