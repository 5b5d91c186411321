package org.fugong.push;

/** Why a push is sent: the notice itself, a decision on a response, a reminder, a change, a recall. */
public enum PushKind {
    NOTICE,
    DECISION,
    REMINDER,
    CHANGE,
    RECALL;

    /** Reminders and changes (a delayed bus) must wake the phone; everything else can wait. */
    public boolean isHighPriority() {
        return this == REMINDER || this == CHANGE;
    }
}
