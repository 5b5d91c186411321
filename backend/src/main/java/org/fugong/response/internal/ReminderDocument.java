package org.fugong.response.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * That the reminder of one notice for one start time was claimed and sent. {@code _id} is
 * noticeId:startEpochMillis, so a delayed bus gets a reminder for its new time, and each reminder is
 * claimed by one node only.
 */
@Document("reminders")
public class ReminderDocument {
    @Id
    public String id;
    public String noticeId;
    public Instant startsAt;
    public Instant claimedAt;
    public Instant sentAt;
    public int recipients;
}
