package org.fugong.worker;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fugong.base.NoticeType;
import org.fugong.base.Place;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A worker as the app and the console see them. {@code phone} is the whole number and only ever
 * filled for the worker themself; everyone else gets {@code phoneMasked}. {@code school} and
 * {@code graduationYear} are a student's (or graduate's), by which internship calls find them.
 */
public record WorkerProfile(@Schema(requiredMode = REQUIRED) String id,
                            @Schema(description = "the whole number: only for the worker themself") String phone,
                            @Schema(requiredMode = REQUIRED, example = "138****8000") String phoneMasked,
                            String name,
                            Place hometown,
                            String district,
                            @Schema(requiredMode = REQUIRED) List<String> industries,
                            @Schema(requiredMode = REQUIRED) List<String> skills,
                            EmploymentStatus employmentStatus,
                            String enterpriseId,
                            @Schema(requiredMode = REQUIRED, allowableValues = {"zh-CN", "en"}) String locale,
                            @Schema(requiredMode = REQUIRED, description = "the notice types pushed to the worker")
                            Set<NoticeType> subscriptions,
                            @Schema(requiredMode = REQUIRED) Instant createdAt,
                            Instant updatedAt,
                            @Schema(description = "a student's school") String school,
                            @Schema(description = "the year the student graduates (or graduated)") Integer graduationYear) {
}
