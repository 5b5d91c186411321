package org.fugong.enterprise;

import java.time.Instant;
import java.util.List;

/**
 * The dispatch clock wants people told about a key enterprise's request: its task-force leader and
 * specialist when 75 % of a deadline's time has gone (WARNING), the ADMIN users when a deadline passed
 * (ESCALATION). Whoever listens tells them in the console and on their phones; listening must be
 * idempotent by {@code eventKey}, since the clock announces again when it could not record the event.
 *
 * @param userIds the console users to tell, by id
 */
public record DispatchAlert(String requestId, String enterpriseId, String enterpriseName, RequestCategory category,
                            DispatchStage stage, Kind kind, Instant dueAt, List<String> userIds, String eventKey) {

    public enum Kind { WARNING, ESCALATION }
}
