package org.fugong.placement.internal;

import org.fugong.placement.FollowUp;
import org.fugong.placement.PlacementSource;
import org.fugong.placement.WorkStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A placement in {@code placements}, {@code _id} = noticeId-workerId: a worker is placed once by a
 * trip or a posting, so a repeated event finds the same document; the worker's follow-ups for a trip
 * are read by that key.
 */
@Document("placements")
public class PlacementDocument {
    @Id
    public String id;
    public PlacementSource source;
    public String noticeId;
    public String responseId;
    public String workerId;
    public String enterpriseId;
    public String enterpriseName;
    public Instant since;
    public String school;
    public Integer graduationYear;
    public Boolean started;
    public Instant startReportedAt;
    public String startReportedBy;
    /** An internship whose acceptance was taken back before the start was reported. */
    public boolean withdrawn;
    /** The follow-up checks by {@link #key(int) day key} ({@code d7}), so each is changed by its own path. */
    public Map<String, Check> checks;
    public Instant createdAt;

    /** The field name of a day's check: {@code d1}, {@code d7}, {@code d30}. */
    public static String key(int day) {
        return "d" + day;
    }

    /** The path of a field of a day's check, for updates guarded by that field. */
    public static String path(int day, String field) {
        return "checks." + key(day) + "." + field;
    }

    public Check check(int day) {
        return checks == null ? null : checks.get(key(day));
    }

    /** One follow-up check; its fields change by atomic updates guarded by their own emptiness. */
    public record Check(int day, Instant dueAt, Instant askedAt, WorkStatus status, Boolean needHelp, String note,
                 Instant answeredAt, String requestId) {
    }

    public static String idOf(String noticeId, String workerId) {
        return noticeId + "-" + workerId;
    }

    public FollowUp followUp(Check check) {
        return new FollowUp(id + "-" + check.day(), noticeId, check.day(), check.dueAt(), check.askedAt(), check.status(),
                Boolean.TRUE.equals(check.needHelp()), check.note(), check.answeredAt(), check.requestId());
    }

    public List<FollowUp> followUps() {
        return checks == null ? List.of() : checks.values().stream().sorted(Comparator.comparingInt(Check::day))
                .map(this::followUp).toList();
    }
}
