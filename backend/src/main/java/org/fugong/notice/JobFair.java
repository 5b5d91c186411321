package org.fugong.notice;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A job fair (专网): when, how (online, on site or both), where or at which address online, the
 * participating enterprises, the number of positions offered and, if set, how many may RSVP.
 */
public record JobFair(@Schema(requiredMode = REQUIRED) Instant startsAt,
                      @Schema(requiredMode = REQUIRED) Instant endsAt,
                      @Schema(requiredMode = REQUIRED) AttendanceMode mode,
                      @Schema(description = "the venue's name and address (ONSITE and HYBRID)") String venue,
                      @Schema(description = "where to join online (ONLINE and HYBRID)") String url,
                      List<String> enterpriseIds,
                      @Schema(description = "how many positions the participating enterprises offer, a count")
                      Integer positions,
                      @Schema(description = "how many workers may RSVP; beyond it they are waitlisted") Integer capacity) {

    public JobFair {
        enterpriseIds = enterpriseIds == null ? List.of() : List.copyOf(enterpriseIds);
    }
}
