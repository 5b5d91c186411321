package org.fugong.worker;

import org.fugong.base.NoticeType;
import org.fugong.base.Place;

import java.util.List;
import java.util.Set;

/**
 * What a worker may change about themself ({@code PUT /me}). A missing {@code subscriptions} means
 * all notice types; a missing {@code locale} keeps Chinese. {@code school} (its name, as the school
 * writes it) and {@code graduationYear} are for students and recent graduates.
 */
public record ProfileUpdate(String name,
                            Place hometown,
                            String district,
                            List<String> industries,
                            List<String> skills,
                            EmploymentStatus employmentStatus,
                            String enterpriseId,
                            String locale,
                            Set<NoticeType> subscriptions,
                            String school,
                            Integer graduationYear) {

    /** A profile without school. */
    public ProfileUpdate(String name, Place hometown, String district, List<String> industries, List<String> skills,
                         EmploymentStatus employmentStatus, String enterpriseId, String locale,
                         Set<NoticeType> subscriptions) {
        this(name, hometown, district, industries, skills, employmentStatus, enterpriseId, locale, subscriptions, null,
                null);
    }
}
