package org.fugong.response.internal;

import org.fugong.response.ResponseStatus;
import org.bson.types.ObjectId;
import org.fugong.base.ConflictException;
import org.fugong.base.InvalidInputException;
import org.fugong.base.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The {@code responses} collection's keys and the reads every job on responses shares: one response
 * by id or by idempotency key, and the query of a notice's responses (in a status). The two unique
 * keys that carry the rules ({@code activeKey}, {@code idempotencyKey}) are created here.
 */
@Component
public class ResponseStore {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final MongoTemplate mongo;

    public ResponseStore(MongoTemplate mongo) {
        this.mongo = mongo;
        var ops = mongo.indexOps(ResponseDocument.class);
        ops.createIndex(new Index().on("activeKey", Sort.Direction.ASC).unique());
        ops.createIndex(new Index().on("idempotencyKey", Sort.Direction.ASC).unique());
        ops.createIndex(new Index().on("noticeId", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("seq", Sort.Direction.ASC));
        ops.createIndex(new Index().on("workerId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        ops.createIndex(new Index().on("enterpriseId", Sort.Direction.ASC).on("noticeId", Sort.Direction.ASC));
        // the guards of state changes (this status, this version) served by key on the embedded server too
        ops.createIndex(new Index().on("_id", Sort.Direction.ASC).on("status", Sort.Direction.ASC).unique());
        ops.createIndex(new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC).unique());
    }

    /** A notice's responses, or only those in one status when it is given. */
    public static Criteria ofNotice(String noticeId, ResponseStatus status) {
        Criteria criteria = where("noticeId").is(noticeId);
        return status == null ? criteria : criteria.and("status").is(status);
    }

    /** Oldest first, the order of booking. */
    public static final Sort BOOKING_ORDER = Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("_id"));

    /** The client's idempotency key as sent, or a 400 when it is not one. */
    public static String checkIdempotencyKey(String idempotencyKey) {
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw InvalidInputException.of("Idempotency-Key", "error.idempotency-key");
        }
        return idempotencyKey;
    }

    public ResponseDocument byIdempotencyKey(String key) {
        return mongo.findOne(Query.query(where("idempotencyKey").is(key)), ResponseDocument.class);
    }

    /** The response an earlier submission with the same key made, as it is now; a 409 if it answered another notice. */
    public ResponseDocument replay(ResponseDocument earlier, String noticeId) {
        if (!earlier.noticeId.equals(noticeId)) {
            throw new ConflictException("error.idempotency-key-reused");
        }
        return mongo.findById(earlier.id, ResponseDocument.class);
    }

    /** One response, or a 404. */
    public ResponseDocument document(String id) {
        ResponseDocument doc = id != null && ObjectId.isValid(id) ? mongo.findById(new ObjectId(id), ResponseDocument.class) : null;
        if (doc == null) {
            throw new NotFoundException("response", id);
        }
        return doc;
    }
}
