package org.fugong.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The bureau's clock face: every day, date and minute people read is China Standard Time, whatever
 * zone the server runs in. New code takes the zone from here, never from its own constant.
 */
public final class BureauTime {

    /** The zone's name, for annotations that need a constant ({@code @Scheduled(zone = ...)}). */
    public static final String ZONE_ID = "Asia/Shanghai";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);
    /** Minutes as officials write them ({@code 2026-03-06 19:33}). */
    public static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private BureauTime() {
    }

    /** Today in the bureau. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The bureau's day an instant falls on. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    public static String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
