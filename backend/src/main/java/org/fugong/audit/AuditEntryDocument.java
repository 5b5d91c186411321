package org.fugong.audit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Map;

@Document("auditLog")
class AuditEntryDocument {
    @Id
    String id;
    Instant at;
    String actorId;
    String actorName;
    String action;
    String targetType;
    String targetId;
    Map<String, Object> details;

    AuditEntry toEntry() {
        return new AuditEntry(id, at, actorId, actorName, action, targetType, targetId, details);
    }
}
