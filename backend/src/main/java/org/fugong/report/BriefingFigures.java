package org.fugong.report;

import org.fugong.placement.PlacementFigures;

import java.math.BigDecimal;
import java.util.List;

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
 *   <li>{@code keyRequestsSettled}: requests of key enterprises whose outcome was decided in the period
 *       (resolved in time, or a deadline missed); {@code keyRequestsInTime} those handled in time, and
 *       {@code keyRequestsInTimeShare} their share in per cent (null when none was settled).</li>
 *   <li>{@code studentsPlaced}: students whose internship start their enterprise reported in the period,
 *       and per enterprise in {@code studentsPlacedByEnterprise}.</li>
 *   <li>{@code followUps}: for each follow-up day after arrival, the checks asked in the period, answered,
 *       and how many said they were still at work.</li>
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
                              BigDecimal subsidyAmount,
                              long keyRequestsSettled,
                              long keyRequestsInTime,
                              Double keyRequestsInTimeShare,
                              long studentsPlaced,
                              List<PlacementFigures.StudentsPlaced> studentsPlacedByEnterprise,
                              List<PlacementFigures.Checkpoint> followUps) {

    public BriefingFigures {
        studentsPlacedByEnterprise = studentsPlacedByEnterprise == null ? List.of() : List.copyOf(studentsPlacedByEnterprise);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    /** The figures of the first four services, before the dispatch clock, internships and follow-ups were counted. */
    public BriefingFigures(long jobFairs, long onlineJobFairs, long enterpriseParticipations, long positionsPosted,
                           long jobSeekersReached, long intentionsReached, long buses, long interProvincialBuses,
                           long intraProvincialBuses, long workersReturned, long subsidiesApproved,
                           long enterprisesBenefited, BigDecimal subsidyAmount) {
        this(jobFairs, onlineJobFairs, enterpriseParticipations, positionsPosted, jobSeekersReached, intentionsReached,
                buses, interProvincialBuses, intraProvincialBuses, workersReturned, subsidiesApproved,
                enterprisesBenefited, subsidyAmount, 0, 0, null, 0, List.of(), List.of());
    }
}
