package org.fugong.notice;

import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.worker.Audience;

import java.time.Instant;

/**
 * What an official writes: the type, plain-text title and body in Chinese (and optionally English),
 * the audience, the expected response, times, and the block of facts for the type.
 */
public record NoticeDraft(NoticeType type,
                          LocalizedText title,
                          LocalizedText body,
                          Audience audience,
                          ResponseKind responseKind,
                          Instant respondBy,
                          Instant expiresAt,
                          Instant scheduledAt,
                          JobFair jobFair,
                          ReturnBus returnBus,
                          Policy policy,
                          JobPosting jobPosting) {
}
