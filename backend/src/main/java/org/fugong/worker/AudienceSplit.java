package org.fugong.worker;

import java.util.List;

/**
 * An audience cut into ranges of worker ids: range {@code i} ends (inclusively) at {@code ends[i]},
 * the last range at {@code last}, the audience's last worker when it was cut (null when it had none).
 * {@code size} is how many workers the audience had when it was cut. Workers who join it later are
 * given the notice by the inbox backfill, not by the dispatch (decision 64).
 */
public record AudienceSplit(List<String> ends, long size, String last) {

    public AudienceSplit {
        ends = List.copyOf(ends);
    }

    public int ranges() {
        return ends.size() + 1;
    }
}
