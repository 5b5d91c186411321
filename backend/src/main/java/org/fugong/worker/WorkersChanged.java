package org.fugong.worker;

import java.util.List;
import java.util.Objects;

/**
 * Workers signed up, or changed what decides which notices are meant for them (profile,
 * subscriptions, an import): the notices they now belong to are to be added to their inboxes. An
 * import's batch hands over the workers it has just inserted ({@code fresh}), so the backfill needs
 * not read them back.
 */
public record WorkersChanged(List<String> workerIds, FreshWorkers fresh) {

    public WorkersChanged {
        workerIds = List.copyOf(workerIds);
        fresh = Objects.requireNonNullElse(fresh, FreshWorkers.none());
    }

    public WorkersChanged(List<String> workerIds) {
        this(workerIds, FreshWorkers.none());
    }

    public static WorkersChanged of(String workerId) {
        return new WorkersChanged(List.of(workerId));
    }
}
