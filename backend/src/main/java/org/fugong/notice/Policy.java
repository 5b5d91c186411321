package org.fugong.notice;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A policy's benefit rule (专策): what it grants, how much per person, the cap per enterprise, until
 * when one can apply, who is eligible and who applies. A policy that enterprises apply for goes to
 * their HR users; workers get it, to read only, when the official chose {@code tellWorkers}.
 */
public record Policy(Benefit benefit, BigDecimal amountPerPerson, BigDecimal capPerEnterprise, Instant deadline,
                     String eligibility, Applicant applicant, Boolean tellWorkers) {

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
