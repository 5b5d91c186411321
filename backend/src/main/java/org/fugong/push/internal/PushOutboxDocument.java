package org.fugong.push.internal;

import org.fugong.push.Recipient;
import org.fugong.push.PushKind;
import org.fugong.base.LocalizedText;
import org.fugong.worker.PushTarget;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A push waiting to go out ({@code pushOutbox}): telling particular workers about a notice (a
 * decision, a promotion, a bus change, a reminder, a summary), or a retry of devices that failed for a
 * passing reason. Claimed by any node with a lease, deleted when sent; its {@code _id} is the event's
 * key, so the same event is queued once.
 */
@Document("pushOutbox")
public class PushOutboxDocument {
    @Id
    public String id;
    public String noticeId;
    public PushKind kind;
    public LocalizedText title;
    public LocalizedText body;
    /** For a telling: the workers, and what their inbox entries now show. */
    public List<Recipient> recipients;
    /** For an alert to console users: who (their own registered phones), and the push's data. */
    public List<String> staffUserIds;
    public java.util.Map<String, String> data;
    /** For a retry: the devices to try again. */
    public List<PushTarget> targets;
    /** 1 for a telling; the try number for a retry. */
    public int attempt;
    /** The recipients' inbox entries were updated (by the caller, or by the relay after a crash). */
    public boolean inboxApplied;
    public String leaseOwner;
    /** Nobody works on it before this: a lease, or a retry's backoff. */
    public Instant leaseUntil;
    public Instant createdAt;

    public boolean isStaffAlert() {
        return staffUserIds != null;
    }

    public boolean isRetry() {
        return targets != null && !targets.isEmpty();
    }
}
