package org.fugong.publicity;

/**
 * Where an approved claim stands on its way to payment: listed for a publicity not yet public,
 * in its publicity, publicised (the period ended without an objection holding it: it may be paid),
 * or on hold (an objection names it and is unanswered, or was upheld).
 */
public enum PaymentStatus {
    LISTED,
    IN_PUBLICITY,
    PUBLICISED,
    ON_HOLD
}
