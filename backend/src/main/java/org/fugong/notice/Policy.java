package org.fugong.notice;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A policy's benefit rule (专策): what it grants, how much per person, the cap per enterprise, until
 * when one can apply, who is eligible and who applies. A policy that enterprises apply for goes to
 * their HR users; workers get it, to read only, when the official chose {@code tellWorkers}.
 */
public record Policy(@Schema(requiredMode = REQUIRED) Benefit benefit,
                     @Schema(description = "yuan per person") BigDecimal amountPerPerson,
                     @Schema(description = "yuan per enterprise at most") BigDecimal capPerEnterprise,
                     Instant deadline,
                     String eligibility,
                     @Schema(description = "who applies: ENTERPRISE (its HR users, in the console) or WORKER; "
                             + "ENTERPRISE when not given") Applicant applicant,
                     @Schema(description = "a policy enterprises apply for also goes to the workers of the "
                             + "audience, to read (they have nothing to apply for); false when not given")
                     Boolean tellWorkers) {

    public Policy {
        tellWorkers = Boolean.TRUE.equals(tellWorkers);
    }

    public Policy(Benefit benefit, BigDecimal amountPerPerson, BigDecimal capPerEnterprise, Instant deadline,
                  String eligibility, Applicant applicant) {
        this(benefit, amountPerPerson, capPerEnterprise, deadline, eligibility, applicant, false);
    }

    /** Whether workers are in its audience: they apply themselves, or were told as information. */
    public boolean reachesWorkers() {
        return applicant == Applicant.WORKER || tellWorkers;
    }
}
