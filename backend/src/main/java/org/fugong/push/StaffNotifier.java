package org.fugong.push;

import org.fugong.base.LocalizedText;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;

/**
 * Tells console users on the phones they registered (the dispatch clock's warnings and
 * escalations): through the same durable outbox as workers' pushes, so the alert is queued before
 * this returns, sent by any node, and the same event reaches a phone once.
 */
@Service
public class StaffNotifier {

    private final PushOutbox outbox;
    private final OutboxRelay relay;

    StaffNotifier(PushOutbox outbox, OutboxRelay relay) {
        this.outbox = outbox;
        this.relay = relay;
    }

    /**
     * Queues an alert to these users' registered phones (nothing is sent to a user without one).
     *
     * @param eventKey unique per event: the same event is queued and pushed once
     * @param data     what the staff app needs to open the matter (e.g. {@code requestId}); {@code kind}
     *                 is added
     */
    public void tell(List<String> userIds, LocalizedText title, LocalizedText body, String eventKey,
                     Map<String, String> data) {
        if (userIds.isEmpty()) {
            return;
        }
        if (outbox.tellStaff(PushKind.ALERT.name() + ":" + eventKey, new PushSender.Words(title, body), userIds, data)) {
            relay.kick();
        }
    }
}
