package org.fugong.base;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Unordered bulk inserts that leave documents whose key is taken as they are, so that a resumed or
 * repeated batch only adds what is missing.
 */
public final class BulkInserts {

    private static final int DUPLICATE_KEY = 11000;

    private BulkInserts() {
    }

    /**
     * Inserts the documents not there yet, in one round trip; any error but a taken key is thrown.
     *
     * @return the positions in {@code documents} of those that were inserted
     */
    public static <T> Set<Integer> insertNew(MongoTemplate mongo, Class<T> type, List<T> documents) {
        Set<Integer> inserted = new HashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            inserted.add(i);
        }
        if (documents.isEmpty()) {
            return inserted;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type).insert(documents).execute();
        } catch (BulkOperationException e) {
            skipTaken(e.getErrors(), inserted, e);
        } catch (DuplicateKeyException e) {
            // the template translates a bulk write error about a taken key before the bulk sees it
            if (!(e.getCause() instanceof MongoBulkWriteException bulk)) {
                throw e;
            }
            skipTaken(bulk.getWriteErrors(), inserted, e);
        }
        return inserted;
    }

    private static void skipTaken(List<BulkWriteError> errors, Set<Integer> inserted, RuntimeException e) {
        for (BulkWriteError error : errors) {
            if (error.getCode() != DUPLICATE_KEY) {
                throw e;
            }
            inserted.remove(error.getIndex());
        }
    }
}
