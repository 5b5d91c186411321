package org.fugong.audit;

import org.fugong.audit.internal.AuditEntryDocument;
import org.fugong.base.Actor;
import org.fugong.base.CursorPage;
import org.fugong.base.Cursor;
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
import java.util.ArrayList;
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
        List<Criteria> and = new ArrayList<>();
        if (targetId != null && !targetId.isBlank()) {
            and.add(Criteria.where("targetId").is(targetId));
        }
        if (paging.hasCursor()) {
            Instant at = Instant.ofEpochMilli(paging.cursor().longPart(0));
            org.bson.types.ObjectId id = paging.cursor().idPart(1);
            and.add(new Criteria().orOperator(Criteria.where("at").lt(at),
                    Criteria.where("at").is(at).and("_id").lt(id)));
        }
        Query query = new Query(and.isEmpty() ? new Criteria() : new Criteria().andOperator(and))
                .with(Sort.by(Sort.Direction.DESC, "at", "_id")).limit(paging.limit() + 1);
        List<AuditEntry> rows = mongo.find(query, AuditEntryDocument.class).stream().map(AuditEntryDocument::toEntry).toList();
        return CursorPage.of(rows, paging.limit(), e -> Cursor.of(String.valueOf(e.at().toEpochMilli()), e.id()));
    }
}
