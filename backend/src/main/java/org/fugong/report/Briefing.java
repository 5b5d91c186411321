package org.fugong.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The progress briefing for a period: its figures and the same figures as one paragraph in the style
 * of the bureau's reports. {@code from}/{@code to} are the period's instants ({@code to} exclusive);
 * {@code firstDay}/{@code lastDay} its days in Asia/Shanghai, as the paragraph names them.
 */
public record Briefing(Instant from, Instant to, LocalDate firstDay, LocalDate lastDay, BriefingFigures figures,
                       String text) {
}
