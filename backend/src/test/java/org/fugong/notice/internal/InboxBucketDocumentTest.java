package org.fugong.notice.internal;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** An inbox page finds a month's bucket under the very name a delivery of that month wrote it. */
class InboxBucketDocumentTest {

    @Test
    void a_months_bucket_is_named_as_a_delivery_in_that_month_names_it() {
        for (YearMonth month = YearMonth.of(1999, 1); month.isBefore(YearMonth.of(2031, 1)); month = month.plusMonths(1)) {
            Instant first = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant last = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);

            assertThat(InboxBucketDocument.id("w1", month))
                    .isEqualTo(InboxBucketDocument.id("w1", first))
                    .isEqualTo(InboxBucketDocument.id("w1", last));
        }
        assertThat(InboxBucketDocument.id("w1", YearMonth.of(2026, 3))).isEqualTo("w1:202603");
    }

    @Test
    void a_year_outside_four_digits_is_named_the_same_way_too() {
        YearMonth far = YearMonth.of(10000, 2);
        Instant inIt = far.atDay(10).atStartOfDay(ZoneOffset.UTC).toInstant();

        assertThat(InboxBucketDocument.id("w1", far)).isEqualTo(InboxBucketDocument.id("w1", inIt));
    }
}
