package org.fugong.notice.internal;

import org.bson.types.ObjectId;
import org.fugong.base.BriefMemory;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.notice.NoticeStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What an inbox shows of a notice (type, title, body, respond-by), for the notices that are published,
 * held in memory for a short while: every inbox page names a handful of the same few hundred notices,
 * and reading them from the database for each page cost more than the rest of the page. Notices that
 * are not shown (recalled, never published) are remembered as such too.
 * <p>
 * A change of a notice on this node (a recall, a bus change, any state change through
 * {@link NoticeStore#transition}, a scheduled publication) forgets it here at once; another node's
 * copy lives at most {@code fugong.inbox.notice-cache-ttl} (5 s by default), so a recall on one node
 * stops showing on all nodes within that time (decision 045).
 */
@Component
public class InboxNotices {

    /** More notices than a city publishes in a year of inboxes; past it, the memory starts over. */
    private static final int MAX_HELD = 20_000;

    /** A notice as an inbox shows it. */
    public record View(String id, NoticeType type, LocalizedText title, LocalizedText body, Instant respondBy) {
    }

    private final MongoTemplate mongo;
    private final BriefMemory<View> held;

    public InboxNotices(MongoTemplate mongo, @Value("${fugong.inbox.notice-cache-ttl:5s}") Duration ttl) {
        this.mongo = mongo;
        this.held = new BriefMemory<>(ttl, MAX_HELD);
    }

    /** The published ones among these notices, by id: what an inbox may show. */
    public Map<String, View> published(List<String> ids) {
        Map<String, View> shown = new HashMap<>();
        List<ObjectId> missing = new ArrayList<>();
        for (String id : ids) {
            BriefMemory.Held<View> h = held.get(id);
            if (h != null) {
                if (h.value() != null) {
                    shown.put(id, h.value());
                }
            } else if (ObjectId.isValid(id)) {
                missing.add(new ObjectId(id));
            }
        }
        if (!missing.isEmpty()) {
            shown.putAll(read(missing));
        }
        return shown;
    }

    /** Reads notices and holds each (a null view for one not to show); returns those to show. */
    private Map<String, View> read(List<ObjectId> ids) {
        long stamp = held.stamp();
        Query query = Query.query(where("_id").in(ids));
        query.fields().include("type", "title", "body", "respondBy", "status");
        Map<String, View> found = new HashMap<>();
        for (NoticeDocument doc : mongo.find(query, NoticeDocument.class)) {
            if (doc.status == NoticeStatus.PUBLISHED) {
                found.put(doc.id, new View(doc.id, doc.type, doc.title, doc.body, doc.respondBy));
            }
        }
        ids.forEach(oid -> held.hold(oid.toHexString(), found.get(oid.toHexString()), stamp));
        return found;
    }

    /** Forgets a notice that changed on this node, so the next page reads it again. */
    public void forget(String noticeId) {
        held.forget(noticeId);
    }
}
