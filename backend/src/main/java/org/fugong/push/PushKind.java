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
    SUMMARY,
    /**
     * A check after arrival ("still at work?"), days after the trip: on the wire a REMINDER (to answer
     * the check), but at normal priority, and kept by FCM for days even when the trip's notice has expired.
     */
    FOLLOW_UP,
    /**
     * An alert to a console user's own phone (a key enterprise's request running out of time): on the
     * wire a REMINDER, at high priority; it carries no notice.
     */
    ALERT;

    /** The {@code kind} the apps see in the push's data. */
    public String wireName() {
        return switch (this) {
            case SUMMARY -> NOTICE.name();
            case FOLLOW_UP, ALERT -> REMINDER.name();
            default -> name();
        };
    }

    /** Reminders, changes (a delayed bus) and alerts must wake the phone; everything else can wait. */
    public boolean isHighPriority() {
        return this == REMINDER || this == CHANGE || this == ALERT;
    }
}
