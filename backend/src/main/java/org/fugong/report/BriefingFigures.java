package org.fugong.report;

import java.math.BigDecimal;

/**
 * The figures of the bureau's progress briefing for a period {@code [from, to)}. Each counts what the
 * report feature can see through the other features' services:
 * <ul>
 *   <li>{@code jobFairs}: job fairs published and not recalled that start in the period;
 *       {@code onlineJobFairs} those of them held ONLINE or HYBRID (网络招聘会).</li>
 *   <li>{@code enterpriseParticipations} (家次): over those fairs, the distinct enterprises of each
 *       fair (the fair's own list plus enterprises that RSVP'd and neither withdrew nor were
 *       rejected), summed: an enterprise at two fairs counts twice.</li>
 *   <li>{@code positionsPosted}: the fairs' positions plus the headcount of job postings published in
 *       the period and not recalled.</li>
 *   <li>{@code jobSeekersReached}: distinct workers with an inbox entry for those fairs and
 *       postings (targeted, whether or not the push got through: the inbox is the ledger).</li>
 *   <li>{@code intentionsReached} (达成意向): applications to job postings ACCEPTED with the decision
 *       in the period.</li>
 *   <li>{@code buses}: return buses published and not recalled that leave in the period;
 *       {@code interProvincialBuses} those whose origin lies in another province than the
 *       destination (跨省), {@code intraProvincialBuses} the rest (省内).</li>
 *   <li>{@code workersReturned} (接返): seat bookings marked arrived (handed over) in the period.</li>
 *   <li>{@code subsidiesApproved}: subsidy applications (enterprises' claims and workers' own
 *       applications) ACCEPTED with the decision in the period; {@code enterprisesBenefited} the
 *       distinct enterprises among them; {@code subsidyAmount} their sum in yuan.</li>
 * </ul>
 */
public record BriefingFigures(long jobFairs,
                              long onlineJobFairs,
                              long enterpriseParticipations,
                              long positionsPosted,
                              long jobSeekersReached,
                              long intentionsReached,
                              long buses,
                              long interProvincialBuses,
                              long intraProvincialBuses,
                              long workersReturned,
                              long subsidiesApproved,
                              long enterprisesBenefited,
                              BigDecimal subsidyAmount) {
}
