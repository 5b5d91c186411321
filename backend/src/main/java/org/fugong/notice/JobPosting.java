package org.fugong.notice;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A job posting of an enterprise (专网): title, headcount, monthly salary range in yuan and
 * requirements. {@code internship} marks an internship call (顶岗实习) for students, usually
 * targeted at a school's graduating class; the enterprise's HR confirms which students started.
 * {@code enterpriseName} is filled in when the notice is saved, so the apps can name the employer.
 */
public record JobPosting(@Schema(requiredMode = REQUIRED) String enterpriseId,
                         @Schema(requiredMode = REQUIRED, description = "the position") String title,
                         @Schema(requiredMode = REQUIRED) Integer headcount,
                         @Schema(description = "yuan per month") Integer salaryMin,
                         @Schema(description = "yuan per month") Integer salaryMax,
                         String requirements,
                         @Schema(accessMode = Schema.AccessMode.READ_ONLY,
                                 description = "the employer's name, filled in by the server") String enterpriseName,
                         @Schema(description = "an internship call for students (顶岗实习); false when not given")
                         Boolean internship) {

    public JobPosting {
        internship = Boolean.TRUE.equals(internship);
    }

    public JobPosting(String enterpriseId, String title, Integer headcount, Integer salaryMin, Integer salaryMax,
                      String requirements, String enterpriseName) {
        this(enterpriseId, title, headcount, salaryMin, salaryMax, requirements, enterpriseName, false);
    }

    public JobPosting(String enterpriseId, String title, Integer headcount, Integer salaryMin, Integer salaryMax,
                      String requirements) {
        this(enterpriseId, title, headcount, salaryMin, salaryMax, requirements, null, false);
    }

    /** Whether this posting calls students to an internship. */
    public boolean isInternship() {
        return Boolean.TRUE.equals(internship);
    }

    JobPosting named(String name) {
        return new JobPosting(enterpriseId, title, headcount, salaryMin, salaryMax, requirements, name, internship);
    }
}
