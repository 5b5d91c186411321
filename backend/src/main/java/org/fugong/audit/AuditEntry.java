package org.fugong.audit;

import java.time.Instant;
import java.util.Map;

/** One change: when, by whom, what was done to which thing, and the key facts. */
public record AuditEntry(String id, Instant at, String actorId, String actorName, String action,
                         String targetType, String targetId, Map<String, Object> details) {
}
