package org.fugong.notice;

/**
 * A job posting of an enterprise (专网): title, headcount, monthly salary range in yuan and
 * requirements. Targeted at STUDENT workers it is an internship call. {@code enterpriseName} is
 * filled in when the notice is saved, so the apps can name the employer.
 */
public record JobPosting(String enterpriseId, String title, Integer headcount, Integer salaryMin, Integer salaryMax,
                         String requirements, String enterpriseName) {

    public JobPosting(String enterpriseId, String title, Integer headcount, Integer salaryMin, Integer salaryMax,
                      String requirements) {
        this(enterpriseId, title, headcount, salaryMin, salaryMax, requirements, null);
    }

    JobPosting named(String name) {
        return new JobPosting(enterpriseId, title, headcount, salaryMin, salaryMax, requirements, name);
    }
}
