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
     * Splits an audience into ranges of about {@code rangeSize} workers: the ids that end each range
     * but the last, and the audience's size. Each end is asked for by itself (the audience after the
     * previous end, in id order, skipping {@code rangeSize - 1}), so only the ends and the last range's
     * ids leave the database, not every id of the audience (decision 61). Together the queries read
     * the workers once, as one pass over the ids would.
     */
    public AudienceSplit split(Audience audience, int rangeSize) {
        Criteria criteria = AudienceCriteria.of(audience);
        Document byId = new Document("_id", 1);
        List<String> ends = new ArrayList<>();
        ObjectId after = null;
        while (true) {
            Document end = workers().find(mapped(after(criteria, after))).projection(byId).sort(byId)
                    .skip(rangeSize - 1).limit(1).first();
            if (end == null) {
                break;
            }
            after = end.getObjectId("_id");
            ends.add(after.toHexString());
        }
        long rest = 0;
        ObjectId last = after;
        // read as stored (mapping every id through Spring Data cost more than reading it), in id order:
        // the last id read is the audience's last worker, where its last range ends (decision 64)
        try (MongoCursor<Document> cursor = workers().find(mapped(after(criteria, after))).projection(byId).sort(byId)
                .batchSize(10_000).iterator()) {
            while (cursor.hasNext()) {
                last = cursor.next().getObjectId("_id");
                rest++;
            }
        }
        long size = (long) ends.size() * rangeSize + rest;
        if (rest == 0 && !ends.isEmpty()) {
            // the audience fills its last range exactly: no empty range after it
            ends.remove(ends.size() - 1);
        }
        return new AudienceSplit(ends, size, last == null ? null : last.toHexString());
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
