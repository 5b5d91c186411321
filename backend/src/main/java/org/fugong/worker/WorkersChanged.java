package org.fugong.worker;

import java.util.List;

/**
 * Workers signed up, or changed what decides which notices are meant for them (profile,
 * subscriptions, an import): the notices they now belong to are to be added to their inboxes.
 */
public record WorkersChanged(List<String> workerIds) {

    public WorkersChanged {
        workerIds = List.copyOf(workerIds);
    }

    public static WorkersChanged of(String workerId) {
        return new WorkersChanged(List.of(workerId));
    }
}
