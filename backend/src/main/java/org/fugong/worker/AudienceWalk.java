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
     * Where the next range of an audience ends: the id of the {@code rangeSize}-th worker after
     * {@code afterExclusive} (from the start when null), in id order, or null when fewer are left.
     * The push pipeline cuts an audience into ranges this way, one range at a time ({@link AudienceSplit},
     * decisions 61 and 71). Only that id leaves the database; on a real MongoDB it is an {@code _id}-ordered
     * index walk from the previous end.
     */
    public String nextEnd(Audience audience, String afterExclusive, int rangeSize) {
        Document end = workers().find(mapped(after(AudienceCriteria.of(audience), id(afterExclusive))))
                .projection(BY_ID).sort(BY_ID).skip(rangeSize - 1).limit(1).first();
        return end == null ? null : end.getObjectId("_id").toHexString();
    }

    /** The workers of an audience after the last range end: how many, and the last one's id. */
    public record Tail(long size, String last) {
    }

    /**
     * How many workers the audience has after {@code afterExclusive} (all when null), and the last
     * of them: where the audience ends when it is cut (decision 64).
     */
    public Tail tail(Audience audience, String afterExclusive) {
        long size = 0;
        ObjectId last = null;
        // read as stored (mapping every id through Spring Data cost more than reading it), in id order:
        // the last id read is the audience's last worker
        try (MongoCursor<Document> cursor = workers().find(mapped(after(AudienceCriteria.of(audience), id(afterExclusive))))
                .projection(BY_ID).sort(BY_ID).batchSize(10_000).iterator()) {
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
