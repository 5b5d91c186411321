package org.fugong.push;

import org.fugong.push.internal.PushBatchDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.fugong.notice.NoticeCounters;
import org.fugong.worker.PushTarget;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.DateOperators;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The push ledger: one {@link PushBatchDocument} per call to FCM, claimed before sending and completed
 * after, and the notice's counters kept from the outcomes of its own fan-out.
 */
@Component
class PushLedger {

    private final MongoTemplate mongo;
    private final NoticeCounters counters;
    private final Clock clock;
    private final String node = java.util.UUID.randomUUID().toString();

    PushLedger(MongoTemplate mongo, NoticeCounters counters, Clock clock) {
        this.mongo = mongo;
        this.counters = counters;
        this.clock = clock;
        var ops = mongo.indexOps(PushBatchDocument.class);
        ops.createIndex(new Index().on("noticeId", Sort.Direction.ASC).on("kind", Sort.Direction.ASC));
        ops.createIndex(new Index().on("createdAt", Sort.Direction.ASC));
    }

    /**
     * Claims a batch before it is sent.
     *
     * @return false when it was claimed before (sent, or lost in a crash): it must not go out again
     */
    boolean claim(String batchId, String noticeId, PushKind kind, List<PushTarget> targets) {
        PushBatchDocument claim = new PushBatchDocument();
        claim.id = batchId;
        claim.noticeId = noticeId;
        claim.kind = kind;
        claim.node = node;
        claim.first = targets.get(0).installationId();
        claim.last = targets.get(targets.size() - 1).installationId();
        claim.count = targets.size();
        claim.createdAt = clock.instant();
        try {
            mongo.insert(claim);
            return true;
        } catch (DuplicateKeyException claimedBefore) {
            return false;
        }
    }

    /**
     * Writes a sent batch's outcomes in one write (completing its claim, or as a whole when a range
     * claimed it), and counts them for the notice when it is its own fan-out. The outcomes are stored
     * as columns, one value per message ({@link PushBatchDocument}, decision 56).
     *
     * @param results what FCM said for each target, in the targets' order
     * @param attempt which try of these messages the batch was
     */
    boolean completeOrInsert(String batchId, String noticeId, PushKind kind, List<PushTarget> targets,
                             List<PushResult> results, int attempt, int sent, int failed, int invalid, int retried) {
        Date now = Date.from(clock.instant());
        Document onInsert = new Document("noticeId", noticeId).append("kind", kind.name()).append("node", node)
                .append("first", targets.get(0).installationId())
                .append("last", targets.get(targets.size() - 1).installationId())
                .append("count", targets.size()).append("createdAt", now);
        List<String> devices = new ArrayList<>(targets.size());
        List<String> workers = new ArrayList<>(targets.size());
        List<String> messageIds = new ArrayList<>(targets.size());
        List<String> errors = new ArrayList<>(targets.size());
        boolean anyError = false;
        boolean simulated = false;
        for (int i = 0; i < targets.size(); i++) {
            PushResult result = results.get(i);
            devices.add(targets.get(i).installationId());
            workers.add(targets.get(i).workerId());
            messageIds.add(result.messageId());
            boolean failedHere = result.outcome() == PushOutcome.FAILED;
            errors.add(failedHere ? result.errorCode() == null ? "UNKNOWN" : result.errorCode() : null);
            anyError |= failedHere;
            // one gateway answers a batch: simulated or real for all of it
            simulated |= result.outcome() == PushOutcome.SIMULATED;
        }
        Document set = new Document("attempt", attempt).append("devices", devices).append("workers", workers)
                .append("messageIds", messageIds);
        if (anyError) {
            set.append("errors", errors);
        }
        if (simulated) {
            set.append("simulated", true);
        }
        set.append("sent", sent).append("failed", failed).append("invalidTokens", invalid).append("retried", retried)
                .append("sentAt", now);
        // written as plain documents: mapping 500 outcomes through Spring Data was a tenth of a fan-out's CPU
        UpdateResult result = mongo.getCollection(mongo.getCollectionName(PushBatchDocument.class)).updateOne(
                new Document("_id", batchId), new Document("$setOnInsert", onInsert).append("$set", set),
                new UpdateOptions().upsert(true));
        if (kind == PushKind.NOTICE || kind == PushKind.RECALL) {
            counters.addPushes(noticeId, kind == PushKind.NOTICE ? sent : 0, kind == PushKind.NOTICE ? failed : 0, invalid);
        }
        return result.getUpsertedId() != null || result.getModifiedCount() > 0;
    }

    /** This node, as it appears in leases and the ledger. */
    String node() {
        return node;
    }

    /** Pushes of every kind per day they were made: sent (or simulated) and failed. */
    SortedMap<LocalDate, PushService.DailyPushes> perDay(Instant from, Instant to, ZoneId zone) {
        Aggregation aggregation = Aggregation.newAggregation(
                Aggregation.match(where("createdAt").gte(from).lt(to)),
                Aggregation.project("sent", "failed").and(DateOperators.DateToString.dateOf("createdAt")
                        .toString("%Y-%m-%d").withTimezone(DateOperators.Timezone.valueOf(zone.getId()))).as("day"),
                Aggregation.group("day").sum("sent").as("sent").sum("failed").as("failed"));
        SortedMap<LocalDate, PushService.DailyPushes> days = new TreeMap<>();
        for (Document row : mongo.aggregate(aggregation, mongo.getCollectionName(PushBatchDocument.class), Document.class)
                .getMappedResults()) {
            Object day = row.get("_id");
            long sent = ((Number) row.get("sent")).longValue();
            long failed = ((Number) row.get("failed")).longValue();
            if (day != null && (sent > 0 || failed > 0)) {
                days.put(LocalDate.parse(day.toString()), new PushService.DailyPushes(sent, failed));
            }
        }
        return days;
    }
}
