package org.fugong.enterprise;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The dispatch clock of key enterprises' requests ({@code fugong.dispatch.*}).
 *
 * @param takeUp        time to take a request up (24 h: the bureau's 24-hour promise)
 * @param resolution    time to resolve it, per category (e.g. {@code fugong.dispatch.resolution.TRANSPORT=36h});
 *                      categories not named keep the bureau's targets below
 * @param warnAtPercent share of a deadline's time after which the task force is told (75)
 * @param checkInterval how often the clock looks for deadlines reached (1 min)
 */
@ConfigurationProperties("fugong.dispatch")
public record DispatchProperties(@DefaultValue("24h") Duration takeUp,
                                 Map<RequestCategory, Duration> resolution,
                                 @DefaultValue("75") int warnAtPercent,
                                 @DefaultValue("1m") Duration checkInterval) {

    /** The targets the bureau starts with: a labour shortage in three days, a question or help in two. */
    private static final Map<RequestCategory, Duration> DEFAULTS = Map.of(
            RequestCategory.LABOUR_SHORTAGE, Duration.ofHours(72),
            RequestCategory.POLICY_QUESTION, Duration.ofHours(48),
            RequestCategory.TRANSPORT, Duration.ofHours(48),
            RequestCategory.WORKER_HELP, Duration.ofHours(48),
            RequestCategory.OTHER, Duration.ofHours(72));

    public DispatchProperties {
        Map<RequestCategory, Duration> targets = new EnumMap<>(DEFAULTS);
        if (resolution != null) {
            targets.putAll(resolution);
        }
        resolution = Map.copyOf(targets);
        warnAtPercent = Math.max(1, Math.min(99, warnAtPercent));
    }

    /** The resolution target of a category. */
    public Duration resolutionOf(RequestCategory category) {
        return resolution.get(category);
    }
}
