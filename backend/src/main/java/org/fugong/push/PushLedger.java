package org.fugong.push;

import org.fugong.base.DailyCounts;
import org.fugong.notice.DeliveryStatistics;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Counts a notice's pushes for its delivery figures: sent (or simulated), failed, dead tokens. */
@Component
class PushLedger implements DeliveryStatistics {

    private final MongoTemplate mongo;

    PushLedger(MongoTemplate mongo) {
        this.mongo = mongo;
        var ops = mongo.indexOps(PushAttemptDocument.class);
        ops.createIndex(new Index().on("noticeId", Sort.Direction.ASC).on("kind", Sort.Direction.ASC)
                .on("outcome", Sort.Direction.ASC));
        ops.createIndex(new Index().on("createdAt", Sort.Direction.ASC).on("outcome", Sort.Direction.ASC));
    }

    @Override
    public Figures figures(String noticeId) {
        long sent = mongo.count(Query.query(where("noticeId").is(noticeId).and("kind").is(PushKind.NOTICE)
                .and("outcome").in(PushOutcome.SENT, PushOutcome.SIMULATED)), PushAttemptDocument.class);
        long failed = mongo.count(Query.query(where("noticeId").is(noticeId).and("kind").is(PushKind.NOTICE)
                .and("outcome").is(PushOutcome.FAILED)), PushAttemptDocument.class);
        long invalid = mongo.count(Query.query(where("noticeId").is(noticeId).and("invalidToken").is(true)),
                PushAttemptDocument.class);
        return new Figures(sent, failed, invalid);
    }

    /** Pushes of every kind per day they were made: sent (or simulated) and failed. */
    SortedMap<LocalDate, PushService.DailyPushes> perDay(Instant from, Instant to, ZoneId zone) {
        String collection = mongo.getCollectionName(PushAttemptDocument.class);
        SortedMap<LocalDate, Long> sent = DailyCounts.of(mongo, collection,
                where("outcome").in(PushOutcome.SENT, PushOutcome.SIMULATED), "createdAt", from, to, zone);
        SortedMap<LocalDate, Long> failed = DailyCounts.of(mongo, collection,
                where("outcome").is(PushOutcome.FAILED), "createdAt", from, to, zone);
        SortedMap<LocalDate, PushService.DailyPushes> days = new TreeMap<>();
        sent.forEach((day, n) -> days.put(day, new PushService.DailyPushes(n, failed.getOrDefault(day, 0L))));
        failed.forEach((day, n) -> days.putIfAbsent(day, new PushService.DailyPushes(0, n)));
        return days;
    }
}
