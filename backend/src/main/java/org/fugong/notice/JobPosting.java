package org.fugong.notice;

/**
 * A job posting of an enterprise (专网): title, headcount, monthly salary range in yuan and
 * requirements. {@code internship} marks an internship call (顶岗实习) for students, usually
 * targeted at a school's graduating class; the enterprise's HR confirms which students started.
 * {@code enterpriseName} is filled in when the notice is saved, so the apps can name the employer.
 */
public record JobPosting(String enterpriseId, String title, Integer headcount, Integer salaryMin, Integer salaryMax,
                         String requirements, String enterpriseName, Boolean internship) {

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
