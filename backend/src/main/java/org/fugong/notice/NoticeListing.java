package org.fugong.notice;

import org.fugong.notice.internal.NoticeDocument;
import org.fugong.base.Actor;
import org.fugong.base.ListQueries;
import org.fugong.base.ListRequest;
import org.fugong.base.NoticeType;
import org.fugong.base.Role;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The console's notice lists, read a slice at a time: all notices the user may see (filtered,
 * searched in both titles and a posting's position and employer), the review queue (in review and
 * written by someone else), and the published return buses. Nothing here loads a whole collection.
 */
@Service
public class NoticeListing {

    private static final String[] SEARCHED = {"title.zh", "title.en", "jobPosting.title", "jobPosting.enterpriseName"};
    private static final String[] BUS_SEARCHED = {"title.zh", "title.en", "returnBus.origin.province",
            "returnBus.origin.city", "returnBus.destination.city", "returnBus.pickupPoints"};

    private final MongoTemplate mongo;

    NoticeListing(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A slice of the notices the actor may see. */
    public List<Notice> find(NoticeFilter filter, ListRequest<NoticeSort> request, Actor actor) {
        return slice(all(filter, request.search(), actor), request);
    }

    public long count(NoticeFilter filter, String search, Actor actor) {
        return mongo.count(new Query(all(filter, search, actor)), NoticeDocument.class);
    }

    /** A slice of the notices waiting for this reviewer: in review, written by someone else. */
    public List<Notice> reviewQueue(ListRequest<NoticeSort> request, Actor reviewer) {
        return slice(queue(request.search(), reviewer), request);
    }

    public long reviewQueueCount(String search, Actor reviewer) {
        return mongo.count(new Query(queue(search, reviewer)), NoticeDocument.class);
    }

    /** A slice of the published return buses (staff), searched in titles, places and pickup points. */
    public List<Notice> buses(ListRequest<NoticeSort> request, Actor actor) {
        return slice(buses(request.search(), actor), request);
    }

    public long busCount(String search, Actor actor) {
        return mongo.count(new Query(buses(search, actor)), NoticeDocument.class);
    }

    private List<Notice> slice(Criteria criteria, ListRequest<NoticeSort> request) {
        return mongo.find(ListQueries.slice(criteria, request, NoticeSort::fields), NoticeDocument.class).stream()
                .map(NoticeDocument::toNotice).toList();
    }

    private static Criteria all(NoticeFilter filter, String search, Actor actor) {
        List<Criteria> and = new ArrayList<>();
        and.add(NoticeCriteria.of(filter, actor));
        and.add(ListQueries.contains(search, SEARCHED));
        return ListQueries.allOf(and);
    }

    private static Criteria queue(String search, Actor reviewer) {
        reviewer.require(Role.REVIEWER, Role.ADMIN);
        List<Criteria> and = new ArrayList<>();
        and.add(where("status").is(NoticeStatus.IN_REVIEW));
        and.add(where("authorId").ne(reviewer.id()));
        and.add(ListQueries.contains(search, SEARCHED));
        return ListQueries.allOf(and);
    }

    private static Criteria buses(String search, Actor actor) {
        actor.requireStaff();
        List<Criteria> and = new ArrayList<>();
        and.add(where("status").is(NoticeStatus.PUBLISHED));
        and.add(where("type").is(NoticeType.RETURN_BUS));
        and.add(ListQueries.contains(search, BUS_SEARCHED));
        return ListQueries.allOf(and);
    }
}
