package org.fugong.worker.internal;

import org.fugong.worker.EmploymentStatus;
import org.fugong.worker.Platform;
import org.fugong.base.NoticeType;
import org.fugong.base.Place;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A worker in the {@code workers} collection. The phone number is kept as a keyed hash (unique,
 * for sign-in and exact search), encrypted, and masked for display; never in clear.
 */
@Document("workers")
public class WorkerDocument {
    @Id
    public String id;
    public String phoneHash;
    public String phoneEncrypted;
    public String phoneMasked;
    public String name;
    public Place hometown;
    public String district;
    public List<String> industries;
    public List<String> skills;
    public EmploymentStatus employmentStatus;
    public String enterpriseId;
    /** The school a student attends or graduated from (a technical school's interns are called by it). */
    public String school;
    public Integer graduationYear;
    public String locale;
    public Set<NoticeType> subscriptions;
    /**
     * The worker's active devices, keyed by {@link #targetKey}: kept current by device registration,
     * sign-out and retirement of dead tokens, so the push pipeline walks workers and never asks the
     * devices collection.
     */
    public Map<String, Target> targets;
    public Instant createdAt;
    public Instant updatedAt;
    /** The profile version whose notices the inbox holds; behind {@code version} after a cut-off backfill. */
    public Long inboxSyncedVersion;
    @Version
    public Long version;

    /** One active device as the push pipeline needs it. */
    public record Target(String installationId, String token, Platform platform, String locale) {
    }

    /** A field name for an installation id (which may hold dots, not allowed in a field name). */
    public static String targetKey(String installationId) {
        return installationId.replace('.', '~');
    }
}
