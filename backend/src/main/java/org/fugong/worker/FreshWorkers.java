package org.fugong.worker;

import org.bson.types.ObjectId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workers a batch has just inserted, carried by the batch's {@link WorkersChanged} to the inbox
 * backfill: their profiles are served from memory instead of read back, and as they were inserted
 * already marked in step with version 0, marking them again is only noted, not written. The batch
 * learns from that note whether the backfill finished for all of them. A change of one worker (a
 * sign-up, a profile edit) carries {@link #none()}.
 */
public final class FreshWorkers {

    private static final FreshWorkers NONE = new FreshWorkers(Map.of());

    private final Map<String, AudienceCandidate> candidates;
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();

    private FreshWorkers(Map<String, AudienceCandidate> candidates) {
        this.candidates = Map.copyOf(candidates);
    }

    /** No worker fresh from a batch: every profile is read and every mark written. */
    public static FreshWorkers none() {
        return NONE;
    }

    static FreshWorkers of(Map<String, AudienceCandidate> candidates) {
        return candidates.isEmpty() ? NONE : new FreshWorkers(candidates);
    }

    /** Whether every fresh worker was marked in step by the backfill. */
    boolean allConfirmed() {
        return confirmed.containsAll(candidates.keySet());
    }

    /** Adds the profiles of the fresh workers among {@code ids} to {@code result}; returns the ids still to read. */
    List<ObjectId> served(List<ObjectId> ids, List<AudienceCandidate> result) {
        if (candidates.isEmpty()) {
            return ids;
        }
        List<ObjectId> toRead = new ArrayList<>();
        for (ObjectId id : ids) {
            AudienceCandidate fresh = candidates.get(id.toHexString());
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
    Map<String, Long> unmarked(Map<String, Long> versions) {
        if (candidates.isEmpty()) {
            return versions;
        }
        Map<String, Long> rest = new HashMap<>();
        versions.forEach((id, version) -> {
            AudienceCandidate fresh = candidates.get(id);
            if (fresh != null && fresh.version() == version) {
                confirmed.add(id);
            } else {
                rest.put(id, version);
            }
        });
        return rest;
    }

    @Override
    public String toString() {
        return "FreshWorkers[" + candidates.size() + "]";
    }
}
