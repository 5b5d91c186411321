package org.fugong.placement;

import org.fugong.base.LocalizedText;
import org.fugong.worker.WorkerSummary;

import java.time.Instant;
import java.util.List;

/**
 * A worker placed at an enterprise: handed over by a bus, or accepted for an internship, with what
 * the enterprise's HR reported about their start and, for a bus passenger, the follow-up checks.
 *
 * @param id              for reporting the start ({@code POST /admin/placements/{id}/start})
 * @param worker          name, masked phone and hometown
 * @param since           arrival (bus) or acceptance (internship)
 * @param school          the student's school and graduation year at the time, if any
 * @param started         HR's report: started (true), did not come (false), or not reported yet (null)
 * @param startReportedBy display name of whoever reported it
 * @param canReportStart  whether the reader may report the start now
 */
public record Placement(String id, PlacementSource source, String noticeId, LocalizedText noticeTitle, String responseId,
                        WorkerSummary worker, String enterpriseId, String enterpriseName, Instant since, String school,
                        Integer graduationYear, Boolean started, Instant startReportedAt, String startReportedBy,
                        List<FollowUp> followUps, boolean canReportStart) {
}
