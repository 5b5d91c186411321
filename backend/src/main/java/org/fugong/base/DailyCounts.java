package org.fugong.base;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.DateOperators;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Counts documents per calendar day for the console's charts, in the database: one aggregation
 * grouping by the day a time falls on in a time zone (the bureau's: Asia/Shanghai), so a range of
 * a year with millions of pushes never comes into memory. Days without documents are absent.
 */
public final class DailyCounts {

    private DailyCounts() {
    }

    /**
     * @param collection the collection's name
     * @param criteria   what to count besides the time range (may be null or empty)
     * @param timeField  the time that decides the day; documents with it in {@code [from, to)} count
     */
    public static SortedMap<LocalDate, Long> of(MongoOperations mongo, String collection, Criteria criteria,
                                                String timeField, Instant from, Instant to, ZoneId zone) {
        Criteria range = where(timeField).gte(from).lt(to);
        Criteria match = criteria == null || criteria.getCriteriaObject().isEmpty() ? range
                : new Criteria().andOperator(criteria, range);
        Aggregation aggregation = Aggregation.newAggregation(
                Aggregation.match(match),
                Aggregation.project().and(DateOperators.DateToString.dateOf(timeField).toString("%Y-%m-%d")
                        .withTimezone(DateOperators.Timezone.valueOf(zone.getId()))).as("day"),
                Aggregation.group("day").count().as("count"));
        SortedMap<LocalDate, Long> counts = new TreeMap<>();
        for (Document row : mongo.aggregate(aggregation, collection, Document.class)) {
            Object day = row.get("_id");
            if (day != null) {
                counts.put(LocalDate.parse(day.toString()), ((Number) row.get("count")).longValue());
            }
        }
        return counts;
    }
}
