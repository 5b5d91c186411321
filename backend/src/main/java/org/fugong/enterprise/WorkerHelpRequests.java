package org.fugong.enterprise;

import org.bson.types.ObjectId;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.base.NotFoundException;
import org.fugong.base.Plumbing;
import org.fugong.base.Texts;
import org.fugong.enterprise.internal.EnterpriseRequestDocument;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Requests Fugong opens for the task force when a worker asks for help (a follow-up after arrival):
 * category WORKER_HELP, raised as the worker, on the dispatch clock like any key enterprise's request,
 * and confidential: the bureau's staff see it, the enterprise's HR users do not, since a worker may be
 * asking for help with that very employer. One request per call for help, however often it is opened.
 */
@Service
public class WorkerHelpRequests {

    private final MongoTemplate mongo;
    private final EnterpriseService enterprises;
    private final DispatchClock dispatch;
    private final AuditLog audit;
    private final Clock clock;

    WorkerHelpRequests(MongoTemplate mongo, EnterpriseService enterprises, DispatchClock dispatch, AuditLog audit,
                       Clock clock) {
        this.mongo = mongo;
        this.enterprises = enterprises;
        this.dispatch = dispatch;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens the request for a call for help, or finds the one opened for it before.
     *
     * @param callKey    the call for help (e.g. the follow-up check answered), which decides the request's id
     * @param workerName how the thread names the worker (their name, or their masked phone)
     * @param text       what the task force reads: who, where from, and what the worker wrote
     * @return the request's id
     */
    @Plumbing
    public String open(String callKey, String enterpriseId, String workerId, String workerName, String text) {
        ObjectId id = idOf(callKey);
        if (mongo.findById(id, EnterpriseRequestDocument.class) != null) {
            return id.toHexString();
        }
        Enterprise enterprise = enterprises.find(enterpriseId).orElseThrow(() -> new NotFoundException("enterprise", enterpriseId));
        Instant now = clock.instant();
        EnterpriseRequestDocument doc = new EnterpriseRequestDocument();
        doc.id = id.toHexString();
        doc.enterpriseId = enterprise.id();
        doc.enterpriseName = enterprise.name();
        doc.urgent = enterprise.key();
        doc.category = RequestCategory.WORKER_HELP;
        doc.text = Texts.abbreviate(text, EnterpriseRequestService.MAX_TEXT);
        doc.status = RequestStatus.OPEN;
        doc.raisedById = workerId;
        doc.raisedBy = workerName;
        doc.raisedAs = RequestRole.WORKER;
        doc.messages = new ArrayList<>();
        doc.resolutions = new ArrayList<>();
        doc.confidential = true;
        doc.workerId = workerId;
        doc.createdAt = now;
        doc.updatedAt = now;
        doc.deadlines = dispatch.start(doc.urgent, doc.category, now);
        doc.dueOrder = DispatchClock.dueOrder(doc.deadlines);
        dispatch.schedule(doc.id, doc.deadlines);
        try {
            mongo.insert(doc);
        } catch (DuplicateKeyException openedMeanwhile) {
            return doc.id;
        }
        audit.record(Actor.system(), "request.create", "request", doc.id, Map.of("enterpriseId", doc.enterpriseId,
                "category", doc.category.name(), "urgent", doc.urgent, "workerId", workerId));
        return doc.id;
    }

    /** The same call for help always names the same request: twelve bytes of its key's SHA-256. */
    private static ObjectId idOf(String callKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("help:" + callKey).getBytes(StandardCharsets.UTF_8));
            return new ObjectId(Arrays.copyOf(hash, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Requests opened for these calls for help, by id (the follow-ups show where they stand). */
    @Plumbing
    public List<EnterpriseRequest> find(List<String> requestIds) {
        List<ObjectId> ids = requestIds.stream().filter(ObjectId::isValid).distinct().map(ObjectId::new).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return mongo.find(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").in(ids)), EnterpriseRequestDocument.class)
                .stream().map(EnterpriseRequestDocument::toRequest).toList();
    }
}
