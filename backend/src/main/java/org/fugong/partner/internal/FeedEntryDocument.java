package org.fugong.partner.internal;

import org.fugong.base.LocalizedText;
import org.fugong.partner.FeedPosting;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A published job posting as the feed serves it ({@code postingFeed}, by the notice's id): only the
 * public facts, written when it is published and when it is withdrawn, so a pull reads this small
 * collection by key and never the notices.
 */
@Document("postingFeed")
public class FeedEntryDocument {
    @Id
    public String id;
    public LocalizedText title;
    public LocalizedText description;
    public String enterpriseName;
    public String industry;
    public String province;
    public String city;
    public String district;
    public String position;
    public Integer headcount;
    public Integer salaryMin;
    public Integer salaryMax;
    public String requirements;
    public boolean internship;
    public Instant publishedAt;
    public Instant expiresAt;
    public Instant recalledAt;

    /** Whether it was closed (withdrawn or expired) by then. */
    public boolean closedBy(Instant at) {
        return recalledAt != null && !recalledAt.isAfter(at) || expiresAt != null && !expiresAt.isAfter(at);
    }

    public FeedPosting toPosting(Instant changedAt, Instant until) {
        return new FeedPosting(id, closedBy(until) ? "CLOSED" : "OPEN", changedAt, title, description, enterpriseName,
                industry, new FeedPosting.Location(province, city, district), position, headcount, salaryMin, salaryMax,
                requirements, internship, publishedAt, expiresAt);
    }
}
