package org.fugong.enterprise;

import java.time.Duration;
import java.time.Instant;

/**
 * The dispatch clock of a key enterprise's request (24 小时重点企业用工调度保障): when it must be taken
 * up and resolved, set when it was raised and kept through reopenings, and what became of each
 * deadline. Requests of other enterprises have none.
 *
 * @param takeUpDueAt     taken up (by a reply, or explicitly) by then
 * @param resolveDueAt    resolved by then
 * @param takenUpAt       when an official first took it up
 * @param takeUpWarnedAt  when its leader and specialist were told that 75 % of the take-up time had gone
 * @param resolveWarnedAt the same for the resolution time
 * @param takeUpMissedAt  the take-up deadline passed without a take-up: escalated to the ADMIN users
 * @param resolveMissedAt the resolution deadline passed while it was open: escalated
 * @param settledAt       when its outcome was decided: its first resolution in time, or the first deadline
 *                        it missed (the briefing counts it in the period holding this time)
 * @param onTime          the outcome: handled in time, or not; null while undecided
 * @param nextDueAt       the deadline it now runs against (the queue's order); null once resolved
 */
public record RequestDeadlines(Instant startedAt, Instant takeUpDueAt, Instant resolveDueAt, Instant takenUpAt,
                               Instant takeUpWarnedAt, Instant resolveWarnedAt, Instant takeUpMissedAt,
                               Instant resolveMissedAt, Instant settledAt, Boolean onTime, Instant nextDueAt) {

    /** Time left to the next deadline; negative once it has passed; null when nothing is due. */
    public Duration timeLeft(Instant now) {
        return nextDueAt == null ? null : Duration.between(now, nextDueAt);
    }

    /** Which deadline it now runs against, if any. */
    public DispatchStage stage() {
        if (nextDueAt == null) {
            return null;
        }
        return nextDueAt.equals(takeUpDueAt) && takenUpAt == null ? DispatchStage.TAKE_UP : DispatchStage.RESOLUTION;
    }

    /** Whether a deadline was escalated for being missed. */
    public boolean isEscalated() {
        return takeUpMissedAt != null || resolveMissedAt != null;
    }
}
