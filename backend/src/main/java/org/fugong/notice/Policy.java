package org.fugong.notice;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A policy's benefit rule (专策): what it grants, how much per person, the cap per enterprise, until
 * when one can apply, who is eligible and who applies.
 */
public record Policy(Benefit benefit, BigDecimal amountPerPerson, BigDecimal capPerEnterprise, Instant deadline,
                     String eligibility, Applicant applicant) {
}
