package org.fugong.notice;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fugong.base.NoticeType;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * One line of a worker's inbox, in their language. {@code activityAt} is when it last changed for
 * them (published, a decision on their response, a follow-up check), which orders the inbox.
 * {@code followUp} is the latest check after arrival asked on a trip's entry.
 */
public record InboxItem(@Schema(requiredMode = REQUIRED) String noticeId,
                        @Schema(requiredMode = REQUIRED) NoticeType type,
                        @Schema(requiredMode = REQUIRED, description = "in the caller's language") String title,
                        @Schema(description = "the start of the body, in the caller's language") String summary,
                        Instant publishedAt,
                        Instant readAt,
                        Instant respondBy,
                        @Schema(requiredMode = REQUIRED,
                                description = "when it last changed for the worker: it orders the inbox") Instant activityAt,
                        @Schema(description = "the worker's response to it, if any") String responseId,
                        @Schema(description = "that response's status",
                                allowableValues = {"SUBMITTED", "CONFIRMED", "WAITLISTED", "ACCEPTED", "REJECTED", "CANCELLED"})
                        String responseStatus,
                        @Schema(description = "the latest check after arrival asked on a trip's entry, if any")
                        InboxFollowUp followUp) {
}
