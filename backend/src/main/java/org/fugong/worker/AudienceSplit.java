package org.fugong.worker;

import java.util.List;

/**
 * An audience cut into ranges of worker ids: range {@code i} ends (inclusively) at {@code ends[i]},
 * the last range is open-ended. {@code size} is how many workers the audience had when it was cut.
 */
public record AudienceSplit(List<String> ends, long size) {

    public AudienceSplit {
        ends = List.copyOf(ends);
    }

    public int ranges() {
        return ends.size() + 1;
    }
}
