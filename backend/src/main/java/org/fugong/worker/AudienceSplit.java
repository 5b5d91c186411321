package org.fugong.worker;

import java.util.ArrayList;
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

    /**
     * The split of an audience cut range by range ({@link AudienceWalk#cut}): {@code cuts} where each
     * full range ends, {@code tail} what was left after the last cut. When the audience
     * fills its last range exactly, that range is the last one and no empty range follows it, unless
     * the last range stays open for people who join later ({@code openLast}: a recall's), which then
     * comes after it.
     */
    static AudienceSplit of(List<String> cuts, AudienceWalk.Tail tail, int rangeSize, boolean openLast) {
        List<String> ends = new ArrayList<>(cuts);
        String lastCut = cuts.isEmpty() ? null : cuts.get(cuts.size() - 1);
        if (tail.size() == 0 && !ends.isEmpty() && !openLast) {
            ends.remove(ends.size() - 1);
        }
        return new AudienceSplit(ends, (long) cuts.size() * rangeSize + tail.size(),
                tail.last() != null ? tail.last() : lastCut);
    }
}
