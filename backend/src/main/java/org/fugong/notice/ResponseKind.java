package org.fugong.notice;

import org.fugong.base.NoticeType;

import java.util.EnumSet;
import java.util.Set;

/** How workers (or enterprises) answer a notice, if at all. */
public enum ResponseKind {
    NONE,
    RSVP,
    APPLY,
    SEAT_BOOKING,
    SUBSIDY_APPLICATION;

    /** The answers each type of notice may take; the first is the default. */
    public static Set<ResponseKind> allowedFor(NoticeType type) {
        return switch (type) {
            case JOB_FAIR -> EnumSet.of(RSVP, NONE);
            case RETURN_BUS -> EnumSet.of(SEAT_BOOKING);
            case JOB_POSTING -> EnumSet.of(APPLY);
            case POLICY -> EnumSet.of(SUBSIDY_APPLICATION, NONE);
            case ANNOUNCEMENT -> EnumSet.of(NONE);
        };
    }

    public static ResponseKind defaultFor(NoticeType type) {
        return switch (type) {
            case JOB_FAIR -> RSVP;
            case RETURN_BUS -> SEAT_BOOKING;
            case JOB_POSTING -> APPLY;
            case POLICY -> SUBSIDY_APPLICATION;
            case ANNOUNCEMENT -> NONE;
        };
    }
}
