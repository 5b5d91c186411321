package org.fugong.worker;

/**
 * A worker's profile (without the phone number) at a version, to be matched against the audiences
 * of active notices; {@code version} is what the inbox is then in step with.
 */
public record AudienceCandidate(WorkerProfile profile, long version) {

    public String id() {
        return profile.id();
    }

    public boolean subscribesTo(org.fugong.base.NoticeType type) {
        return profile.subscriptions().contains(type);
    }
}
