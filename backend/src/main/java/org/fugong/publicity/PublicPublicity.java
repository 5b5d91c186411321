package org.fugong.publicity;

import org.fugong.base.LocalizedText;
import org.fugong.notice.Benefit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A publicity as the public page shows it (公示): the policy, the approved enterprises with persons and
 * amounts, and the objection period. Nothing about a worker, an official or an objector is in it.
 *
 * @param lastDay           the last working day objections are taken (Asia/Shanghai)
 * @param acceptsObjections whether the form takes an objection now
 */
public record PublicPublicity(String id, LocalizedText policyTitle, Benefit benefit, PublicityStatus status,
                              Instant publishedAt, Instant objectionUntil, LocalDate lastDay, int workingDays,
                              List<PublicityLine> lines, long totalPersons, BigDecimal totalAmount,
                              boolean acceptsObjections) {
}
