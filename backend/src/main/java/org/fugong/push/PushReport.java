package org.fugong.push;

/** What one round of sending did: messages sent (or simulated), failed, and tokens found dead. */
public record PushReport(int sent, int failed, int invalidTokens, int skipped) {

    public static PushReport empty() {
        return new PushReport(0, 0, 0, 0);
    }

    public PushReport plus(PushReport other) {
        return new PushReport(sent + other.sent, failed + other.failed, invalidTokens + other.invalidTokens,
                skipped + other.skipped);
    }
}
