package org.fugong.response;

import org.fugong.response.internal.ResponseDocument;
import org.fugong.response.internal.ResponseStore;
import org.fugong.base.Actor;
import org.fugong.base.CursorPage;
import org.fugong.base.Keyset;
import org.fugong.base.ListQueries;
import org.fugong.base.ListRequest;
import org.fugong.base.Paging;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.Notice;
import org.fugong.worker.WorkerService;
import org.fugong.worker.WorkerSummary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A notice's responses for review, a slice at a time: filtered by status, searched by who answered
 * (a worker's name or whole phone number, an enterprise's name), sorted, each row with what the
 * reader may decide. A search first reads who answered this one notice (bounded by its responses,
 * never all workers), then asks for the matching rows.
 */
@Service
public class ResponseListing {

    private static final Keyset BOOKING_ORDER = Keyset.oldestFirst("createdAt");

    private final MongoTemplate mongo;
    private final ResponseReview review;
    private final Waitlist waitlist;
    private final WorkerService workers;
    private final EnterpriseService enterprises;

    ResponseListing(MongoTemplate mongo, ResponseReview review, Waitlist waitlist, WorkerService workers,
                    EnterpriseService enterprises) {
        this.mongo = mongo;
        this.review = review;
        this.waitlist = waitlist;
        this.workers = workers;
        this.enterprises = enterprises;
    }

    /**
     * Responses to a notice for review, in booking order, with who responded (phone masked): the
     * integration API's pages. Staff see all; HR users only those to their own enterprise's postings.
     */
    public CursorPage<Response> forNotice(String noticeId, ResponseStatus status, Paging paging, Actor actor) {
        Notice notice = review.reviewable(noticeId, actor);
        List<ResponseDocument> rows = mongo.find(BOOKING_ORDER.query(ResponseStore.ofNotice(notice.id(), status), paging),
                ResponseDocument.class);
        CursorPage<ResponseDocument> page = BOOKING_ORDER.page(rows, paging, r -> r.createdAt, r -> r.id);
        Map<String, WorkerSummary> people = workers.summaries(page.items().stream()
                .map(r -> r.workerId).filter(Objects::nonNull).toList());
        Function<ResponseDocument, Integer> positions = waitlist.positionsIn(notice.id(), page.items());
        return page.map(r -> r.toResponse().with(r.workerId == null ? null : people.get(r.workerId),
                positions.apply(r)));
    }

    public List<ResponseRow> find(String noticeId, ResponseStatus status, ListRequest<ResponseSort> request, Actor actor) {
        Notice notice = review.reviewable(noticeId, actor);
        Criteria criteria = criteria(notice.id(), status, request.search());
        if (criteria == null) {
            return List.of();
        }
        List<ResponseDocument> rows = mongo.find(ListQueries.slice(criteria, request, ResponseSort::fields),
                ResponseDocument.class);
        Map<String, WorkerSummary> people = workers.summaries(rows.stream().map(r -> r.workerId)
                .filter(Objects::nonNull).toList());
        Map<String, String> companies = enterprises.names(rows.stream().map(r -> r.enterpriseId)
                .filter(Objects::nonNull).toList());
        Function<ResponseDocument, Integer> positions = waitlist.positionsIn(notice.id(), rows);
        return rows.stream().map(r -> {
            WorkerSummary who = r.workerId == null ? null : people.get(r.workerId);
            Response response = r.toResponse().with(who, positions.apply(r));
            String name = who != null ? who.name() : r.enterpriseId == null ? null : companies.get(r.enterpriseId);
            return new ResponseRow(response, name, ReviewRules.decisionsFor(response, actor),
                    actor.isStaff() && r.workerId != null);
        }).toList();
    }

    public long count(String noticeId, ResponseStatus status, String search, Actor actor) {
        Notice notice = review.reviewable(noticeId, actor);
        Criteria criteria = criteria(notice.id(), status, search);
        return criteria == null ? 0 : mongo.count(new Query(criteria), ResponseDocument.class);
    }

    /** The rows wanted; null when a search matches nobody who answered. */
    private Criteria criteria(String noticeId, ResponseStatus status, String search) {
        List<Criteria> and = new ArrayList<>();
        and.add(ResponseStore.ofNotice(noticeId, status));
        if (search != null) {
            Criteria who = whoMatches(noticeId, search);
            if (who == null) {
                return null;
            }
            and.add(who);
        }
        return ListQueries.allOf(and);
    }

    private Criteria whoMatches(String noticeId, String search) {
        Query answered = Query.query(where("noticeId").is(noticeId));
        answered.fields().include("workerId").include("enterpriseId");
        Set<String> workerIds = new HashSet<>();
        Set<String> enterpriseIds = new HashSet<>();
        for (ResponseDocument r : mongo.find(answered, ResponseDocument.class)) {
            if (r.workerId != null) {
                workerIds.add(r.workerId);
            } else if (r.enterpriseId != null) {
                enterpriseIds.add(r.enterpriseId);
            }
        }
        String wanted = search.toLowerCase(Locale.ROOT);
        Set<String> matchedWorkers = new HashSet<>();
        workers.summaries(workerIds).values().stream()
                .filter(w -> w.name() != null && w.name().toLowerCase(Locale.ROOT).contains(wanted))
                .forEach(w -> matchedWorkers.add(w.id()));
        workers.findIdByPhone(search).filter(workerIds::contains).ifPresent(matchedWorkers::add);
        List<String> matchedCompanies = enterprises.names(enterpriseIds).entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().toLowerCase(Locale.ROOT).contains(wanted))
                .map(Map.Entry::getKey).toList();
        if (matchedWorkers.isEmpty() && matchedCompanies.isEmpty()) {
            return null;
        }
        return new Criteria().orOperator(where("workerId").in(matchedWorkers), where("enterpriseId").in(matchedCompanies));
    }
}
