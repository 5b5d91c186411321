package org.fugong.report;

import org.fugong.base.BureauTime;
import org.fugong.base.FieldProblem;
import org.fugong.base.InvalidInputException;
import org.fugong.base.Texts;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The period a report covers, {@code [from, to)}. Officials think in days of the bureau's time zone
 * (Asia/Shanghai): from 3月1日 to 3月31日 means from the start of the first day to the end of the last.
 * Systems may give instants instead. A period is at most {@value #MAX_DAYS} days (a year, leap or
 * not) and lies between 2000 and 2099, like every time Fugong stores.
 */
public record ReportPeriod(Instant from, Instant to) {

    /** The bureau's time zone: days, dates in texts and daily series are its. */
    public static final int MAX_DAYS = 366;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** 2000-01-01 and 2100-01-01 at midnight in the bureau's time zone. */
    private static final Instant EARLIEST = Instant.parse("1999-12-31T16:00:00Z");
    private static final Instant LATEST = Instant.parse("2099-12-31T16:00:00Z");

    /** Holds however the period was made: both ends, in order, in range, and not too long. */
    public ReportPeriod {
        if (from == null || to == null) {
            throw InvalidInputException.of(from == null ? "from" : "to", "error.required");
        }
        if (outside(from) || outside(to)) {
            throw InvalidInputException.of(outside(from) ? "from" : "to", "error.time-range", "2000", "2099");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "error.report-order");
        }
        if (Duration.between(from, to).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            throw InvalidInputException.of("to", "error.report-too-long", String.valueOf(MAX_DAYS));
        }
    }

    /**
     * A period as a client writes it: each end an ISO date ({@code 2026-03-01}, a whole day in
     * Asia/Shanghai; {@code to} includes its day) or an ISO instant ({@code 2026-03-01T00:00:00Z} or
     * with an offset; {@code to} is then exclusive). Anything else is a 400 naming the field.
     */
    public static ReportPeriod parse(String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant start = parseEnd("from", from, false, problems);
        Instant end = parseEnd("to", to, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ReportPeriod(start, end);
    }

    /** Whole days, the first and the last included. */
    public static ReportPeriod ofDays(LocalDate firstDay, LocalDate lastDay) {
        List<FieldProblem> problems = new ArrayList<>();
        if (firstDay == null) {
            problems.add(FieldProblem.of("from", "error.required"));
        }
        if (lastDay == null) {
            problems.add(FieldProblem.of("to", "error.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!inYears(firstDay) || !inYears(lastDay)) {
            throw InvalidInputException.of(inYears(firstDay) ? "to" : "from", "error.time-range", "2000", "2099");
        }
        return new ReportPeriod(firstDay.atStartOfDay(BureauTime.ZONE).toInstant(),
                lastDay.plusDays(1).atStartOfDay(BureauTime.ZONE).toInstant());
    }

    /** The first day of the period in the bureau's time zone. */
    public LocalDate firstDay() {
        return from.atZone(BureauTime.ZONE).toLocalDate();
    }

    /** The last day the period touches in the bureau's time zone. */
    public LocalDate lastDay() {
        return to.isAfter(from) ? to.minusNanos(1).atZone(BureauTime.ZONE).toLocalDate() : firstDay();
    }

    /** Every day of the period, in order. */
    public List<LocalDate> days() {
        return firstDay().datesUntil(lastDay().plusDays(1)).toList();
    }

    private static Instant parseEnd(String field, String value, boolean end, List<FieldProblem> problems) {
        String text = Texts.trimToNull(value);
        if (text == null) {
            problems.add(FieldProblem.of(field, "error.required"));
            return null;
        }
        try {
            Instant instant;
            if (DATE.matcher(text).matches()) {
                LocalDate day = LocalDate.parse(text);
                if (!inYears(day)) {
                    problems.add(FieldProblem.of(field, "error.time-range", "2000", "2099"));
                    return null;
                }
                instant = (end ? day.plusDays(1) : day).atStartOfDay(BureauTime.ZONE).toInstant();
            } else {
                instant = text.endsWith("Z") || text.endsWith("z") ? Instant.parse(text.toUpperCase(java.util.Locale.ROOT))
                        : OffsetDateTime.parse(text).toInstant();
            }
            if (outside(instant)) {
                problems.add(FieldProblem.of(field, "error.time-range", "2000", "2099"));
                return null;
            }
            return instant;
        } catch (DateTimeException e) {
            problems.add(FieldProblem.of(field, "error.report-date"));
            return null;
        }
    }

    private static boolean inYears(LocalDate day) {
        return day.getYear() >= 2000 && day.getYear() <= 2099;
    }

    private static boolean outside(Instant instant) {
        return instant.isBefore(EARLIEST) || instant.isAfter(LATEST);
    }
}
