package org.fugong.base;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Bucket4j's token buckets shared by every node through MongoDB: each bucket's state is one document
 * in {@code rateLimits}, changed by compare-and-swap on a version number (Bucket4j's own algorithm;
 * this class only stores its state).
 */
public final class MongoBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    static final String COLLECTION = "rateLimits";

    private final MongoTemplate mongo;

    public MongoBuckets(MongoTemplate mongo) {
        super(ClientSideConfig.getDefault());
        this.mongo = mongo;
        // the swap's guard (key and version) is served by key on the embedded server too
        mongo.indexOps(COLLECTION).createIndex(new org.springframework.data.mongodb.core.index.Index()
                .on("_id", org.springframework.data.domain.Sort.Direction.ASC)
                .on("v", org.springframework.data.domain.Sort.Direction.ASC).unique());
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            /** The version of the state read, which the swap expects to find unchanged. */
            private long version = -1;

            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                Document doc = mongo.getCollection(COLLECTION).find(new Document("_id", key)).first();
                if (doc == null || doc.get("state") == null) {
                    version = -1;
                    return Optional.empty();
                }
                version = doc.get("v", Number.class).longValue();
                return Optional.of(doc.get("state", Binary.class).getData());
            }

            @Override
            public boolean compareAndSwap(byte[] original, byte[] updated, RemoteBucketState state,
                                          Optional<Long> timeoutNanos) {
                if (version < 0) {
                    try {
                        mongo.insert(new Document("_id", key).append("v", 0L).append("state", new Binary(updated)), COLLECTION);
                        return true;
                    } catch (DuplicateKeyException raced) {
                        return false;
                    }
                }
                return mongo.updateFirst(Query.query(where("_id").is(key).and("v").is(version)),
                        new Update().set("state", new Binary(updated)).inc("v", 1), COLLECTION).getModifiedCount() == 1;
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("only synchronous buckets are kept in MongoDB");
    }

    @Override
    public void removeProxy(String key) {
        mongo.remove(Query.query(where("_id").is(key)), COLLECTION);
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException("only synchronous buckets are kept in MongoDB");
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }
}
