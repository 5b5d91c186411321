package org.fugong.worker;

import org.fugong.base.NoticeType;
import org.fugong.base.Place;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A worker as the app and the console see them. {@code phone} is the whole number and only ever
 * filled for the worker themself; everyone else gets {@code phoneMasked}. {@code school} and
 * {@code graduationYear} are a student's (or graduate's), by which internship calls find them.
 */
public record WorkerProfile(String id,
                            String phone,
                            String phoneMasked,
                            String name,
                            Place hometown,
                            String district,
                            List<String> industries,
                            List<String> skills,
                            EmploymentStatus employmentStatus,
                            String enterpriseId,
                            String locale,
                            Set<NoticeType> subscriptions,
                            Instant createdAt,
                            Instant updatedAt,
                            String school,
                            Integer graduationYear) {
}
