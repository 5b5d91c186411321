package org.fugong.placement;

import org.fugong.base.Agenda;
import org.fugong.base.BureauTime;
import org.fugong.base.ConflictException;
import org.fugong.base.Languages;
import org.fugong.base.LocalizedText;
import org.fugong.base.Messages;
import org.fugong.base.NotFoundException;
import org.fugong.base.Problems;
import org.fugong.base.Texts;
import org.fugong.notice.InboxFollowUp;
import org.fugong.notice.InboxService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.placement.internal.PlacementDocument;
import org.fugong.push.PushKind;
import org.fugong.push.Recipient;
import org.fugong.push.WorkerNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The follow-up after arrival (专车 "后续有跟踪"): on the days the bureau chose (1, 7 and 30 after
 * arrival, at ten in the morning), each passenger handed over is asked "still at work? anything we can
 * help with?": the check appears on the trip's entry in their inbox, which moves to the top, and a push
 * goes to their phones, both through {@link WorkerNotifier}. One tap answers; asking for help opens a
 * request for the task force ({@link HelpCalls}).
 * <p>
 * Checks wait on the {@link Agenda}; asking is guarded by the check's own {@code askedAt} and the push
 * by its event key, so a sweep on several nodes, or again after a crash, asks once.
 */
@Service
public class FollowUps {

    static final String QUEUE = "follow-up";
    static final int MAX_NOTE = 500;
    private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

    private final MongoTemplate mongo;
    private final Agenda agenda;
    private final NoticeService notices;
    private final InboxService inbox;
    private final WorkerNotifier notifier;
    private final HelpCalls help;
    private final Messages messages;
    private final FollowUpProperties properties;
    private final Clock clock;

