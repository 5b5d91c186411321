package org.fugong.publicity.internal;

import org.fugong.base.Agenda;
import org.fugong.base.BureauTime;
import org.fugong.base.WorkingDays;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticePublished;
import org.fugong.notice.NoticeRecalled;
import org.fugong.notice.NoticeService;
import org.fugong.publicity.PaymentStatus;
import org.fugong.publicity.Publicity;
import org.fugong.publicity.PublicityStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A publicity's period: it starts when its announcement is published, runs for its working days
 * (counted from the next day, public holidays aside: {@link WorkingDays}), and ends at midnight after
 * the last; then each claim is publicised, unless an objection naming it is unanswered or was upheld
 * (on hold until it is answered). A recalled announcement withdraws the publicity and frees its claims.
 */
@Component
public class PublicityPeriods {

    public static final String QUEUE = "publicity";
    private static final Logger log = LoggerFactory.getLogger(PublicityPeriods.class);

    private final MongoTemplate mongo;
    private final Agenda agenda;
    private final NoticeService notices;
    private final Clock clock;

    public PublicityPeriods(MongoTemplate mongo, Agenda agenda, NoticeService notices, Clock clock) {
        this.mongo = mongo;
        this.agenda = agenda;
        this.notices = notices;
        this.clock = clock;
    }

    @EventListener
    public void on(NoticePublished published) {
        PublicityDocument publicity = byAnnouncement(published.noticeId());
        Notice announcement = notices.find(published.noticeId()).orElse(null);
        if (publicity == null || announcement == null || publicity.status != PublicityStatus.PENDING) {
            return;
        }
        var until = WorkingDays.china().endOfPeriod(announcement.publishedAt(), publicity.workingDays);
        agenda.schedule(QUEUE, publicity.id, until);
        change(publicity.id, PublicityStatus.PENDING, d -> {
            d.status = PublicityStatus.RUNNING;
            d.publishedAt = announcement.publishedAt();
            d.objectionUntil = until;
            d.lastDay = LocalDate.ofInstant(until, BureauTime.ZONE).minus(1, ChronoUnit.DAYS);
            d.lines = d.lines.stream().map(l -> l.with(PaymentStatus.IN_PUBLICITY)).toList();
            return d;
        });
    }

    @EventListener
    public void on(NoticeRecalled recalled) {
        PublicityDocument publicity = byAnnouncement(recalled.noticeId());
        if (publicity == null || publicity.status == PublicityStatus.WITHDRAWN) {
            return;
        }
        change(publicity.id, publicity.status, d -> {
            d.status = PublicityStatus.WITHDRAWN;
            return d;
        });
        mongo.remove(Query.query(where("publicityId").is(publicity.id)), PublicityClaimDocument.class);
    }

    @Scheduled(fixedDelayString = "${fugong.publicity.check-interval:1m}")
    public void sweep() {
        for (Agenda.Due due : agenda.due(QUEUE)) {
            try {
                close(due.key());
                agenda.done(due);
            } catch (RuntimeException e) {
                log.warn("Publicity {} could not be closed; tried again at the next sweep: {}", due.key(), e.toString());
            }
        }
    }

    /** Ends a running publicity whose period is over. */
    public void close(String publicityId) {
        PublicityDocument publicity = mongo.findById(publicityId, PublicityDocument.class);
        if (publicity == null || publicity.status != PublicityStatus.RUNNING
                || clock.instant().isBefore(publicity.objectionUntil)) {
            return;
        }
        List<ObjectionDocument> objections = objectionsOf(publicityId);
        change(publicityId, PublicityStatus.RUNNING, d -> {
            d.status = PublicityStatus.CLOSED;
            d.closedAt = clock.instant();
            d.lines = d.lines.stream().map(l -> l.with(paymentAfter(l, objections))).toList();
            return d;
        });
    }

    /** An objection was answered after the period: the claims it named are publicised or stay on hold. */
    public void reconsider(String publicityId) {
        PublicityDocument publicity = mongo.findById(publicityId, PublicityDocument.class);
        if (publicity == null || publicity.status != PublicityStatus.CLOSED) {
            return;
        }
        List<ObjectionDocument> objections = objectionsOf(publicityId);
        change(publicityId, PublicityStatus.CLOSED, d -> {
            d.lines = d.lines.stream().map(l -> l.with(paymentAfter(l, objections))).toList();
            return d;
        });
    }

    private static PaymentStatus paymentAfter(PublicityDocument.Line line, List<ObjectionDocument> objections) {
        boolean held = objections.stream().anyMatch(o -> o.lineNo != null && o.lineNo == line.no()
                && (o.answeredAt == null || Boolean.TRUE.equals(o.upheld)));
        return held ? PaymentStatus.ON_HOLD : PaymentStatus.PUBLICISED;
    }

    /** Changes a publicity in the given status by compare-and-set on its version, reading again on a race. */
    private void change(String publicityId, PublicityStatus from, UnaryOperator<PublicityDocument> change) {
        for (int attempt = 0; attempt < 20; attempt++) {
            PublicityDocument current = mongo.findById(publicityId, PublicityDocument.class);
            if (current == null || current.status != from) {
                return;
            }
            long version = current.version;
            PublicityDocument next = change.apply(current);
            Update update = new Update().set("status", next.status).set("publishedAt", next.publishedAt)
                    .set("objectionUntil", next.objectionUntil).set("lastDay", next.lastDay).set("closedAt", next.closedAt)
                    .set("lines", next.lines).inc("version", 1);
            if (mongo.updateFirst(Query.query(where("_id").is(publicityId).and("version").is(version)), update,
                    PublicityDocument.class).getModifiedCount() == 1) {
                return;
            }
        }
        throw new IllegalStateException("publicity " + publicityId + " kept changing under the update");
    }

    private List<ObjectionDocument> objectionsOf(String publicityId) {
        return mongo.find(Query.query(where("publicityId").is(publicityId)), ObjectionDocument.class);
    }

    private PublicityDocument byAnnouncement(String noticeId) {
        return mongo.findOne(Query.query(where("announcementId").is(noticeId)), PublicityDocument.class);
    }
}
