package org.fugong.alert.internal;

import org.fugong.alert.StaffAlerts;
import org.fugong.base.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A console user's alert box in {@code staffAlerts} ({@code _id} = the user's id): the latest alerts
 * (at most {@value StaffAlerts#KEPT}) and up to when they were seen, so the console's bell is one read
 * by key on every page.
 */
@Document("staffAlerts")
public class AlertBoxDocument {
    @Id
    public String id;
    public List<Item> items;
    public Instant seenUpTo;

    public record Item(String key, LocalizedText title, LocalizedText body, String link, Instant at) {
    }
}
