package org.fugong.alert;

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
class AlertBoxDocument {
    @Id
    String id;
    List<Item> items;
    Instant seenUpTo;

    record Item(String key, LocalizedText title, LocalizedText body, String link, Instant at) {
    }
}
