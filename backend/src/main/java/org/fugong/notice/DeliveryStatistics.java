package org.fugong.notice;

/**
 * Push outcomes per notice, provided by the push feature (which depends on notices, not the other
 * way round).
 */
public interface DeliveryStatistics {

    /** Pushes sent (or simulated), failed, and devices found with invalid tokens. */
    Figures figures(String noticeId);

    record Figures(long sent, long failed, long invalidTokens) {
    }
}
