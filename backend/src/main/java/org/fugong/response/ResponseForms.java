package org.fugong.response;

import org.fugong.base.BureauTime;
import org.fugong.base.ConflictException;
import org.fugong.base.Problems;
import org.fugong.base.Texts;
import org.fugong.notice.AttendanceMode;
import org.fugong.notice.Notice;
import org.fugong.notice.ResponseKind;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields each kind of response takes, checked and normalised: nothing unknown is stored.
 * <ul>
 *   <li>RSVP: {@code attendanceMode} ONLINE or ONSITE (defaults to the fair's mode unless it is both)</li>
 *   <li>APPLY: {@code message} (up to 2000 characters), {@code expectedSalary} (yuan per month)</li>
 *   <li>SEAT_BOOKING: {@code pickupPoint} (one of the bus's), {@code healthDeclared} (true where the bus
 *       has a health requirement)</li>
 *   <li>SUBSIDY_APPLICATION: {@code note}; for enterprises also {@code persons}, the number of hires; for
 *       the charter-bus subsidy (企业包车一次性补助) the trip as evidence instead, {@code trip: {origin:
 *       {province, city}, date, passengers}}, whose passengers are the persons claimed for</li>
 * </ul>
 */
final class ResponseForms {

    private static final Map<ResponseKind, Set<String>> ALLOWED = Map.of(
            ResponseKind.RSVP, Set.of("attendanceMode", "note"),
            ResponseKind.APPLY, Set.of("message", "expectedSalary"),
            ResponseKind.SEAT_BOOKING, Set.of("pickupPoint", "healthDeclared"),
            ResponseKind.SUBSIDY_APPLICATION, Set.of("note", "persons", "trip"));

    private ResponseForms() {
    }

    /**
     * Whether a notice still takes this response now: a policy's deadline closes its applications
     * (said as such), and every notice closes at its respond-by time and expiry.
     */
    static void requireOpen(Notice notice, ResponseKind kind, Instant now) {
        if (kind == ResponseKind.SUBSIDY_APPLICATION && notice.policy() != null && notice.policy().deadline() != null
                && !now.isBefore(notice.policy().deadline())) {
            throw new ConflictException("error.subsidy-deadline", BureauTime.MINUTES.format(notice.policy().deadline()));
        }
        if (!notice.acceptsResponsesAt(now)) {
            throw new ConflictException("error.responses-closed");
        }
    }

    static Map<String, Object> check(Notice notice, ResponseKind kind, Map<String, Object> input, boolean byEnterprise,
                                     Problems problems) {
        Map<String, Object> fields = input == null ? Map.of() : input;
        Map<String, Object> clean = new LinkedHashMap<>();
        for (String key : fields.keySet()) {
            problems.check(ALLOWED.getOrDefault(kind, Set.of()).contains(key), "fields." + key, "error.unknown-field");
        }
        switch (kind) {
            case RSVP -> {
                AttendanceMode fairMode = notice.jobFair() == null ? null : notice.jobFair().mode();
                String mode = text(fields, "attendanceMode", 10, problems);
                if (mode == null && fairMode != null && fairMode != AttendanceMode.HYBRID) {
                    mode = fairMode.name();
                }
                problems.check(mode != null, "fields.attendanceMode", "error.required");
                if (mode != null) {
                    boolean known = mode.equals("ONLINE") || mode.equals("ONSITE");
                    problems.check(known, "fields.attendanceMode", "error.attendance-mode");
                    problems.check(!known || fairMode == null || fairMode == AttendanceMode.HYBRID
                            || fairMode.name().equals(mode), "fields.attendanceMode", "error.attendance-mode-fair", fairMode);
                    clean.put("attendanceMode", mode);
                }
                putIfPresent(clean, "note", text(fields, "note", 500, problems));
            }
            case APPLY -> {
                putIfPresent(clean, "message", text(fields, "message", 2000, problems));
                Integer salary = integer(fields, "expectedSalary", 0, 1_000_000, problems);
                putIfPresent(clean, "expectedSalary", salary);
            }
            case SEAT_BOOKING -> {
                String pickup = text(fields, "pickupPoint", 100, problems);
                var points = notice.returnBus() == null ? java.util.List.<String>of() : notice.returnBus().pickupPoints();
                if (!points.isEmpty()) {
                    problems.check(pickup != null, "fields.pickupPoint", "error.required");
                    problems.check(pickup == null || points.contains(pickup), "fields.pickupPoint", "error.pickup-point");
                }
                putIfPresent(clean, "pickupPoint", pickup);
                Object declared = fields.get("healthDeclared");
                problems.check(declared == null || declared instanceof Boolean, "fields.healthDeclared", "error.wrong-format");
                boolean healthRequired = notice.returnBus() != null && notice.returnBus().healthRequirement() != null;
                problems.check(!healthRequired || Boolean.TRUE.equals(declared), "fields.healthDeclared", "error.health-declaration");
                if (declared instanceof Boolean b) {
                    clean.put("healthDeclared", b);
                }
            }
            case SUBSIDY_APPLICATION -> subsidyClaim(notice, fields, byEnterprise, clean, problems);
            case NONE -> problems.add("kind", "error.no-response");
        }
        return clean;
    }

    /** A subsidy claim: an enterprise names its persons (or the trip of a charter-bus policy), a worker claims for one. */
    private static void subsidyClaim(Notice notice, Map<String, Object> fields, boolean byEnterprise, Map<String, Object> clean,
                                     Problems problems) {
        putIfPresent(clean, "note", text(fields, "note", 1000, problems));
        if (byEnterprise && BusTrips.isCharterBusPolicy(notice)) {
            BusTrips.check(fields, clean, problems);
        } else if (byEnterprise) {
            problems.check(!fields.containsKey("trip"), "fields.trip", "error.unknown-field");
            Integer persons = integer(fields, "persons", 1, 100_000, problems);
            problems.check(fields.get("persons") != null, "fields.persons", "error.required");
            putIfPresent(clean, "persons", persons);
        } else {
            problems.check(!fields.containsKey("persons"), "fields.persons", "error.unknown-field");
            clean.put("persons", 1);
        }
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    static String text(Map<String, Object> fields, String key, int max, Problems problems) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            problems.add("fields." + key, "error.wrong-format");
            return null;
        }
        String text = Texts.trimToNull(s);
        problems.check(text == null || text.length() <= max, "fields." + key, "error.max-length", max);
        problems.check(!Texts.hasControlCharacters(text), "fields." + key, "error.control-characters");
        return text;
    }

    static Integer integer(Map<String, Object> fields, String key, int min, int max, Problems problems) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            problems.add("fields." + key, "error.wrong-format");
            return null;
        }
        long v = n.longValue();
        if (v < min || v > max) {
            problems.add("fields." + key, "error.range", min, max);
            return null;
        }
        return (int) v;
    }
}
