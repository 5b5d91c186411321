package org.fugong.base;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in mainland China: Monday to Friday, except the public holidays, plus the weekend
 * days worked in their place (调休上班), as the State Council announces them each year. The dates
 * are data ({@code calendar/cn-public-holidays.tsv}); outside the years it lists, a working day is
 * Monday to Friday. Periods the bureau promises in working days (a publicity's objection period)
 * are counted here, in the bureau's time zone.
 */
public final class WorkingDays {

    /** The bureau's days. */
    private static final String FILE = "/calendar/cn-public-holidays.tsv";
    private static final WorkingDays CHINA = load();

    private final Map<LocalDate, Boolean> exceptions;
    private final Set<Integer> years;

    private WorkingDays(Map<LocalDate, Boolean> exceptions, Set<Integer> years) {
        this.exceptions = Map.copyOf(exceptions);
        this.years = Set.copyOf(years);
    }

    /** Mainland China's calendar, read once from the shipped file. */
    public static WorkingDays china() {
        return CHINA;
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Whether the file knows the year's holidays (otherwise only weekends are skipped). */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /** The {@code n}-th working day after {@code day} (the day itself not counted). */
    public LocalDate nthWorkingDayAfter(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /**
     * When a period of {@code n} working days that starts at {@code start} ends: at midnight after the
     * {@code n}-th working day following the start's day (the day something is published is not a
     * whole day, so it does not count).
     */
    public Instant endOfPeriod(Instant start, int n) {
        LocalDate last = nthWorkingDayAfter(LocalDate.ofInstant(start, BureauTime.ZONE), n);
        return last.plusDays(1).atStartOfDay(BureauTime.ZONE).toInstant();
    }

    private static WorkingDays load() {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        Set<Integer> years = new TreeSet<>();
        try (InputStream in = WorkingDays.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("# Years: ")) {
                    String list = line.substring("# Years: ".length());
                    int note = list.indexOf('(');
                    for (String year : (note < 0 ? list : list.substring(0, note)).trim().split(" +")) {
                        years.add(Integer.parseInt(year));
                    }
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 4 || !(cols[1].equals("HOLIDAY") || cols[1].equals("WORKDAY"))) {
                    throw new IllegalStateException(FILE + ": malformed line " + line);
                }
                exceptions.put(LocalDate.parse(cols[0]), cols[1].equals("WORKDAY"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingDays(exceptions, years);
    }
}
