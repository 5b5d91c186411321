package org.fugong.notice;

import org.fugong.base.NoticeType;

import java.time.Instant;

/**
 * One line of a worker's inbox, in their language. {@code activityAt} is when it last changed for
 * them (published, a decision on their response, a follow-up check), which orders the inbox.
 * {@code followUp} is the latest check after arrival asked on a trip's entry.
 */
public record InboxItem(String noticeId, NoticeType type, String title, String summary, Instant publishedAt,
                        Instant readAt, Instant respondBy, Instant activityAt, String responseId, String responseStatus,
                        InboxFollowUp followUp) {
}
