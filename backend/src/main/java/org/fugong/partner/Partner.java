package org.fugong.partner;

import java.time.Instant;
import java.util.List;

/**
 * A partner platform as the console shows it; never its key, only the key's first characters.
 *
 * @param keyPrefix the key's first characters, to tell which key a partner holds
 * @param pulls     its latest pulls, newest first
 */
public record Partner(String id, String name, String contact, String keyPrefix, Instant createdAt, String createdBy,
                      Instant revokedAt, Instant lastPullAt, long itemsServed, List<Pull> pulls) {

    public boolean isActive() {
        return revokedAt == null;
    }

    /**
     * One page a partner pulled.
     *
     * @param updatedSince what it asked for (null: the whole feed)
     * @param until        up to when the page's changes reach
     * @param format       JSON or CSV
     */
    public record Pull(Instant at, Instant updatedSince, Instant until, int items, String format) {
    }
}
