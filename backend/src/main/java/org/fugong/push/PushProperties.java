package org.fugong.push;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The push pipeline's pace.
 *
 * @param batchSize     workers per dispatch step (inbox entries and pushes written together)
 * @param lease         how long a node owns a dispatch job without renewing it
 * @param pollInterval  how often idle nodes look for work
 */
@ConfigurationProperties("fugong.push")
record PushProperties(@DefaultValue("500") int batchSize,
                      @DefaultValue("60s") Duration lease,
                      @DefaultValue("1s") Duration pollInterval) {
}
