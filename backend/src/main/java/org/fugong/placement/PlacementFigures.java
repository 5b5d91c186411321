package org.fugong.placement;

import org.fugong.placement.internal.PlacementDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What the briefing counts of placements in a period (reports: each reads the placements once):
 * students whose internship start their enterprise reported, per enterprise; and for each follow-up
 * day, the checks asked, answered, and how many said they were still at work.
 */
@Service
public class PlacementFigures {

    private final MongoTemplate mongo;
    private final FollowUpProperties properties;
    private final java.time.Clock clock;

    PlacementFigures(MongoTemplate mongo, FollowUpProperties properties, java.time.Clock clock) {
        this.clock = clock;
        this.mongo = mongo;
        this.properties = properties;
    }

    /** Students placed at one enterprise: internships whose start was reported in the period. */
    public record StudentsPlaced(String enterpriseId, String enterpriseName, long students) {
    }

    /**
     * One follow-up day's checks that fell due in the period (each is asked within a sweep of its due
     * time, so a check counts in the period of its day, however late a node asked it): due, answered,
     * still at work, left, and calls for help.
     */
    public record Checkpoint(int day, long asked, long answered, long stillAtWork, long left, long needHelp) {
    }

    /** Per enterprise, the most students first. */
    public List<StudentsPlaced> studentsPlaced(Instant from, Instant to) {
        Query query = Query.query(where("source").is(PlacementSource.INTERNSHIP).and("started").is(true)
                .and("startReportedAt").gte(from).lt(to));
        query.fields().include("enterpriseId", "enterpriseName");
        Map<String, StudentsPlaced> byEnterprise = new LinkedHashMap<>();
        for (PlacementDocument p : mongo.find(query, PlacementDocument.class)) {
            byEnterprise.merge(p.enterpriseId, new StudentsPlaced(p.enterpriseId, p.enterpriseName, 1),
                    (a, b) -> new StudentsPlaced(a.enterpriseId(), a.enterpriseName(), a.students() + 1));
        }
        return byEnterprise.values().stream().sorted(Comparator.comparing(StudentsPlaced::students).reversed()
                .thenComparing(s -> s.enterpriseName() == null ? "" : s.enterpriseName())).toList();
    }

    /** For each follow-up day of the schedule, the checks that fell due in the period (up to now). */
    public List<Checkpoint> checkpoints(Instant from, Instant to) {
        if (properties.days().isEmpty()) {
            return List.of();
        }
        Instant until = to.isAfter(clock.instant()) ? clock.instant() : to;
        Query query = new Query(new org.springframework.data.mongodb.core.query.Criteria().orOperator(properties.days()
                .stream().map(d -> where(PlacementDocument.path(d, "dueAt")).gte(from).lt(until))
                .toArray(org.springframework.data.mongodb.core.query.Criteria[]::new)));
        query.addCriteria(where("withdrawn").ne(true));
        query.fields().include("checks");
        Map<Integer, long[]> counts = new LinkedHashMap<>();
        properties.days().forEach(d -> counts.put(d, new long[5]));
        for (PlacementDocument p : mongo.find(query, PlacementDocument.class)) {
            for (PlacementDocument.Check c : p.checks.values()) {
                if (c.dueAt() == null || c.dueAt().isBefore(from) || !c.dueAt().isBefore(until)) {
                    continue;
                }
                long[] n = counts.computeIfAbsent(c.day(), d -> new long[5]);
                n[0]++;
                n[1] += c.answeredAt() == null ? 0 : 1;
                n[2] += c.status() == WorkStatus.AT_WORK ? 1 : 0;
                n[3] += c.status() == WorkStatus.LEFT ? 1 : 0;
                n[4] += Boolean.TRUE.equals(c.needHelp()) ? 1 : 0;
            }
        }
        List<Checkpoint> result = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> result.add(new Checkpoint(e.getKey(),
                e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4])));
        return result;
    }
}
