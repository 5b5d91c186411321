package org.fugong.worker;

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
class WorkerDocument {
    @Id
    String id;
    String phoneHash;
    String phoneEncrypted;
    String phoneMasked;
    String name;
    Place hometown;
    String district;
    List<String> industries;
    List<String> skills;
    EmploymentStatus employmentStatus;
    String enterpriseId;
    /** The school a student attends or graduated from (a technical school's interns are called by it). */
    String school;
    Integer graduationYear;
    String locale;
    Set<NoticeType> subscriptions;
    /**
     * The worker's active devices, keyed by {@link #targetKey}: kept current by device registration,
     * sign-out and retirement of dead tokens, so the push pipeline walks workers and never asks the
     * devices collection.
     */
    Map<String, Target> targets;
    Instant createdAt;
    Instant updatedAt;
    /** The profile version whose notices the inbox holds; behind {@code version} after a cut-off backfill. */
    Long inboxSyncedVersion;
    @Version
    Long version;

    /** One active device as the push pipeline needs it. */
    record Target(String installationId, String token, Platform platform, String locale) {
    }

    /** A field name for an installation id (which may hold dots, not allowed in a field name). */
    static String targetKey(String installationId) {
        return installationId.replace('.', '~');
    }
}
