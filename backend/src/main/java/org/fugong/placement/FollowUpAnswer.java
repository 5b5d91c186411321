package org.fugong.placement;

/**
 * A worker's answer to a follow-up check ({@code POST /me/follow-ups/{id}/answer}): one tap on "still
 * at work" or "left", with "I need help" and a few words if they like.
 *
 * @param needHelp opens a request for the task force
 * @param note     at most 500 characters
 */
public record FollowUpAnswer(WorkStatus status, Boolean needHelp, String note) {
}
