package org.fugong.notice;

import org.fugong.notice.internal.NoticeStore;
import org.fugong.notice.internal.NoticeDocument;
import org.fugong.base.Actor;
import org.fugong.base.CursorPage;
import org.fugong.base.Keyset;
import org.fugong.base.NoticeType;
import org.fugong.base.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Notices as other features read them, by time and type: the integration API's pages, the reminders
 * due, what the briefing counts, the Buses page and the partner feed, what the push pipeline must
 * have dispatched, and titles for lists. Read only; the workflow is {@link NoticeService}.
 */
@Service
public class NoticeFinder {

    private static final Keyset NEWEST_FIRST = Keyset.newestFirst("createdAt");

    private final MongoTemplate mongo;
    private final NoticeStore store;

    NoticeFinder(MongoTemplate mongo, NoticeStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    /** Pages of notices for the integration API, newest first. */
    public CursorPage<Notice> list(NoticeFilter filter, Paging paging, Actor actor) {
        List<Notice> rows = mongo.find(NEWEST_FIRST.query(NoticeCriteria.of(filter, actor), paging), NoticeDocument.class)
                .stream().map(NoticeDocument::toNotice).toList();
        return NEWEST_FIRST.page(rows, paging, Notice::createdAt, Notice::id);
    }

    /** Published job fairs starting, and buses leaving, in a window: their reminders are due. */
    public List<Notice> startingBetween(Instant from, Instant to) {
        Criteria fairs = new Criteria().andOperator(where("type").is(NoticeType.JOB_FAIR),
                where("jobFair.startsAt").gt(from).lte(to));
        Criteria buses = new Criteria().andOperator(where("type").is(NoticeType.RETURN_BUS),
                where("returnBus.departsAt").gt(from).lte(to));
        return mongo.find(new Query(new Criteria().andOperator(where("status").is(NoticeStatus.PUBLISHED),
                new Criteria().orOperator(fairs, buses))), NoticeDocument.class).stream().map(NoticeDocument::toNotice).toList();
    }

    /** Notices published in a period, optionally of some types (reports). */
    public List<Notice> publishedBetween(Instant from, Instant to, Set<NoticeType> types) {
        Criteria criteria = where("publishedAt").gte(from).lt(to)
                .and("status").in(NoticeStatus.PUBLISHED, NoticeStatus.RECALLED);
        if (types != null && !types.isEmpty()) {
            criteria = criteria.and("type").in(types);
        }
        return mongo.find(new Query(criteria).with(Sort.by("publishedAt")), NoticeDocument.class).stream()
                .map(NoticeDocument::toNotice).toList();
    }

    /** Job fairs published and not recalled that start in {@code [from, to)}, the earliest first (reports). */
    public List<Notice> jobFairsStartingBetween(Instant from, Instant to) {
        return mongo.find(Query.query(where("status").is(NoticeStatus.PUBLISHED).and("type").is(NoticeType.JOB_FAIR)
                        .and("jobFair.startsAt").gte(from).lt(to)).with(Sort.by("jobFair.startsAt")), NoticeDocument.class)
                .stream().map(NoticeDocument::toNotice).toList();
    }

    /** Return buses published and not recalled that leave in {@code [from, to)}, the earliest first (reports). */
    public List<Notice> busesLeavingBetween(Instant from, Instant to) {
        return mongo.find(Query.query(where("status").is(NoticeStatus.PUBLISHED).and("type").is(NoticeType.RETURN_BUS)
                        .and("returnBus.departsAt").gte(from).lt(to)).with(Sort.by("returnBus.departsAt")), NoticeDocument.class)
                .stream().map(NoticeDocument::toNotice).toList();
    }

    /** Published notices of a type, newest first (e.g. the Buses page). */
    public List<Notice> published(NoticeType type, int limit) {
        return mongo.find(Query.query(where("status").is(NoticeStatus.PUBLISHED).and("type").is(type))
                        .with(Sort.by(Sort.Direction.DESC, "publishedAt")).limit(limit), NoticeDocument.class)
                .stream().map(NoticeDocument::toNotice).toList();
    }

    /** Ids of notices published since a time: the push pipeline makes sure each was dispatched. */
    public List<String> publishedSince(Instant since) {
        Query query = Query.query(where("status").is(NoticeStatus.PUBLISHED).and("publishedAt").gte(since));
        query.fields().include("_id");
        return mongo.find(query, NoticeDocument.class).stream().map(n -> n.id).toList();
    }

    /** Titles of notices by id, in Chinese (for lists that show a notice's name). */
    public Map<String, String> titles(Collection<String> ids) {
        Map<String, String> titles = new LinkedHashMap<>();
        store.findAll(ids).forEach((id, n) -> titles.put(id, n.title().zh()));
        return titles;
    }
}
