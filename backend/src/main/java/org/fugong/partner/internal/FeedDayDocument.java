package org.fugong.partner.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Map;

/**
 * The feed's changes on one day ({@code postingFeedDays}, {@code _id} = yyyy-MM-dd in UTC): posting
 * id → when it changed that day (published, withdrawn, or expired: an expiry is written ahead, on the
 * day it will happen). An incremental pull reads the days since its last pull by key.
 */
@Document("postingFeedDays")
public class FeedDayDocument {
    @Id
    public String id;
    public Map<String, Instant> c;
}
