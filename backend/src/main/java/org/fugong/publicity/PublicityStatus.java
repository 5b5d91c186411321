package org.fugong.publicity;

/**
 * Where a publicity stands: its announcement waits for a second official (PENDING), it is public and
 * takes objections (RUNNING), its period is over (CLOSED), or its announcement was recalled (WITHDRAWN).
 */
public enum PublicityStatus {
    PENDING,
    RUNNING,
    CLOSED,
    WITHDRAWN
}
