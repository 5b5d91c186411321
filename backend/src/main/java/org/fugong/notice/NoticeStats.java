package org.fugong.notice;

/**
 * The delivery ledger of one notice: workers targeted (inbox entries), pushes sent and failed,
 * devices found with invalid tokens, workers who read it, and active responses.
 */
public record NoticeStats(long targeted, long sent, long failed, long invalidTokens, long read, long responses) {

    public static NoticeStats none() {
        return new NoticeStats(0, 0, 0, 0, 0, 0);
    }
}
