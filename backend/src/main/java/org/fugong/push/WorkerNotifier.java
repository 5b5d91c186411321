package org.fugong.push;

import org.fugong.base.LocalizedText;
import org.fugong.notice.InboxService;
import org.fugong.notice.Notice;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * The one way to tell particular workers about a notice (a decision on their response, a promotion
 * from the waitlist, a bus change, a reminder): their inbox entries show the change at once, and the
 * push is queued in MongoDB before this returns, so a node that stops never loses it, and the same
 * event is pushed to a device once.
 */
@Service
public class WorkerNotifier {

    private final PushOutbox outbox;
    private final InboxService inbox;
    private final OutboxRelay relay;

    WorkerNotifier(PushOutbox outbox, InboxService inbox, OutboxRelay relay) {
        this.outbox = outbox;
        this.inbox = inbox;
        this.relay = relay;
    }

    /**
     * Tells workers about a notice.
     *
     * @param eventKey unique per event (e.g. the response id and its new status): the same event is
     *                 queued and pushed once
     */
    public void tell(Notice notice, PushKind kind, LocalizedText title, LocalizedText body, String eventKey,
                     List<Recipient> recipients) {
        if (recipients.isEmpty()) {
            return;
        }
        String key = kind.name() + ":" + eventKey;
        if (!outbox.tell(key, notice.id(), kind, new PushSender.Words(title, body), List.copyOf(recipients))) {
            return;
        }
        applyInbox(notice, recipients, inbox);
        outbox.inboxApplied(key);
        relay.kick();
    }

    static void applyInbox(Notice notice, List<Recipient> recipients, InboxService inbox) {
        for (Recipient recipient : recipients) {
            if (recipient.changesInbox()) {
                inbox.recordResponse(notice, recipient.workerId(), recipient.responseId(), recipient.status(),
                        recipient.surface());
            }
        }
    }
}
