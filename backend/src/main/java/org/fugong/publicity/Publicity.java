package org.fugong.publicity;

import org.fugong.base.LocalizedText;
import org.fugong.notice.Benefit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A publicity as officials see it: its lines with their payment status, its announcement, its period
 * and the objections filed.
 *
 * @param announcementId the announcement notice, reviewed by a second official before the publicity is public
 * @param publicPath     the public page, relative to the console's address
 */
public record Publicity(String id, String policyId, LocalizedText policyTitle, Benefit benefit, PublicityStatus status,
                        String announcementId, int workingDays, String createdBy, Instant createdAt, Instant publishedAt,
                        Instant objectionUntil, LocalDate lastDay, List<PublicityLine> lines, long totalPersons,
                        BigDecimal totalAmount, List<Objection> objections, String publicPath) {

    /** Objections still waiting for an answer. */
    public long openObjections() {
        return objections.stream().filter(o -> o.answeredAt() == null).count();
    }
}
