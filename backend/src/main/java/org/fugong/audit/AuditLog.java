package org.fugong.audit;

import org.fugong.audit.internal.AuditEntryDocument;
import org.fugong.base.Actor;
import org.fugong.base.CursorPage;
import org.fugong.base.Keyset;
import org.fugong.base.Paging;
import org.fugong.base.Plumbing;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records and lists who changed what. Entries are only ever inserted. */
@Service
public class AuditLog {

    private final MongoTemplate mongo;
    private final Clock clock;

    AuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(AuditEntryDocument.class).createIndex(new Index().on("at", Sort.Direction.DESC));
        mongo.indexOps(AuditEntryDocument.class).createIndex(
                new Index().on("targetId", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
    }

    /**
     * Writes one entry.
     *
     * @param details a few key facts, e.g. the new status or the comment; never a whole document
     */
    @Plumbing
    public void record(Actor actor, String action, String targetType, String targetId, Map<String, Object> details) {
        AuditEntryDocument entry = new AuditEntryDocument();
        entry.at = clock.instant();
        entry.actorId = actor.id();
        entry.actorName = actor.username();
        entry.action = action;
        entry.targetType = targetType;
        entry.targetId = targetId;
        entry.details = details == null ? Map.of() : new LinkedHashMap<>(details);
        mongo.insert(entry);
    }

    @Plumbing
    public void record(Actor actor, String action, String targetType, String targetId) {
        record(actor, action, targetType, targetId, Map.of());
    }

    /** The newest entries first, optionally only those about one target. */
    public CursorPage<AuditEntry> list(String targetId, Paging paging) {
        Criteria filter = targetId != null && !targetId.isBlank() ? Criteria.where("targetId").is(targetId) : new Criteria();
        Keyset keyset = Keyset.newestFirst("at");
        List<AuditEntry> rows = mongo.find(keyset.query(filter, paging), AuditEntryDocument.class).stream()
                .map(AuditEntryDocument::toEntry).toList();
        return keyset.page(rows, paging, AuditEntry::at, AuditEntry::id);
    }
}
