package org.fugong.notice;

/** What a console user may do with a notice now (see {@link NoticeActions}). */
public enum NoticeAction {
    /** Change the draft or the rejected notice (its author). */
    EDIT,
    /** Send it for approval (its author). */
    SUBMIT,
    /** Approve it: someone other than the author, a REVIEWER or ADMIN. */
    APPROVE,
    /** Send it back with a comment: the same people. */
    REJECT,
    /** Withdraw it from the workers. */
    RECALL,
    /** Tell the workers it reached of the recall with a push (it went out: published). */
    RECALL_WITH_PUSH,
    /** Mark it read for one's enterprise (HR). */
    ACKNOWLEDGE,
    /** Open the trip's manifest (a return bus, staff). */
    OPEN_MANIFEST,
    /**
     * See the bureau's delivery figures: staff, once the notice went out (published or recalled); HR
     * users see their enterprise's own figures instead.
     */
    SEE_DELIVERY,
    /** Read how its review went (staff, while it is in review or was sent back). */
    SEE_REVIEW_HISTORY,
    /** Read why it was sent back (it is rejected with a comment). */
    READ_REJECTION,
    /** See how many workers it would reach (before it goes out: a draft or in review). */
    SEE_AUDIENCE_SIZE
}
