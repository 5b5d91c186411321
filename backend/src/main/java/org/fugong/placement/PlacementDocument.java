package org.fugong.placement;

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
class PlacementDocument {
    @Id
    String id;
    PlacementSource source;
    String noticeId;
    String responseId;
    String workerId;
    String enterpriseId;
    String enterpriseName;
    Instant since;
    String school;
    Integer graduationYear;
    Boolean started;
    Instant startReportedAt;
    String startReportedBy;
    /** An internship whose acceptance was taken back before the start was reported. */
    boolean withdrawn;
    /** The follow-up checks by {@link #key(int) day key} ({@code d7}), so each is changed by its own path. */
    Map<String, Check> checks;
    Instant createdAt;

    /** The field name of a day's check: {@code d1}, {@code d7}, {@code d30}. */
    static String key(int day) {
        return "d" + day;
    }

    /** The path of a field of a day's check, for updates guarded by that field. */
    static String path(int day, String field) {
        return "checks." + key(day) + "." + field;
    }

    Check check(int day) {
        return checks == null ? null : checks.get(key(day));
    }

    /** One follow-up check; its fields change by atomic updates guarded by their own emptiness. */
    record Check(int day, Instant dueAt, Instant askedAt, WorkStatus status, Boolean needHelp, String note,
                 Instant answeredAt, String requestId) {
    }

    static String idOf(String noticeId, String workerId) {
        return noticeId + "-" + workerId;
    }

    FollowUp followUp(Check check) {
        return new FollowUp(id + "-" + check.day(), noticeId, check.day(), check.dueAt(), check.askedAt(), check.status(),
                Boolean.TRUE.equals(check.needHelp()), check.note(), check.answeredAt(), check.requestId());
    }

    List<FollowUp> followUps() {
        return checks == null ? List.of() : checks.values().stream().sorted(Comparator.comparingInt(Check::day))
                .map(this::followUp).toList();
    }
}
