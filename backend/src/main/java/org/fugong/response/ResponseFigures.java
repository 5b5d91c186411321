package org.fugong.response;

import org.fugong.response.internal.ResponseDocument;
import org.fugong.base.DailyCounts;
import org.fugong.notice.ResponseKind;
import org.fugong.notice.ResponseStatistics;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Read-only figures over responses for a notice's statistics, the briefing and the dashboard (the
 * report feature): the responses that stand, decisions and arrivals in a period, the enterprises that
 * joined job fairs, and daily series. Counted in the database; ranges are half-open, {@code [from, to)}.
 */
@Service
public class ResponseFigures implements ResponseStatistics {

    private final MongoTemplate mongo;

    ResponseFigures(MongoTemplate mongo) {
        this.mongo = mongo;
        var ops = mongo.indexOps(ResponseDocument.class);
        ops.createIndex(new Index().on("arrivedAt", Sort.Direction.ASC));
        ops.createIndex(new Index().on("createdAt", Sort.Direction.ASC));
    }

    /** Responses to a notice that still stand (for the notice's statistics). */
    @Override
    public long activeResponses(String noticeId) {
        return mongo.count(Query.query(where("noticeId").is(noticeId).and("status").in(ResponseStatus.ACTIVE)),
                ResponseDocument.class);
    }

    /** Responses of a kind ACCEPTED with the decision taken in the period (for APPLY: intentions reached, 达成意向). */
    public long acceptedBetween(ResponseKind kind, Instant from, Instant to) {
        return mongo.count(Query.query(where("kind").is(kind).and("status").is(ResponseStatus.ACCEPTED)
                .and("reviewedAt").gte(from).lt(to)), ResponseDocument.class);
    }

    /**
     * The enterprises that joined each of these job fairs themselves: RSVPs of enterprises that were
     * neither withdrawn nor rejected.
     */
    public Map<String, Set<String>> enterprisesJoining(Collection<String> fairIds) {
        Map<String, Set<String>> joined = new HashMap<>();
        if (fairIds.isEmpty()) {
            return joined;
        }
        Query query = Query.query(where("noticeId").in(fairIds).and("kind").is(ResponseKind.RSVP)
                .and("enterpriseId").ne(null).and("status").in(ResponseStatus.ACTIVE));
        query.fields().include("noticeId", "enterpriseId");
        for (ResponseDocument r : mongo.find(query, ResponseDocument.class)) {
            joined.computeIfAbsent(r.noticeId, id -> new LinkedHashSet<>()).add(r.enterpriseId);
        }
        return joined;
    }

    /** Passengers handed over at their destination in the period (workers returned, 接返). */
    public long arrivedBetween(Instant from, Instant to) {
        return mongo.count(Query.query(where("kind").is(ResponseKind.SEAT_BOOKING).and("arrivedAt").gte(from).lt(to)),
                ResponseDocument.class);
    }

    /** Responses submitted per day (all kinds, workers' and enterprises'). */
    public SortedMap<LocalDate, Long> submittedPerDay(Instant from, Instant to, ZoneId zone) {
        return DailyCounts.of(mongo, collection(), new Criteria(), "createdAt", from, to, zone);
    }

    /** Passengers handed over per day. */
    public SortedMap<LocalDate, Long> arrivedPerDay(Instant from, Instant to, ZoneId zone) {
        return DailyCounts.of(mongo, collection(), where("kind").is(ResponseKind.SEAT_BOOKING), "arrivedAt", from, to, zone);
    }

    private String collection() {
        return mongo.getCollectionName(ResponseDocument.class);
    }
}
