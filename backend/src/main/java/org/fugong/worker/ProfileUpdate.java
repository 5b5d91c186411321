package org.fugong.worker;

import io.swagger.v3.oas.annotations.media.Schema;
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
                            @Schema(description = "zh-CN when not given", allowableValues = {"zh-CN", "en"}) String locale,
                            @Schema(description = "the notice types to push; every type when not given")
                            Set<NoticeType> subscriptions,
                            @Schema(description = "a student's school, as the school writes its name", maxLength = 60)
                            String school,
                            @Schema(description = "the year the student graduates (or graduated)", example = "2027")
                            Integer graduationYear) {

    /** A profile without school. */
    public ProfileUpdate(String name, Place hometown, String district, List<String> industries, List<String> skills,
                         EmploymentStatus employmentStatus, String enterpriseId, String locale,
                         Set<NoticeType> subscriptions) {
        this(name, hometown, district, industries, skills, employmentStatus, enterpriseId, locale, subscriptions, null,
                null);
    }
}
