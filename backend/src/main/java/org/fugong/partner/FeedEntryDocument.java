package org.fugong.partner;

import org.fugong.base.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A published job posting as the feed serves it ({@code postingFeed}, by the notice's id): only the
 * public facts, written when it is published and when it is withdrawn, so a pull reads this small
 * collection by key and never the notices.
 */
@Document("postingFeed")
class FeedEntryDocument {
    @Id
    String id;
    LocalizedText title;
    LocalizedText description;
    String enterpriseName;
    String industry;
    String province;
    String city;
    String district;
    String position;
    Integer headcount;
    Integer salaryMin;
    Integer salaryMax;
    String requirements;
    boolean internship;
    Instant publishedAt;
    Instant expiresAt;
    Instant recalledAt;

    /** Whether it was closed (withdrawn or expired) by then. */
    boolean closedBy(Instant at) {
        return recalledAt != null && !recalledAt.isAfter(at) || expiresAt != null && !expiresAt.isAfter(at);
    }

    FeedPosting toPosting(Instant changedAt, Instant until) {
        return new FeedPosting(id, closedBy(until) ? "CLOSED" : "OPEN", changedAt, title, description, enterpriseName,
                industry, new FeedPosting.Location(province, city, district), position, headcount, salaryMin, salaryMax,
                requirements, internship, publishedAt, expiresAt);
    }
}
