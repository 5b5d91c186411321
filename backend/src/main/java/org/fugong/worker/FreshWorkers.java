package org.fugong.worker;

import org.bson.types.ObjectId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The workers a batch has just inserted, while the batch's {@link WorkersChanged} runs the inbox
 * backfill on the same thread: their profiles are served from memory instead of read back, and as
 * they were inserted already marked in step with version 0, marking them again is only noted, not
 * written. The batch learns from that note whether the backfill finished for all of them.
 */
final class FreshWorkers {

    private static final ThreadLocal<FreshWorkers> CURRENT = new ThreadLocal<>();

    private final Map<String, AudienceCandidate> candidates;
    private final Set<String> confirmed = new HashSet<>();

    private FreshWorkers(Map<String, AudienceCandidate> candidates) {
        this.candidates = candidates;
    }

    /** Runs {@code publish} with these fresh workers known; true if every one of them was marked in step. */
    static boolean during(Map<String, AudienceCandidate> fresh, Runnable publish) {
        FreshWorkers outer = CURRENT.get();
        FreshWorkers batch = new FreshWorkers(fresh);
        CURRENT.set(batch);
        try {
            publish.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
        return batch.confirmed.containsAll(fresh.keySet());
    }

    /** Adds the profiles of the fresh workers among {@code ids} to {@code result}; returns the ids still to read. */
    static List<ObjectId> served(List<ObjectId> ids, List<AudienceCandidate> result) {
        FreshWorkers batch = CURRENT.get();
        if (batch == null) {
            return ids;
        }
        List<ObjectId> toRead = new ArrayList<>();
        for (ObjectId id : ids) {
            AudienceCandidate fresh = batch.candidates.get(id.toHexString());
            if (fresh == null) {
                toRead.add(id);
            } else {
                result.add(fresh);
            }
        }
        return toRead;
    }

    /**
     * The marks still to write: those of fresh workers at the version they were inserted with (and so
     * marked already) are taken out and noted.
     */
    static Map<String, Long> unmarked(Map<String, Long> versions) {
        FreshWorkers batch = CURRENT.get();
        if (batch == null) {
            return versions;
        }
        Map<String, Long> rest = new HashMap<>();
        versions.forEach((id, version) -> {
            AudienceCandidate fresh = batch.candidates.get(id);
            if (fresh != null && fresh.version() == version) {
                batch.confirmed.add(id);
            } else {
                rest.put(id, version);
            }
        });
        return rest;
    }
}
