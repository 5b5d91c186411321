package org.fugong.enterprise.internal;

import org.fugong.enterprise.StaffingSnapshot;
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
public class StaffingSnapshotDocument {
    @Id
    public String id;
    public String enterpriseId;
    public String date;
    public int capacityUtilisation;
    public int totalStaff;
    public int shortfall;
    public Map<String, Integer> vacancies;
    public String problems;
    public String reportedById;
    public String reportedBy;
    public Instant createdAt;
    public Instant updatedAt;

    public static String key(String enterpriseId, LocalDate date) {
        return enterpriseId + ":" + date;
    }

    public StaffingSnapshot toSnapshot() {
        return new StaffingSnapshot(enterpriseId, LocalDate.parse(date), capacityUtilisation, totalStaff, shortfall,
                vacancies == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(vacancies)), problems, reportedBy, updatedAt);
    }
}
