package org.fugong.push;

/** Why a push is sent: the notice itself, a decision on a response, a reminder, a change, a recall. */
public enum PushKind {
    NOTICE,
    DECISION,
    REMINDER,
    CHANGE,
    RECALL,
    /**
     * One push telling a worker how many notices they were just given (a late sign-up, a profile
     * change); it opens the newest, so on the wire it is a NOTICE.
     */
    SUMMARY;

    /** The {@code kind} the apps see in the push's data. */
    public String wireName() {
        return this == SUMMARY ? NOTICE.name() : name();
    }

    /** Reminders and changes (a delayed bus) must wake the phone; everything else can wait. */
    public boolean isHighPriority() {
        return this == REMINDER || this == CHANGE;
    }
}
