package org.fugong.placement;

import org.fugong.base.BureauTime;
import org.fugong.base.Languages;
import org.fugong.base.Messages;
import org.fugong.enterprise.WorkerHelpRequests;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.placement.internal.PlacementDocument;
import org.fugong.worker.WorkerService;
import org.fugong.worker.WorkerSummary;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A worker's call for help in a follow-up becomes a request for the task force of the enterprise that
 * received them ({@link WorkerHelpRequests}: confidential, on the dispatch clock), saying who asked, on
 * which day after arrival, by which trip, and what they wrote.
 */
@Component
class HelpCalls {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(BureauTime.ZONE);

    private final WorkerHelpRequests requests;
    private final WorkerService workers;
    private final NoticeService notices;
    private final Messages messages;

    HelpCalls(WorkerHelpRequests requests, WorkerService workers, NoticeService notices, Messages messages) {
        this.requests = requests;
        this.workers = workers;
        this.notices = notices;
        this.messages = messages;
    }

    /** Opens (once) the request for a check's call for help; null when no enterprise received the worker. */
    String open(PlacementDocument placement, PlacementDocument.Check check) {
        if (placement.enterpriseId == null) {
            return null;
        }
        WorkerSummary who = workers.summaries(List.of(placement.workerId)).get(placement.workerId);
        String name = who == null ? "—" : who.name() != null ? who.name() : who.phoneMasked();
        String phone = who == null || who.phoneMasked() == null ? "—" : who.phoneMasked();
        Notice trip = notices.find(placement.noticeId).orElse(null);
        String tripName = trip == null ? "—" : trip.title().zh();
        String arrived = placement.since == null ? "—" : DAY.format(placement.since);
        String text = messages.get(check.note() == null ? "follow-up.help.request" : "follow-up.help.request-with-note",
                Languages.CHINESE, name, phone, check.day(), tripName, arrived,
                messages.get("follow-up.status." + check.status().name(), Languages.CHINESE),
                check.note() == null ? "" : check.note());
        return requests.open(placement.id + "-" + check.day(), placement.enterpriseId, placement.workerId, name, text);
    }
}
