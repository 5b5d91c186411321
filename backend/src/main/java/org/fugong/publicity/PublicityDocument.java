package org.fugong.publicity;

import org.fugong.base.LocalizedText;
import org.fugong.notice.Benefit;
import org.fugong.response.BusTrips;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A publicity in {@code publicities}: the approved claims of a policy as they were listed (a copy: what
 * was published does not change when a name does), its announcement, its period, and each claim's
 * payment status. Changed by compare-and-set on {@code version}.
 */
@Document("publicities")
class PublicityDocument {
    @Id
    String id;
    String policyId;
    LocalizedText policyTitle;
    Benefit benefit;
    PublicityStatus status;
    String announcementId;
    int workingDays;
    List<Line> lines;
    String createdById;
    String createdBy;
    Instant createdAt;
    Instant publishedAt;
    Instant objectionUntil;
    LocalDate lastDay;
    Instant closedAt;
    long version;

    /** One approved claim as listed. */
    record Line(int no, String responseId, String enterpriseId, String enterpriseName, Integer persons,
                BigDecimal amount, BusTrips.Trip trip, PaymentStatus payment) {

        Line with(PaymentStatus status) {
            return new Line(no, responseId, enterpriseId, enterpriseName, persons, amount, trip, status);
        }
    }

    boolean acceptsObjectionsAt(Instant now) {
        return status == PublicityStatus.RUNNING && objectionUntil != null && now.isBefore(objectionUntil);
    }
}
