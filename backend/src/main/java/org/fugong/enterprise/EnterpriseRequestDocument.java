package org.fugong.enterprise;

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
class EnterpriseRequestDocument {
    @Id
    String id;
    String enterpriseId;
    String enterpriseName;
    boolean urgent;
    RequestCategory category;
    String text;
    Integer headcount;
    List<String> skills;
    RequestStatus status;
    String raisedById;
    String raisedBy;
    RequestRole raisedAs;
    List<RequestMessage> messages;
    int messageCount;
    Resolution resolution;
    List<Resolution> resolutions;
    int reopenCount;
    /** The dispatch clock of a key enterprise's request; null for others. */
    RequestDeadlines deadlines;
    /**
     * The next deadline, or {@link DispatchClock#NOTHING_DUE} when none runs (other enterprises'
     * requests, resolved ones): the list sorts by time left on it with the clockless requests last.
     */
    Instant dueOrder;
    /** Opened from a worker's follow-up answer: seen by the bureau's staff only, never by the enterprise. */
    Boolean confidential;
    /** The worker who asked for help, for such a request. */
    String workerId;
    Instant createdAt;
    Instant updatedAt;
    @Version
    Long version;

    EnterpriseRequest toRequest() {
        return new EnterpriseRequest(id, enterpriseId, enterpriseName, urgent, category, text, headcount,
                skills == null ? List.of() : List.copyOf(skills), status, raisedBy, raisedAs,
                messages == null ? List.of() : List.copyOf(messages), resolution,
                resolutions == null ? List.of() : List.copyOf(resolutions), reopenCount, createdAt, updatedAt, deadlines,
                Boolean.TRUE.equals(confidential));
    }
}
