package org.fugong.response;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a response stands. SUBMITTED waits for review; CONFIRMED holds a seat or a place;
 * WAITLISTED waits for one (or was put on hold by an official); ACCEPTED and REJECTED are decisions;
 * CANCELLED was withdrawn and frees its place.
 */
public enum ResponseStatus {
    SUBMITTED,
    CONFIRMED,
    WAITLISTED,
    ACCEPTED,
    REJECTED,
    CANCELLED;

    /** Statuses that still count as the worker's one response to the notice. */
    public static final Set<ResponseStatus> ACTIVE = EnumSet.of(SUBMITTED, CONFIRMED, WAITLISTED, ACCEPTED);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
