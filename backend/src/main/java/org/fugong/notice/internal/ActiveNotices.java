package org.fugong.notice.internal;

import org.fugong.notice.NoticeStatus;
import org.fugong.notice.Notice;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The notices workers can still be given: published, meant for workers, not recalled, not expired.
 * A notice is added before its publication is announced (so whoever changes their profile after
 * that finds it here, and whoever changed it before is found by the dispatcher's walk), and removed
 * when recalled; expired ones are pruned. At start-up the set is rebuilt from the notices, which
 * also mends a node that stopped between publishing and adding.
 */
@Component
public class ActiveNotices {

    private final MongoTemplate mongo;
    private final Clock clock;

    public ActiveNotices(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Makes a just-published notice available to late sign-ups (idempotent). */
    public void add(Notice notice) {
        if (notice.status() != NoticeStatus.PUBLISHED || !notice.reachesWorkers()) {
            return;
        }
        mongo.save(ActiveNoticeDocument.of(notice));
    }

    /** A recalled notice is given to nobody any more. */
    public void remove(String noticeId) {
        mongo.remove(Query.query(where("_id").is(noticeId)), ActiveNoticeDocument.class);
    }

    /** A published notice changed its times (a bus delay): its entry follows. */
    public void changed(Notice notice) {
        if (notice.status() == NoticeStatus.PUBLISHED && mongo.exists(Query.query(where("_id").is(notice.id())),
                ActiveNoticeDocument.class)) {
            mongo.save(ActiveNoticeDocument.of(notice));
        }
    }

    /** The notices a worker can be given now. */
    public List<ActiveNoticeDocument> current() {
        Instant now = clock.instant();
        return mongo.findAll(ActiveNoticeDocument.class).stream().filter(n -> n.liveAt(now)).toList();
    }

    @Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
    public void prune() {
        Instant now = clock.instant();
        List<String> expired = mongo.findAll(ActiveNoticeDocument.class).stream()
                .filter(n -> !n.liveAt(now)).map(n -> n.id).toList();
        if (!expired.isEmpty()) {
            mongo.remove(Query.query(where("_id").in(expired)), ActiveNoticeDocument.class);
        }
    }

    /**
     * Rebuilds the set from the notices: one read of the published ones at start-up, which also
     * creates it for data written before it existed.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void rebuild() {
        Instant now = clock.instant();
        List<Notice> published = mongo.find(Query.query(where("status").is(NoticeStatus.PUBLISHED)), NoticeDocument.class)
                .stream().map(NoticeDocument::toNotice)
                .filter(n -> n.reachesWorkers() && (n.expiresAt() == null || n.expiresAt().isAfter(now)))
                .toList();
        Set<String> live = published.stream().map(Notice::id).collect(Collectors.toSet());
        published.forEach(n -> mongo.save(ActiveNoticeDocument.of(n)));
        List<String> stale = mongo.findAll(ActiveNoticeDocument.class).stream()
                .map(n -> n.id).filter(id -> !live.contains(id)).toList();
        if (!stale.isEmpty()) {
            mongo.remove(Query.query(where("_id").in(stale)), ActiveNoticeDocument.class);
        }
    }
}
