package org.fugong.response;

/**
 * The value of a response's unique {@code activeKey}, which carries "one active response each": the
 * key of a worker's response is the notice and the worker, an enterprise's RSVP the notice and the
 * enterprise, and a subsidy claim (an enterprise may make several) the notice and the claim itself;
 * a cancelled response gets a key of its own, so it no longer blocks a new one. The stored values
 * are those the service has always written ({@code notice:worker}, {@code notice:ent:enterprise},
 * {@code notice:claim:response}, {@code cancelled:response}), so existing data still matches.
 */
record ActiveKey(String value) {

    /** A worker's one active response to a notice. */
    static ActiveKey ofWorker(String noticeId, String workerId) {
        return new ActiveKey(noticeId + ":" + workerId);
    }

    /** An enterprise's one standing RSVP to a job fair. */
    static ActiveKey ofEnterpriseRsvp(String noticeId, String enterpriseId) {
        return new ActiveKey(noticeId + ":ent:" + enterpriseId);
    }

    /** A subsidy claim of an enterprise: each claim has its own key, the cap limits them instead. */
    static ActiveKey ofClaim(String noticeId, String responseId) {
        return new ActiveKey(noticeId + ":claim:" + responseId);
    }

    /** A withdrawn or cancelled response, which no longer stands in the way of a new one. */
    static ActiveKey cancelled(String responseId) {
        return new ActiveKey("cancelled:" + responseId);
    }
}