    FollowUps(MongoTemplate mongo, Agenda agenda, NoticeService notices, InboxService inbox, WorkerNotifier notifier,
              HelpCalls help, Messages messages, FollowUpProperties properties, Clock clock) {
        this.mongo = mongo;
        this.agenda = agenda;
        this.notices = notices;
        this.inbox = inbox;
        this.notifier = notifier;
        this.help = help;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** The checks of a passenger who arrived then: on each chosen day after the day of arrival, at the chosen hour. */
    java.util.Map<String, PlacementDocument.Check> plan(Instant arrivedAt) {
        LocalDate day = LocalDate.ofInstant(arrivedAt, BureauTime.ZONE);
        java.util.Map<String, PlacementDocument.Check> checks = new java.util.LinkedHashMap<>();
        properties.days().forEach(d -> checks.put(PlacementDocument.key(d), new PlacementDocument.Check(d,
                day.plusDays(d).atTime(properties.hour(), 0).atZone(BureauTime.ZONE).toInstant(), null, null, null, null, null, null)));
        return checks;
    }

    /** Puts a placement's checks on the agenda. */
    void schedule(PlacementDocument placement) {
        placement.checks.values().forEach(c -> agenda.schedule(QUEUE, placement.id + "-" + c.day(), c.dueAt()));
    }

    /** Asks the checks that are due, on every node; each is asked once. */
    @Scheduled(fixedDelayString = "${fugong.follow-up.check-interval:1m}")
    void sweep() {
        for (Agenda.Due due : agenda.due(QUEUE)) {
            try {
                int cut = due.key().lastIndexOf('-');
                ask(due.key().substring(0, cut), Integer.parseInt(due.key().substring(cut + 1)));
                agenda.done(due);
            } catch (RuntimeException e) {
                log.warn("Follow-up {} could not be asked; it is tried again at the next sweep: {}", due.key(), e.toString());
            }
        }
    }

    /** Asks one check: the inbox entry shows it, then the push goes out; the check is marked asked last. */
    void ask(String placementId, int day) {
        PlacementDocument placement = mongo.findById(placementId, PlacementDocument.class);
        PlacementDocument.Check check = placement == null ? null : checkOf(placement, day);
        Notice trip = placement == null ? null : notices.find(placement.noticeId).orElse(null);
        if (check == null || check.askedAt() != null || trip == null) {
            return;
        }
        Instant now = clock.instant();
        String id = placementId + "-" + day;
        inbox.recordFollowUp(trip, placement.workerId, new InboxFollowUp(id, day, now, null));
        LocalizedText title = LocalizedText.of(messages.get("push.follow-up.title", Languages.CHINESE, trip.title().zh()),
                messages.get("push.follow-up.title", Languages.ENGLISH, trip.title().in(Languages.ENGLISH)));
        LocalizedText body = LocalizedText.of(messages.get("push.follow-up.body", Languages.CHINESE, day),
                messages.get("push.follow-up.body", Languages.ENGLISH, day));
        notifier.tell(trip, PushKind.FOLLOW_UP, title, body, id, List.of(
                Recipient.response(placement.workerId, placement.responseId, "CONFIRMED", true)));
        mongo.updateFirst(Query.query(where("_id").is(placementId).and(PlacementDocument.path(day, "askedAt")).is(null)),
                new Update().set(PlacementDocument.path(day, "askedAt"), now), PlacementDocument.class);
    }

    /** The worker's checks of a trip that were asked, the latest first; none when they did not arrive by it. */
    public List<FollowUp> mine(String workerId, String noticeId) {
        if (noticeId == null) {
            throw org.fugong.base.InvalidInputException.of("noticeId", "error.required");
        }
        PlacementDocument placement = mongo.findById(PlacementDocument.idOf(noticeId, workerId), PlacementDocument.class);
        if (placement == null || placement.checks == null) {
            return List.of();
        }
        return placement.followUps().stream().filter(f -> f.askedAt() != null)
                .sorted(java.util.Comparator.comparing(FollowUp::day).reversed()).toList();
    }

    /**
     * The worker answers a check asked of them: once (a second answer is a 409). Asking for help opens a
     * request for the task force; answering again after a lost reply finishes opening it.
     */
    public FollowUp answer(String workerId, String followUpId, FollowUpAnswer answer) {
        int cut = followUpId == null ? -1 : followUpId.lastIndexOf('-');
        String placementId = cut < 0 ? null : followUpId.substring(0, cut);
        PlacementDocument placement = placementId == null ? null : mongo.findById(placementId, PlacementDocument.class);
        int day = dayOf(followUpId, cut);
        PlacementDocument.Check check = placement == null ? null : checkOf(placement, day);
        if (check == null || check.askedAt() == null || !placement.workerId.equals(workerId)) {
            throw new NotFoundException("follow-up", followUpId);
        }
        Problems problems = new Problems();
        problems.check(answer != null && answer.status() != null, "status", "error.required");
        String note = answer == null ? null : Texts.trimToNull(answer.note());
        problems.check(note == null || note.length() <= MAX_NOTE, "note", "error.max-length", MAX_NOTE);
        problems.check(note == null || !Texts.hasControlCharacters(note), "note", "error.control-characters");
        problems.throwIfAny();
        boolean needHelp = Boolean.TRUE.equals(answer.needHelp());
        Instant now = clock.instant();
        PlacementDocument saved = mongo.findAndModify(
                Query.query(where("_id").is(placementId).and(PlacementDocument.path(day, "answeredAt")).is(null)),
                new Update().set(PlacementDocument.path(day, "status"), answer.status())
                        .set(PlacementDocument.path(day, "needHelp"), needHelp).set(PlacementDocument.path(day, "note"), note)
                        .set(PlacementDocument.path(day, "answeredAt"), now),
                FindAndModifyOptions.options().returnNew(true), PlacementDocument.class);
        if (saved == null) {
            PlacementDocument latest = mongo.findById(placementId, PlacementDocument.class);
            finishHelp(latest, day);
            throw new ConflictException("error.follow-up-answered");
        }
        notices.find(saved.noticeId).ifPresent(trip -> inbox.recordFollowUp(trip, workerId,
                new InboxFollowUp(followUpId, day, check.askedAt(), now)));
        return finishHelp(saved, day);
    }

    /** Opens the request a call for help asks for, if it is not open yet; the check as it now stands. */
    private FollowUp finishHelp(PlacementDocument placement, int day) {
        PlacementDocument.Check check = checkOf(placement, day);
        if (!Boolean.TRUE.equals(check.needHelp()) || check.requestId() != null) {
            return placement.followUp(check);
        }
        String requestId = help.open(placement, check);
        if (requestId == null) {
            return placement.followUp(check);
        }
        mongo.updateFirst(Query.query(where("_id").is(placement.id)),
                new Update().set(PlacementDocument.path(day, "requestId"), requestId), PlacementDocument.class);
        return placement.followUp(new PlacementDocument.Check(check.day(), check.dueAt(), check.askedAt(), check.status(),
                check.needHelp(), check.note(), check.answeredAt(), requestId));
    }

    private static int dayOf(String followUpId, int cut) {
        try {
            return cut < 0 ? -1 : Integer.parseInt(followUpId.substring(cut + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static PlacementDocument.Check checkOf(PlacementDocument placement, int day) {
        return placement.check(day);
    }
}
