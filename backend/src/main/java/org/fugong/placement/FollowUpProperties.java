package org.fugong.placement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * The follow-up after arrival ({@code fugong.follow-up.*}).
 *
 * @param days          days after arrival on which a passenger is asked whether they are still at work
 * @param hour          the hour of that day (Asia/Shanghai) the check goes out: not in the night
 * @param checkInterval how often the schedule is looked at
 */
@ConfigurationProperties("fugong.follow-up")
public record FollowUpProperties(@DefaultValue({"1", "7", "30"}) List<Integer> days,
                                 @DefaultValue("10") int hour,
                                 @DefaultValue("1m") Duration checkInterval) {

    public FollowUpProperties {
        days = days == null ? List.of() : days.stream().filter(d -> d != null && d > 0 && d <= 365).distinct().sorted().toList();
        hour = Math.max(0, Math.min(23, hour));
    }
}
