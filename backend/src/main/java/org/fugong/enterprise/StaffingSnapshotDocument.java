package org.fugong.enterprise;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One enterprise's day in {@code staffingSnapshots}. The id is {@code enterpriseId:date}, and
 * {@code {enterpriseId, date}} is also a unique index, so a second report of the day can only
 * replace the first. The date is stored as ISO text, which sorts as the calendar does.
 */
@Document("staffingSnapshots")
class StaffingSnapshotDocument {
    @Id
    String id;
    String enterpriseId;
    String date;
    int capacityUtilisation;
    int totalStaff;
    int shortfall;
    Map<String, Integer> vacancies;
    String problems;
    String reportedById;
    String reportedBy;
    Instant createdAt;
    Instant updatedAt;

    static String key(String enterpriseId, LocalDate date) {
        return enterpriseId + ":" + date;
    }

    StaffingSnapshot toSnapshot() {
        return new StaffingSnapshot(enterpriseId, LocalDate.parse(date), capacityUtilisation, totalStaff, shortfall,
                vacancies == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(vacancies)), problems, reportedBy, updatedAt);
    }
}
