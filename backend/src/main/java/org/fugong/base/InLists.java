package org.fugong.base;

import java.util.ArrayList;
import java.util.List;

/**
 * Long {@code $in} lists cut into short ones. The embedded server finds the candidates of
 * {@code _id $in [n values]} through its index, then matches every candidate against every value of the
 * list again: n² comparisons, a million for a batch of a thousand, which was most of an import's time.
 * Lists of at most {@link #SIZE} keep a batch's cost linear in its size; a real MongoDB pays a few more
 * round trips for it.
 */
public final class InLists {

    /** Values per {@code $in}: a batch of 1,000 costs 16 queries and 64,000 comparisons instead of 1,000,000. */
    public static final int SIZE = 64;

    private InLists() {
    }

    /** The values in consecutive slices of at most {@link #SIZE}. */
    public static <T> List<List<T>> of(List<T> values) {
        List<List<T>> slices = new ArrayList<>((values.size() + SIZE - 1) / SIZE);
        for (int from = 0; from < values.size(); from += SIZE) {
            slices.add(values.subList(from, Math.min(values.size(), from + SIZE)));
        }
        return slices;
    }
}
