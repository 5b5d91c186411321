package org.fugong.push;

/**
 * A worker to tell about a notice, with the response whose state their inbox entry is to show, if
 * any.
 *
 * @param surface the inbox entry becomes unread and moves to the top (a decision they should see)
 */
public record Recipient(String workerId, String responseId, String status, boolean surface) {

    /** A worker told without touching their inbox (a reminder, a bus change). */
    public static Recipient worker(String workerId) {
        return new Recipient(workerId, null, null, false);
    }

    /** A worker whose response changed: the inbox entry shows the new status. */
    public static Recipient response(String workerId, String responseId, String status, boolean surface) {
        return new Recipient(workerId, responseId, status, surface);
    }

    boolean changesInbox() {
        return responseId != null;
    }
}
