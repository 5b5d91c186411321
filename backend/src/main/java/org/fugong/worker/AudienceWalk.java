package org.fugong.worker;

import org.fugong.worker.internal.WorkerDocument;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The push pipeline's view of an audience: its workers in id order, split into ranges that nodes
 * claim and walked range by range through one cursor each (decision 32).
 */
@Service
public class AudienceWalk {

    private final MongoTemplate mongo;
    private final QueryMapper queries;

    AudienceWalk(MongoTemplate mongo) {
        this.mongo = mongo;
        this.queries = new QueryMapper(mongo.getConverter());
    }

    /**
     * Walks the workers of an audience in id order within {@code (fromExclusive, toInclusive]} (either
     * end may be open, {@code null}) through one cursor, handing them over in batches; the walk stops
     * early when {@code batches} answers false. The push pipeline runs each range of a notice's
     * audience this way and never queries per batch.
     */
    public void walk(Audience audience, String fromExclusive, String toInclusive, int batchSize,
                     Predicate<List<AudienceMember>> batches) {
        List<Criteria> and = new ArrayList<>();
        and.add(AudienceCriteria.of(audience));
        if (fromExclusive != null) {
            and.add(where("_id").gt(new ObjectId(fromExclusive)));
        }
        if (toInclusive != null) {
            and.add(where("_id").lte(new ObjectId(toInclusive)));
        }
        // the query is mapped once; the workers are read as stored (WorkerService.member): mapping each
        // through Spring Data was a tenth of a fan-out's CPU
        try (MongoCursor<Document> cursor = workers().find(mapped(new Criteria().andOperator(and)))
                .projection(WorkerService.MEMBER_FIELDS)
                .sort(new Document("_id", 1)).batchSize(batchSize).iterator()) {
            List<AudienceMember> batch = new ArrayList<>(batchSize);
            while (cursor.hasNext()) {
                batch.add(WorkerService.member(cursor.next()));
                if (batch.size() == batchSize) {
                    if (!batches.test(batch)) {
                        return;
                    }
                    batch = new ArrayList<>(batchSize);
                }
            }
            if (!batch.isEmpty()) {
                batches.test(batch);
            }
        }
    }

    /**
     * Cuts an audience into ranges of {@code rangeSize} workers, one range at a time, going on from
     * {@code cutsSoFar} (where the ranges of a plan cut short end, in order). Each new range is handed
     * to {@code onCut} as soon as its end is found, so it can be pushed while the rest is cut (decision
     * 71); the cutting stops, answering null, when {@code onCut} answers false. The first
     * step reads up to a range of ids, so an audience that fits in one range (most notices) is read
     * once; each later end is asked for by itself, so only the ends leave the database (decision 61).
     * {@code openLast}: the last range stays open for later sign-ups ({@link AudienceSplit#of}).
     */
    public AudienceSplit cut(Audience audience, List<String> cutsSoFar, int rangeSize, boolean openLast,
                             RangeCut onCut) {
        List<String> cuts = new ArrayList<>(cutsSoFar);
        Tail tail = null;
        String end;
        if (cuts.isEmpty()) {
            Tail first = tail(audience, null, rangeSize);
            // a full first range ends at its last id; a shorter one is the whole audience
            end = first.size() == rangeSize ? first.last() : null;
            tail = end == null ? first : null;
        } else {
            end = nextEnd(audience, cuts.get(cuts.size() - 1), rangeSize);
        }
        while (end != null) {
            if (!onCut.cut(cuts.size(), cuts.isEmpty() ? null : cuts.get(cuts.size() - 1), end)) {
                return null;
            }
            cuts.add(end);
            end = nextEnd(audience, end, rangeSize);
        }
        if (tail == null) {
            tail = tail(audience, cuts.get(cuts.size() - 1), 0);
        }
        return AudienceSplit.of(cuts, tail, rangeSize, openLast);
    }

    /** Told of each full range as it is cut: its index in the audience and its workers' ids, {@code (from, to]}. */
    @FunctionalInterface
    public interface RangeCut {
        /** @return false to stop cutting */
        boolean cut(int index, String from, String to);
    }

    /**
     * Where the next range of an audience ends: the id of the {@code rangeSize}-th worker after
     * {@code afterExclusive}, in id order, or null when fewer are left. Only that id leaves the
     * database; on a real MongoDB it is an {@code _id}-ordered index walk from the previous end.
     */
    private String nextEnd(Audience audience, String afterExclusive, int rangeSize) {
        Document end = workers().find(mapped(after(AudienceCriteria.of(audience), id(afterExclusive))))
                .projection(BY_ID).sort(BY_ID).skip(rangeSize - 1).limit(1).first();
        return end == null ? null : end.getObjectId("_id").toHexString();
    }

    /** Workers of an audience after a range end: how many, and the last one's id. */
    record Tail(long size, String last) {
    }

    /**
     * How many workers the audience has after {@code afterExclusive} (all when null), at most
     * {@code limit} (no limit when 0), and the last of them: where the audience ends when it is cut
     * (decision 64).
     */
    private Tail tail(Audience audience, String afterExclusive, int limit) {
        long size = 0;
        ObjectId last = null;
        // read as stored (mapping every id through Spring Data cost more than reading it), in id order:
        // the last id read is the audience's last worker
        try (MongoCursor<Document> cursor = workers().find(mapped(after(AudienceCriteria.of(audience), id(afterExclusive))))
                .projection(BY_ID).sort(BY_ID).limit(limit).batchSize(10_000).iterator()) {
            while (cursor.hasNext()) {
                last = cursor.next().getObjectId("_id");
                size++;
            }
        }
        return new Tail(size, last == null ? null : last.toHexString());
    }

    private static final Document BY_ID = new Document("_id", 1);

    private static ObjectId id(String hex) {
        return hex == null ? null : new ObjectId(hex);
    }

    private static Criteria after(Criteria audience, ObjectId after) {
        return after == null ? audience : new Criteria().andOperator(audience, where("_id").gt(after));
    }

    /** The workers' collection, read through the driver. */
    private MongoCollection<Document> workers() {
        return mongo.getCollection(mongo.getCollectionName(WorkerDocument.class));
    }

    /** A query on workers as the database reads it (field names and ids mapped once, not per worker). */
    private Document mapped(Criteria criteria) {
        return queries.getMappedObject(criteria.getCriteriaObject(),
                mongo.getConverter().getMappingContext().getPersistentEntity(WorkerDocument.class));
    }
}
