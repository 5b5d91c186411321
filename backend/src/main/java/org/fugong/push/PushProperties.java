package org.fugong.push;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The push pipeline's pace.
 *
 * @param batchSize      workers per dispatch step (inbox entries and pushes written together)
 * @param lease          how long a node owns a dispatch job without renewing it
 * @param pollInterval   how often idle nodes look for work
 * @param maxRetries     how often a message FCM refused for a passing reason is tried again
 * @param initialBackoff the first wait before a retry; it doubles (with jitter) and yields to Retry-After
 * @param ratePerMinute  messages this node sends per minute at most (FCM's default project quota is
 *                       600,000 a minute: divide it by the number of nodes)
 */
@ConfigurationProperties("fugong.push")
record PushProperties(@DefaultValue("500") int batchSize,
                      @DefaultValue("60s") Duration lease,
                      @DefaultValue("1s") Duration pollInterval,
                      @DefaultValue("3") int maxRetries,
                      @DefaultValue("500ms") Duration initialBackoff,
                      @DefaultValue("600000") long ratePerMinute) {
}
