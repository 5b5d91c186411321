package org.fugong.response;

import org.fugong.response.internal.ReminderDocument;
import org.fugong.response.internal.ResponseDocument;
import org.fugong.base.BureauTime;
import org.fugong.base.Languages;
import org.fugong.base.LocalizedText;
import org.fugong.base.Messages;
import org.fugong.base.NoticeType;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeFinder;
import org.fugong.notice.ResponseKind;
import org.fugong.push.PushKind;
import org.fugong.push.Recipient;
import org.fugong.push.WorkerNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reminds workers who RSVP'd to a job fair, or hold a seat on a bus, shortly before it starts: once,
 * at the lead time ({@code fugong.reminders.lead-time}, two hours by default), at high priority.
 * A bus passenger's reminder names their pickup point.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(BureauTime.ZONE);
    /** A claim older than this without a sent mark is taken to have died with its node. */
    private static final Duration STALE_CLAIM = Duration.ofMinutes(5);

    private final MongoTemplate mongo;
    private final NoticeFinder notices;
    private final WorkerNotifier notifier;
    private final Messages messages;
    private final Clock clock;
    private final Duration leadTime;

    Reminders(MongoTemplate mongo, NoticeFinder notices, WorkerNotifier notifier, Messages messages, Clock clock,
              @Value("${fugong.reminders.lead-time:2h}") Duration leadTime) {
        this.mongo = mongo;
        this.notices = notices;
        this.notifier = notifier;
        this.messages = messages;
        this.clock = clock;
        this.leadTime = leadTime;
    }

    @Scheduled(fixedDelayString = "${fugong.reminders.check-interval:1m}")
    void sendDue() {
        Instant now = clock.instant();
        for (Notice notice : notices.startingBetween(now, now.plus(leadTime))) {
            if (notice.responseKind() == ResponseKind.NONE) {
                continue;
            }
            Instant startsAt = startOf(notice);
            String id = notice.id() + ":" + startsAt.toEpochMilli();
            if (claim(id, notice.id(), startsAt, now)) {
                int recipients = remind(notice, startsAt, id);
                mongo.updateFirst(Query.query(where("_id").is(id)),
                        new Update().set("sentAt", clock.instant()).set("recipients", recipients), ReminderDocument.class);
                log.info("Reminded {} workers of notice {}", recipients, notice.id());
            }
        }
    }

    private boolean claim(String id, String noticeId, Instant startsAt, Instant now) {
        ReminderDocument claim = new ReminderDocument();
        claim.id = id;
        claim.noticeId = noticeId;
        claim.startsAt = startsAt;
        claim.claimedAt = now;
        try {
            mongo.insert(claim);
            return true;
        } catch (DuplicateKeyException taken) {
            return mongo.findAndModify(Query.query(where("_id").is(id).and("sentAt").is(null)
                            .and("claimedAt").lt(now.minus(STALE_CLAIM))),
                    new Update().set("claimedAt", now), ReminderDocument.class) != null;
        }
    }

    /** Pushes to every confirmed responder; per device the same reminder goes out once, even if retried. */
    private int remind(Notice notice, Instant startsAt, String reminderId) {
        Query query = Query.query(where("noticeId").is(notice.id()).and("status").is(ResponseStatus.CONFIRMED)
                .and("workerId").ne(null));
        List<ResponseDocument> confirmed = mongo.find(query, ResponseDocument.class);
        LocalizedText title = LocalizedText.of(messages.get("push.reminder.title", Languages.CHINESE, notice.title().zh()),
                messages.get("push.reminder.title", Languages.ENGLISH, notice.title().in(Languages.ENGLISH)));
        if (notice.type() == NoticeType.RETURN_BUS) {
            Map<String, List<String>> byPickup = confirmed.stream().collect(Collectors.groupingBy(
                    r -> r.fields != null && r.fields.get("pickupPoint") != null ? r.fields.get("pickupPoint").toString() : "",
                    LinkedHashMap::new, Collectors.mapping(r -> r.workerId, Collectors.toList())));
            byPickup.forEach((pickup, workers) -> notifier.tell(notice, PushKind.REMINDER, title,
                    body("push.reminder.bus", startsAt, pickup.isEmpty() ? "—" : pickup), reminderId + ":" + pickup,
                    workers.stream().map(Recipient::worker).toList()));
        } else {
            notifier.tell(notice, PushKind.REMINDER, title, body("push.reminder.fair", startsAt, ""), reminderId,
                    confirmed.stream().map(r -> Recipient.worker(r.workerId)).toList());
        }
        return confirmed.size();
    }

    private LocalizedText body(String key, Instant startsAt, String pickup) {
        String time = TIME.format(startsAt);
        return LocalizedText.of(messages.get(key, Languages.CHINESE, time, pickup), messages.get(key, Languages.ENGLISH, time, pickup));
    }

    private static Instant startOf(Notice notice) {
        return notice.type() == NoticeType.RETURN_BUS ? notice.returnBus().departsAt() : notice.jobFair().startsAt();
    }
}
