package org.fugong.notice;

import org.fugong.notice.internal.ActiveNoticeDocument;
import org.fugong.notice.internal.ActiveNotices;
import org.fugong.worker.AudienceCandidate;
import org.fugong.worker.WorkerService;
import org.fugong.worker.FreshWorkers;
import org.fugong.worker.WorkersChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives workers who sign up or change their profile the active notices now meant for them, each
 * once: the inbox key (notice and worker) makes a repeat, a concurrent save or a publication
 * running at the same moment add nothing twice. Nothing is taken away when a worker leaves an
 * audience. The worker's inbox is then marked in step with the profile version it was matched
 * against; one cut off by a crash catches up at the next sign-in or token refresh.
 */
@Component
class InboxBackfill {

    private static final Logger log = LoggerFactory.getLogger(InboxBackfill.class);

    private final ActiveNotices active;
    private final InboxService inbox;
    private final WorkerService workers;
    private final ApplicationEventPublisher events;

    InboxBackfill(ActiveNotices active, InboxService inbox, WorkerService workers, ApplicationEventPublisher events) {
        this.active = active;
        this.inbox = inbox;
        this.workers = workers;
        this.events = events;
    }

    @EventListener
    void on(WorkersChanged changed) {
        try {
            backfill(changed.workerIds(), changed.fresh());
        } catch (RuntimeException e) {
            // the profile is saved; the inbox catches up at the worker's next sign-in or token refresh
            log.warn("Inbox backfill of {} workers failed: {}", changed.workerIds().size(), e.toString());
        }
    }

    /** Adds every active notice each worker now belongs to; returns how many entries were new. */
    int backfill(List<String> workerIds, FreshWorkers fresh) {
        List<AudienceCandidate> candidates = workers.candidates(workerIds, fresh);
        List<ActiveNoticeDocument> notices = active.current();
        List<InboxService.Delivery> deliveries = new ArrayList<>();
        for (AudienceCandidate candidate : candidates) {
            for (ActiveNoticeDocument notice : notices) {
                if (notice.audience.matches(candidate.profile())) {
                    deliveries.add(new InboxService.Delivery(notice, candidate.id()));
                }
            }
        }
        List<InboxService.Delivery> added = inbox.deliverAll(deliveries);
        Map<String, Long> versions = new HashMap<>();
        candidates.forEach(c -> versions.put(c.id(), c.version()));
        workers.markInboxSynced(versions, fresh);
        announce(candidates, added);
        return added.size();
    }

    private void announce(List<AudienceCandidate> candidates, List<InboxService.Delivery> added) {
        Map<String, List<ActiveNoticeDocument>> byWorker = new LinkedHashMap<>();
        added.forEach(d -> byWorker.computeIfAbsent(d.workerId(), w -> new ArrayList<>()).add(d.notice()));
        for (AudienceCandidate candidate : candidates) {
            List<ActiveNoticeDocument> given = byWorker.get(candidate.id());
            if (given == null) {
                continue;
            }
            Set<org.fugong.base.NoticeType> subscribed = candidate.profile().subscriptions();
            List<String> pushable = given.stream().filter(n -> subscribed.contains(n.type))
                    .sorted(Comparator.comparing((ActiveNoticeDocument n) -> n.publishedAt).reversed())
                    .map(n -> n.id).toList();
            if (!pushable.isEmpty()) {
                events.publishEvent(new InboxBackfilled(candidate.id(), pushable));
            }
        }
    }
}
