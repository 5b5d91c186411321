package org.fugong.base;

import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What leaves an embedded collection for a reader is a copy of each document's top level, taken while
 * the collection's lock is held (decision 52). The library changes a stored document in place (it
 * removes and puts its top-level fields one by one; the values it puts are new objects, so nothing
 * below the top level is ever changed), and a query's answer is encoded after the lock is released:
 * without the copy, a reader could be sent a document half-way through an update, or have its
 * connection closed when the encoder meets a map that changed under it.
 * <p>
 * A query with a projection needs no copy: the library builds each document of its answer anew
 * ({@code Projection}), and takes the values it shares with the stored document from the top level.
 * <p>
 * One per collection; every method is called with the collection's lock held. The library's own
 * findAndModify and delete find their documents through the same query method as a reader and then
 * change or remove what it returns, so inside them the stored documents are returned as they are.
 */
final class ReadSnapshots {

    private boolean forReader;
    private boolean projected;
    private boolean writing;

    /** A query made by a reader (or by the library for its own writes, which get the stored documents). */
    QueryResult query(QueryParameters parameters, Supplier<QueryResult> query) {
        boolean reader = !writing && !forReader;
        if (reader) {
            forReader = true;
            projected = parameters.getProjection() != null && !parameters.getProjection().keySet().isEmpty();
        }
        try {
            return query.get();
        } finally {
            if (reader) {
                forReader = false;
                projected = false;
            }
        }
    }

    /** The documents a query matched, as its answer will hold them (first batch and cursor alike). */
    List<Document> answer(List<Document> matched) {
        if (!forReader || projected) {
            return matched;
        }
        List<Document> copies = new ArrayList<>(matched.size());
        for (Document document : matched) {
            copies.add(document == null ? null : document.clone());
        }
        return copies;
    }

    /** A findAndModify, whose answer's {@code value} (the stored document when it asked for the new one) is a copy. */
    Document findAndModify(Supplier<Document> findAndModify) {
        writing = true;
        try {
            Document answer = findAndModify.get();
            if (answer != null && answer.get("value") instanceof Document value) {
                answer.put("value", value.clone());
            }
            return answer;
        } finally {
            writing = false;
        }
    }

    /** A delete, which removes the documents its query returns. */
    int delete(IntSupplier delete) {
        writing = true;
        try {
            return delete.getAsInt();
        } finally {
            writing = false;
        }
    }
}
