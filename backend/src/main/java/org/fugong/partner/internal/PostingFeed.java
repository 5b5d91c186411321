package org.fugong.partner.internal;

import org.fugong.base.Cursor;
import org.fugong.base.InvalidInputException;
import org.fugong.base.NoticeType;
import org.fugong.base.Paging;
import org.fugong.enterprise.Enterprise;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticePublished;
import org.fugong.notice.NoticeRecalled;
import org.fugong.notice.NoticeFinder;
import org.fugong.notice.NoticeService;
import org.fugong.notice.NoticeStatus;
import org.fugong.partner.FeedPage;
import org.fugong.partner.FeedPosting;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The job postings partner platforms pull. Publishing and withdrawing a posting write its public facts
 * ({@link FeedEntryDocument}) and the time of each change into the day it happens
 * ({@link FeedDayDocument}; an expiry ahead of time). A pull without {@code updatedSince} lists the
 * open postings; with it, the postings changed after it, read from the days in between by key. Every
 * pull reaches up to a few seconds ago ({@code until}), so a change still being written is in the next
 * pull, not lost between two.
 */
@Component
public class PostingFeed {

    /** Changes younger than this wait for the next pull: a write in flight is never skipped. */
    public static final Duration SETTLE = Duration.ofSeconds(5);
    /** Sorts after every posting id: a position after all changes of an instant. */
    private static final String AFTER_ALL_IDS = "\uffff";
    /** How far back an incremental pull may reach; older partners pull the whole feed again. */
    public static final Duration MAX_WINDOW = Duration.ofDays(92);

    private final MongoTemplate mongo;
    private final NoticeService notices;
    private final NoticeFinder finder;
    private final EnterpriseService enterprises;
    private final Clock clock;
    private final String province;
    private final String city;

    public PostingFeed(MongoTemplate mongo, NoticeService notices, NoticeFinder finder, EnterpriseService enterprises, Clock clock,
                @Value("${fugong.city.province:广东省}") String province, @Value("${fugong.city.name:湛江市}") String city) {
        this.mongo = mongo;
        this.notices = notices;
        this.finder = finder;
        this.enterprises = enterprises;
        this.clock = clock;
        this.province = province;
        this.city = city;
    }

    @EventListener
    public void on(NoticePublished published) {
        notices.find(published.noticeId()).filter(n -> n.type() == NoticeType.JOB_POSTING).ifPresent(this::record);
    }

    @EventListener
    public void on(NoticeRecalled recalled) {
        notices.find(recalled.noticeId()).filter(n -> n.type() == NoticeType.JOB_POSTING && n.publishedAt() != null)
                .ifPresent(this::record);
    }

    /** At start-up: published postings missing from the feed are added, withdrawn ones closed. */
    @EventListener(ApplicationReadyEvent.class)
    public void mend() {
        Map<String, FeedEntryDocument> feed = mongo.findAll(FeedEntryDocument.class).stream()
                .collect(Collectors.toMap(e -> e.id, e -> e));
        finder.published(NoticeType.JOB_POSTING, 10_000).stream().filter(n -> !feed.containsKey(n.id()))
                .forEach(this::record);
        List<String> open = feed.values().stream().filter(e -> e.recalledAt == null).map(e -> e.id).toList();
        notices.findAll(open).values().stream().filter(n -> n.status() == NoticeStatus.RECALLED).forEach(this::record);
    }

    /** Writes a posting's public facts and the days of its changes (idempotent). */
    public void record(Notice notice) {
        FeedEntryDocument entry = new FeedEntryDocument();
        entry.id = notice.id();
        entry.title = notice.title();
        entry.description = notice.body();
        Enterprise employer = notice.jobPosting() == null || notice.jobPosting().enterpriseId() == null ? null
                : enterprises.find(notice.jobPosting().enterpriseId()).orElse(null);
        entry.enterpriseName = employer != null ? employer.name() : notice.jobPosting().enterpriseName();
        entry.industry = employer == null ? null : employer.industry();
        entry.province = province;
        entry.city = city;
        entry.district = employer == null ? null : employer.district();
        entry.position = notice.jobPosting().title();
        entry.headcount = notice.jobPosting().headcount();
        entry.salaryMin = notice.jobPosting().salaryMin();
        entry.salaryMax = notice.jobPosting().salaryMax();
        entry.requirements = notice.jobPosting().requirements();
        entry.internship = notice.jobPosting().isInternship();
        entry.publishedAt = notice.publishedAt();
        entry.expiresAt = notice.expiresAt();
        entry.recalledAt = notice.status() == NoticeStatus.RECALLED ? notice.recalledAt() : null;
        mongo.save(entry);
        mark(entry.id, entry.publishedAt);
        mark(entry.id, entry.expiresAt);
        mark(entry.id, entry.recalledAt);
    }

