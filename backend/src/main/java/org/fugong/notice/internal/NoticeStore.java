package org.fugong.notice.internal;

import org.fugong.notice.NoticeStatus;
import org.fugong.notice.Notice;
import org.bson.types.ObjectId;
import org.fugong.base.BriefMemory;
import org.fugong.base.ConflictException;
import org.fugong.base.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The {@code notices} collection: its indexes, notices by id, and the one way a notice changes
 * state, an atomic find-and-modify guarded by the states it may leave.
 */
@Component
public class NoticeStore {

    private final MongoTemplate mongo;
    private final InboxNotices inboxNotices;
    /** Published notices as read within the last 250 ms (see {@link #findRecent}). */
    private final BriefMemory<Notice> recent = new BriefMemory<>(Duration.ofMillis(250), 1_000);

    public NoticeStore(MongoTemplate mongo, InboxNotices inboxNotices) {
        this.mongo = mongo;
        this.inboxNotices = inboxNotices;
        var ops = mongo.indexOps(NoticeDocument.class);
        ops.createIndex(new Index().on("status", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        ops.createIndex(new Index().on("status", Sort.Direction.ASC).on("scheduledAt", Sort.Direction.ASC));
        ops.createIndex(new Index().on("authorId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        ops.createIndex(new Index().on("audience.enterpriseIds", Sort.Direction.ASC));
        ops.createIndex(new Index().on("jobPosting.enterpriseId", Sort.Direction.ASC));
        ops.createIndex(new Index().on("type", Sort.Direction.ASC).on("publishedAt", Sort.Direction.DESC));
    }

    /**
     * A published notice as read within the last moment on this node: a rush of bookings or of app
     * openings reads its notice once per 250 ms, not once per request. A change of state
     * on this node drops it at once; another node's change is seen within that moment.
     */
    public Optional<Notice> findRecent(String id) {
        BriefMemory.Held<Notice> seen = recent.get(id);
        if (seen != null) {
            return Optional.of(seen.value());
        }
        long stamp = recent.stamp();
        Optional<Notice> notice = find(id);
        notice.filter(n -> n.status() == NoticeStatus.PUBLISHED).ifPresent(n -> recent.hold(id, n, stamp));
        return notice;
    }

    /** A notice by id, whatever its state; empty for an id that is not one. */
    public Optional<Notice> find(String id) {
        if (id == null || !ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(new ObjectId(id), NoticeDocument.class)).map(NoticeDocument::toNotice);
    }

    /** Several notices by id. */
    public Map<String, Notice> findAll(Collection<String> ids) {
        List<ObjectId> oids = ids.stream().filter(i -> i != null && ObjectId.isValid(i)).distinct().map(ObjectId::new).toList();
        if (oids.isEmpty()) {
            return Map.of();
        }
        return mongo.find(Query.query(where("_id").in(oids)), NoticeDocument.class).stream()
                .map(NoticeDocument::toNotice).collect(Collectors.toMap(Notice::id, Function.identity()));
    }

    /**
     * A notice changed on this node (every {@link #transition}, and a scheduled publication): what this
     * node holds of it is forgotten, so bookings and inboxes read it again.
     */
    public void changed(String id) {
        recent.forget(id);
        inboxNotices.forget(id);
    }

    /** One notice's document, or a 404. */
    public NoticeDocument document(String id) {
        NoticeDocument doc = id != null && ObjectId.isValid(id) ? mongo.findById(new ObjectId(id), NoticeDocument.class) : null;
        if (doc == null) {
            throw new NotFoundException("notice", id);
        }
        return doc;
    }

    /**
     * Moves a notice out of one of {@code from} atomically; when nothing matched, says whether it is
     * missing (404) or in another state (409).
     */
    public NoticeDocument transition(String id, Set<NoticeStatus> from, Criteria extra, Update update) {
        Query query = new Query(new Criteria().andOperator(where("_id").is(new ObjectId(id)),
                where("status").in(from), extra));
        NoticeDocument saved = mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                NoticeDocument.class);
        changed(id);
        if (saved == null) {
            NoticeDocument now = document(id);
            throw new ConflictException("error.notice-state", now.status.name());
        }
        return saved;
    }
}
