package org.fugong.partner;

import java.time.Instant;

/** For the console's tests: records a pull as the feed does, and asks whether a key still opens the feed. */
public final class PartnerPulls {

    private PartnerPulls() {
    }

    public static void record(PartnerService partners, String partnerId, Instant at, Instant since, int items) {
        partners.recordPull(partnerId, new Partner.Pull(at, since, at.minusSeconds(5), items, "JSON"));
    }

    public static boolean opens(PartnerService partners, String key) {
        return partners.authenticate(key).isPresent();
    }
}
