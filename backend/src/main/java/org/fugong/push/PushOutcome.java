package org.fugong.push;

/** What became of one push to one device. */
public enum PushOutcome {
    /** Recorded before sending; a row left PENDING means the node stopped mid-send. */
    PENDING,
    /** FCM accepted it and returned a message id. */
    SENT,
    /** No Firebase is configured: recorded as if sent, and the console says so. */
    SIMULATED,
    /** FCM refused it; the error code says why. */
    FAILED
}
