package org.fugong.publicity.internal;

import org.fugong.base.LocalizedText;
import org.fugong.notice.Benefit;
import org.fugong.publicity.PaymentStatus;
import org.fugong.publicity.PublicityStatus;
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
public class PublicityDocument {
    @Id
    public String id;
    public String policyId;
    public LocalizedText policyTitle;
    public Benefit benefit;
    public PublicityStatus status;
    public String announcementId;
    public int workingDays;
    public List<Line> lines;
    public String createdById;
    public String createdBy;
    public Instant createdAt;
    public Instant publishedAt;
    public Instant objectionUntil;
    public LocalDate lastDay;
    public Instant closedAt;
    public long version;

    /** One approved claim as listed. */
    public record Line(int no, String responseId, String enterpriseId, String enterpriseName, Integer persons,
                BigDecimal amount, BusTrips.Trip trip, PaymentStatus payment) {

        Line with(PaymentStatus status) {
            return new Line(no, responseId, enterpriseId, enterpriseName, persons, amount, trip, status);
        }
    }

    public boolean acceptsObjectionsAt(Instant now) {
        return status == PublicityStatus.RUNNING && objectionUntil != null && now.isBefore(objectionUntil);
    }
}
