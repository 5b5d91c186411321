package org.fugong.enterprise;

import java.util.Map;

/**
 * An enterprise's staffing on one day, as its HR (or an official) reports it.
 *
 * @param capacityUtilisation percent of capacity in use, 0–200 (a plant on overtime runs above 100)
 * @param totalStaff          people at work
 * @param shortfall           people missing to run as planned
 * @param vacancies           open positions by lower-case skill code
 * @param problems            what holds the enterprise back, plain text
 */
public record StaffingReport(Integer capacityUtilisation, Integer totalStaff, Integer shortfall,
                             Map<String, Integer> vacancies, String problems) {
}
