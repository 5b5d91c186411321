package org.fugong.worker;

import org.fugong.base.NoticeType;
import org.fugong.base.Place;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
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
    String locale;
    Set<NoticeType> subscriptions;
    Instant createdAt;
    Instant updatedAt;
    /** The profile version whose notices the inbox holds; behind {@code version} after a cut-off backfill. */
    Long inboxSyncedVersion;
    @Version
    Long version;
}
