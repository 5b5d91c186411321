package org.fugong.notice;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A policy's benefit rule (专策): what it grants, how much per person, the cap per enterprise, until
 * when one can apply, who is eligible and who applies.
 */
public record Policy(@Schema(requiredMode = REQUIRED) Benefit benefit,
                     @Schema(description = "yuan per person") BigDecimal amountPerPerson,
                     @Schema(description = "yuan per enterprise at most") BigDecimal capPerEnterprise,
                     Instant deadline,
                     String eligibility,
                     @Schema(description = "who applies: ENTERPRISE (its HR users, in the console) or WORKER; "
                             + "ENTERPRISE when not given") Applicant applicant) {
}
