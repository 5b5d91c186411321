package org.fugong.partner;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fugong.base.LocalizedText;

import java.time.Instant;

/**
 * A job posting as partner platforms receive it: the stable schema of the feed (fields are added,
 * never renamed or removed). It names the employer, never a person: no worker's or official's data
 * is in it.
 */
@Schema(name = "FeedPosting", description = "A published job posting of an enterprise in the city, as partner "
        + "platforms receive it. Stable: fields may be added, never renamed or removed. No personal data.")
public record FeedPosting(
        @Schema(description = "Fugong's id of the posting; stable, use it to update or remove your copy")
        String id,
        @Schema(description = "OPEN while it takes applications; CLOSED when it expired or was withdrawn: remove it",
                allowableValues = {"OPEN", "CLOSED"})
        String status,
        @Schema(description = "When it last changed for the feed (published, withdrawn, expired); the order of the feed")
        Instant updatedAt,
        @Schema(description = "Title in Chinese (zh-CN) and English (en, may be missing)")
        LocalizedText title,
        @Schema(description = "Plain-text description in Chinese and English")
        LocalizedText description,
        @Schema(description = "The employer's registered name")
        String enterpriseName,
        @Schema(description = "The employer's industry: Fugong's code of GB/T 4754-2017 (GET /reference/industries)")
        String industry,
        @Schema(description = "Where the work is: the city's province, city and the employer's district (GB/T 2260 names)")
        Location location,
        @Schema(description = "The position")
        String position,
        @Schema(description = "How many people are wanted")
        Integer headcount,
        @Schema(description = "Monthly salary from, in yuan")
        Integer salaryMin,
        @Schema(description = "Monthly salary up to, in yuan")
        Integer salaryMax,
        @Schema(description = "Requirements, plain text")
        String requirements,
        @Schema(description = "An internship for students (顶岗实习)")
        boolean internship,
        Instant publishedAt,
        @Schema(description = "When it stops taking applications, if it does")
        Instant expiresAt) {

    /** Where a posting's work is. */
    public record Location(String province, String city, String district) {
    }
}
