package org.fugong.base;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working days in mainland China, from the State Council's holiday notices shipped as data: public
 * holidays are off even on weekdays, make-up Saturdays and Sundays are worked, other years fall back
 * to Monday to Friday.
 */
class WorkingDaysTest {

    private final WorkingDays days = WorkingDays.china();

    @Test
    void national_day_is_off_and_its_make_up_saturday_is_worked() {
        assertThat(days.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.parse("2026-10-07"))).as("a Wednesday in the holiday").isFalse();
        assertThat(days.isWorkingDay(LocalDate.parse("2026-10-10"))).as("调休上班, a Saturday").isTrue();
        assertThat(days.isWorkingDay(LocalDate.parse("2026-09-20"))).as("调休上班, a Sunday").isTrue();
        assertThat(days.isWorkingDay(LocalDate.parse("2026-10-11"))).as("an ordinary Sunday").isFalse();
    }

    @Test
    void five_working_days_from_before_national_day_end_after_the_holiday() {
        // published Tuesday 29 September 2026: 30 Sep, 8, 9, 10 (Saturday worked) and 12 October
        assertThat(days.nthWorkingDayAfter(LocalDate.parse("2026-09-29"), 5)).isEqualTo(LocalDate.parse("2026-10-12"));
        assertThat(days.endOfPeriod(Instant.parse("2026-09-29T02:00:00Z"), 5))
                .isEqualTo(Instant.parse("2026-10-12T16:00:00Z"));
    }

    @Test
    void the_spring_festival_of_2025_starts_on_new_years_eve() {
        assertThat(days.isWorkingDay(LocalDate.parse("2025-01-28"))).as("除夕, a Tuesday").isFalse();
        assertThat(days.isWorkingDay(LocalDate.parse("2025-01-26"))).as("a Sunday worked").isTrue();
        assertThat(days.nthWorkingDayAfter(LocalDate.parse("2025-01-27"), 1)).isEqualTo(LocalDate.parse("2025-02-05"));
    }

    @Test
    void a_year_the_file_does_not_cover_counts_mondays_to_fridays() {
        assertThat(days.covers(2026)).isTrue();
        assertThat(days.covers(2031)).isFalse();
        assertThat(days.nthWorkingDayAfter(LocalDate.parse("2031-10-01"), 5)).isEqualTo(LocalDate.parse("2031-10-08"));
    }
}
