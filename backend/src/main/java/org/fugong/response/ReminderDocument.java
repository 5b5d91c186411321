package org.fugong.response;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * That the reminder of one notice for one start time was claimed and sent. {@code _id} is
 * noticeId:startEpochMillis, so a delayed bus gets a reminder for its new time, and each reminder is
 * claimed by one node only.
 */
@Document("reminders")
class ReminderDocument {
    @Id
    String id;
    String noticeId;
    Instant startsAt;
    Instant claimedAt;
    Instant sentAt;
    int recipients;
}
