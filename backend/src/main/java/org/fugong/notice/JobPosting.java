package org.fugong.notice;

/**
 * A job posting of an enterprise (专网): title, headcount, monthly salary range in yuan and
 * requirements. Targeted at STUDENT workers it is an internship call.
 */
public record JobPosting(String enterpriseId, String title, Integer headcount, Integer salaryMin, Integer salaryMax,
                         String requirements) {
}
