package org.fugong.response;

import org.fugong.base.Place;
import org.fugong.base.Problems;
import org.fugong.base.Regions;
import org.fugong.notice.Benefit;
import org.fugong.notice.Notice;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The evidence of a claim for the one-off charter-bus subsidy (企业包车一次性补助): an enterprise that
 * chartered its own bus to bring its workers back names the trip — where it came from, on which day,
 * with how many passengers — and is paid per passenger. Checked like every response field: the origin
 * is a GB/T 2260 province and city, the day a real one, the passengers a bus's worth.
 */
public final class BusTrips {

    /** The most passengers one chartered trip carries (a double-decker coach). */
    static final int MAX_PASSENGERS = 100;

    private BusTrips() {
    }

    /** A claimed trip, as the subsidy list and the publicity show it. */
    public record Trip(Place origin, LocalDate date, int passengers) {
    }

    /** Whether claims of this policy carry a trip: the charter-bus subsidy. */
    public static boolean isCharterBusPolicy(Notice notice) {
        return notice.policy() != null && notice.policy().benefit() == Benefit.BUS_SUBSIDY;
    }

    /** The trip a claim's fields carry, if any. */
    @SuppressWarnings("unchecked")
    public static Trip of(Map<String, Object> fields) {
        if (fields == null || !(fields.get("trip") instanceof Map<?, ?> trip)) {
            return null;
        }
        Map<String, Object> origin = (Map<String, Object>) trip.get("origin");
        Object passengers = trip.get("passengers");
        return new Trip(origin == null ? null : new Place((String) origin.get("province"), (String) origin.get("city")),
                trip.get("date") == null ? null : LocalDate.parse(trip.get("date").toString()),
                passengers instanceof Number n ? n.intValue() : 0);
    }

    /** Checks {@code fields.trip} and puts the clean trip and its passengers as {@code persons} into {@code clean}. */
    static void check(Map<String, Object> fields, Map<String, Object> clean, Problems problems) {
        if (!(fields.get("trip") instanceof Map<?, ?> trip)) {
            problems.add("fields.trip", fields.get("trip") == null ? "error.required" : "error.wrong-format");
            return;
        }
        Place origin = null;
        if (trip.get("origin") instanceof Map<?, ?> place) {
            origin = new Place(asText(place.get("province")), asText(place.get("city")));
        }
        problems.check(origin != null, "fields.trip.origin", "error.required");
        if (origin != null) {
            Regions.china().check(origin, "fields.trip.origin", problems, true);
        }
        LocalDate date = date(trip.get("date"), problems);
        @SuppressWarnings("unchecked")
        Integer passengers = ResponseForms.integer((Map<String, Object>) trip, "passengers", 1, MAX_PASSENGERS, problems);
        problems.check(trip.get("passengers") != null, "fields.trip.passengers", "error.required");
        Object persons = fields.get("persons");
        problems.check(persons == null || passengers == null || persons instanceof Number n && n.intValue() == passengers,
                "fields.persons", "error.persons-passengers");
        if (origin != null && date != null && passengers != null) {
            Map<String, Object> tripFields = new LinkedHashMap<>();
            tripFields.put("origin", Map.of("province", origin.province(), "city", origin.city()));
            tripFields.put("date", date.toString());
            tripFields.put("passengers", passengers);
            clean.put("trip", tripFields);
            clean.put("persons", passengers);
        }
    }

    private static LocalDate date(Object value, Problems problems) {
        if (value == null) {
            problems.add("fields.trip.date", "error.required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.toString().strip());
            problems.check(date.getYear() >= 2000 && date.getYear() <= 2099, "fields.trip.date", "error.time-range", "2000", "2099");
            return date;
        } catch (DateTimeException e) {
            problems.add("fields.trip.date", "error.date");
            return null;
        }
    }

    private static String asText(Object value) {
        return value == null ? null : value.toString().strip();
    }
}
