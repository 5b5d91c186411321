package org.fugong.enterprise.internal;

import org.fugong.enterprise.DispatchClock;
import org.fugong.enterprise.EnterpriseRequest;
import org.fugong.enterprise.RequestCategory;
import org.fugong.enterprise.RequestDeadlines;
import org.fugong.enterprise.RequestMessage;
import org.fugong.enterprise.RequestRole;
import org.fugong.enterprise.RequestStatus;
import org.fugong.enterprise.Resolution;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A request in {@code enterpriseRequests}, its whole thread inside: a reply is one atomic
 * {@code $push} guarded by {@code messageCount}, so the thread never passes its cap, even when many
 * write at once.
 */
@Document("enterpriseRequests")
public class EnterpriseRequestDocument {
    @Id
    public String id;
    public String enterpriseId;
    public String enterpriseName;
    public boolean urgent;
    public RequestCategory category;
    public String text;
    public Integer headcount;
    public List<String> skills;
    public RequestStatus status;
    public String raisedById;
    public String raisedBy;
    public RequestRole raisedAs;
    public List<RequestMessage> messages;
    public int messageCount;
    public Resolution resolution;
    public List<Resolution> resolutions;
    public int reopenCount;
    /** The dispatch clock of a key enterprise's request; null for others. */
    public RequestDeadlines deadlines;
    /**
     * The next deadline, or {@link DispatchClock#NOTHING_DUE} when none runs (other enterprises'
     * requests, resolved ones): the list sorts by time left on it with the clockless requests last.
     */
    public Instant dueOrder;
    /** Opened from a worker's follow-up answer: seen by the bureau's staff only, never by the enterprise. */
    public Boolean confidential;
    /** The worker who asked for help, for such a request. */
    public String workerId;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public Long version;

    public EnterpriseRequest toRequest() {
        return new EnterpriseRequest(id, enterpriseId, enterpriseName, urgent, category, text, headcount,
                skills == null ? List.of() : List.copyOf(skills), status, raisedBy, raisedAs,
                messages == null ? List.of() : List.copyOf(messages), resolution,
                resolutions == null ? List.of() : List.copyOf(resolutions), reopenCount, createdAt, updatedAt, deadlines,
                Boolean.TRUE.equals(confidential));
    }
}
