package org.fugong.enterprise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * An enterprise's staffing on one calendar day (Asia/Shanghai): the last report of that day.
 *
 * @param reportedBy username of who reported it last
 */
public record StaffingSnapshot(String enterpriseId, LocalDate date, int capacityUtilisation, int totalStaff,
                               int shortfall, Map<String, Integer> vacancies, String problems, String reportedBy,
                               Instant reportedAt) {
}
