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
     * but the last, and the audience's size. One pass over the ids alone.
     */
    public AudienceSplit split(Audience audience, int rangeSize) {
        // read as stored, like the walk: mapping every id through Spring Data cost more than reading it
        List<String> ends = new ArrayList<>();
        long count = 0;
        try (MongoCursor<Document> cursor = workers().find(mapped(AudienceCriteria.of(audience)))
                .projection(new Document("_id", 1)).sort(new Document("_id", 1)).batchSize(10_000).iterator()) {
            while (cursor.hasNext()) {
                Object id = cursor.next().get("_id");
                count++;
                if (count % rangeSize == 0) {
                    ends.add(id instanceof ObjectId objectId ? objectId.toHexString() : String.valueOf(id));
                }
            }
        }
        if (!ends.isEmpty() && count % rangeSize == 0) {
            ends.remove(ends.size() - 1);
        }
        return new AudienceSplit(ends, count);
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
