package org.fugong.audit.internal;

import org.fugong.audit.AuditEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Map;

@Document("auditLog")
public class AuditEntryDocument {
    @Id
    public String id;
    public Instant at;
    public String actorId;
    public String actorName;
    public String action;
    public String targetType;
    public String targetId;
    public Map<String, Object> details;

    public AuditEntry toEntry() {
        return new AuditEntry(id, at, actorId, actorName, action, targetType, targetId, details);
    }
}