    private void mark(String postingId, Instant at) {
        if (at != null) {
            mongo.upsert(Query.query(where("_id").is(LocalDate.ofInstant(at, ZoneOffset.UTC).toString())),
                    new Update().max("c." + postingId, at), FeedDayDocument.class);
        }
    }

    /** A change of a posting: which, and when. */
    private record Change(String id, Instant at) {
    }

    /**
     * One page of a pull: the open postings (no {@code updatedSince}), or those changed after it, in
     * the order they changed.
     */
    public FeedPage pull(Instant updatedSince, Paging paging) {
        boolean full;
        Instant until;
        Change after;
        if (paging.hasCursor()) {
            Cursor cursor = paging.cursor();
            full = "F".equals(cursor.part(0));
            until = Instant.ofEpochMilli(cursor.longPart(1));
            after = new Change(cursor.part(3), Instant.ofEpochMilli(cursor.longPart(2)));
        } else {
            full = updatedSince == null;
            until = clock.instant().minus(SETTLE);
            if (!full && updatedSince.isBefore(until.minus(MAX_WINDOW))) {
                throw InvalidInputException.of("updatedSince", "error.feed-since-too-old", MAX_WINDOW.toDays());
            }
            // a first page starts strictly after updatedSince: what changed at that very instant came last time
            after = full ? new Change("", Instant.EPOCH) : new Change(AFTER_ALL_IDS, updatedSince);
        }
        List<Change> changes = (full ? open(until) : changedAfter(after.at(), until)).stream()
                .filter(c -> c.at().isAfter(after.at()) || c.at().equals(after.at()) && c.id().compareTo(after.id()) > 0)
                .sorted(Comparator.comparing(Change::at).thenComparing(Change::id))
                .limit(paging.limit() + 1L).toList();
        List<Change> shown = changes.subList(0, Math.min(changes.size(), paging.limit()));
        Map<String, FeedEntryDocument> entries = new HashMap<>();
        if (!shown.isEmpty()) {
            mongo.find(Query.query(where("_id").in(shown.stream().map(Change::id).toList())), FeedEntryDocument.class)
                    .forEach(e -> entries.put(e.id, e));
        }
        List<FeedPosting> items = shown.stream().filter(c -> entries.containsKey(c.id()))
                .map(c -> entries.get(c.id()).toPosting(c.at(), until)).toList();
        String next = null;
        if (changes.size() > paging.limit()) {
            Change last = shown.get(shown.size() - 1);
            next = Cursor.of(full ? "F" : "I", String.valueOf(until.toEpochMilli()), String.valueOf(last.at().toEpochMilli()),
                    last.id()).encode();
        }
        return new FeedPage(items, next, until);
    }

    /** The postings open at {@code until}, each at its publication: the whole feed (a small collection). */
    private List<Change> open(Instant until) {
        return mongo.findAll(FeedEntryDocument.class).stream()
                .filter(e -> e.publishedAt != null && !e.publishedAt.isAfter(until) && !e.closedBy(until))
                .map(e -> new Change(e.id, e.publishedAt)).toList();
    }

    /** Each posting's latest change in {@code (after, until]}, read from the days between by key. */
    private List<Change> changedAfter(Instant after, Instant until) {
        List<String> days = new ArrayList<>();
        for (LocalDate d = LocalDate.ofInstant(after, ZoneOffset.UTC); !d.isAfter(LocalDate.ofInstant(until, ZoneOffset.UTC));
             d = d.plusDays(1)) {
            days.add(d.toString());
        }
        Map<String, Instant> latest = new HashMap<>();
        for (FeedDayDocument day : mongo.find(Query.query(where("_id").in(days)), FeedDayDocument.class)) {
            if (day.c != null) {
                day.c.forEach((id, at) -> {
                    if (!at.isAfter(until) && !at.isBefore(after)) {
                        latest.merge(id, at, (a, b) -> a.isAfter(b) ? a : b);
                    }
                });
            }
        }
        return latest.entrySet().stream().map(e -> new Change(e.getKey(), e.getValue())).toList();
    }
}
