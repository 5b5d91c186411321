package org.fugong.push;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The push pipeline's pace.
 *
 * @param batchSize      workers per dispatch step (inbox entries written and pushes sent together; FCM
 *                       takes at most 500 messages per call)
 * @param rangeSize      workers per range of a notice's audience: ranges are claimed by nodes, so
 *                       several nodes share one big notice
 * @param inFlight       batches of one range being sent at once while the next is built
 * @param lease          how long a node owns a range, job or queued push without renewing it
 * @param pollInterval   how often idle nodes look for work
 * @param maxRetries     how often a message FCM refused for a passing reason is tried again
 * @param initialBackoff the first wait before a retry; it doubles (with jitter) and yields to Retry-After
 * @param quotaPause     how long every node stops sending when FCM says the project is over its quota
 *                       without a Retry-After
 * @param ratePerMinute  messages all nodes together send per minute at most (FCM's default project
 *                       quota is 600,000 a minute)
 * @param niceness       the nice value (0–19) of the threads that walk, write and send a fan-out and
 *                       relay queued pushes: above 0, requests come first when the cores are busy
 *                       (Linux; decision 50)
 */
@ConfigurationProperties("fugong.push")
record PushProperties(@DefaultValue("500") int batchSize,
                      @DefaultValue("25000") int rangeSize,
                      @DefaultValue("3") int inFlight,
                      @DefaultValue("60s") Duration lease,
                      @DefaultValue("1s") Duration pollInterval,
                      @DefaultValue("3") int maxRetries,
                      @DefaultValue("10s") Duration initialBackoff,
                      @DefaultValue("60s") Duration quotaPause,
                      @DefaultValue("600000") long ratePerMinute,
                      @DefaultValue("10") int niceness) {

    PushProperties {
        batchSize = Math.max(1, Math.min(PushGateway.MAX_BATCH, batchSize));
        rangeSize = Math.max(batchSize, rangeSize);
        inFlight = Math.max(1, inFlight);
        niceness = Math.max(0, Math.min(19, niceness));
    }
}
