package org.fugong.notice;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A job posting of an enterprise (专网): title, headcount, monthly salary range in yuan and
 * requirements. Targeted at STUDENT workers it is an internship call. {@code enterpriseName} is
 * filled in when the notice is saved, so the apps can name the employer.
 */
public record JobPosting(@Schema(requiredMode = REQUIRED) String enterpriseId,
                         @Schema(requiredMode = REQUIRED, description = "the position") String title,
                         @Schema(requiredMode = REQUIRED) Integer headcount,
                         @Schema(description = "yuan per month") Integer salaryMin,
                         @Schema(description = "yuan per month") Integer salaryMax,
                         String requirements,
                         @Schema(accessMode = Schema.AccessMode.READ_ONLY,
                                 description = "the employer's name, filled in by the server") String enterpriseName) {

    public JobPosting(String enterpriseId, String title, Integer headcount, Integer salaryMin, Integer salaryMax,
                      String requirements) {
        this(enterpriseId, title, headcount, salaryMin, salaryMax, requirements, null);
    }

    JobPosting named(String name) {
        return new JobPosting(enterpriseId, title, headcount, salaryMin, salaryMax, requirements, name);
    }
}
