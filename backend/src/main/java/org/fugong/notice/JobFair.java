package org.fugong.notice;

import java.time.Instant;
import java.util.List;

/**
 * A job fair (专网): when, how (online, on site or both), where or at which address online, the
 * participating enterprises, the number of positions offered and, if set, how many may RSVP.
 */
public record JobFair(Instant startsAt, Instant endsAt, AttendanceMode mode, String venue, String url,
                      List<String> enterpriseIds, Integer positions, Integer capacity) {

    public JobFair {
        enterpriseIds = enterpriseIds == null ? List.of() : List.copyOf(enterpriseIds);
    }
}
