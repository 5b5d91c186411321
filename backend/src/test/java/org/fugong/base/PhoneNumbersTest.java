package org.fugong.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Mainland mobile numbers: one canonical form whatever people type, and masked for display. */
class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"+8613800138000", "13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000",
            "8613800138000", "008613800138000", "(+86) 138-0013-8000", " 13800138000 "})
    void the_ways_people_type_a_number_all_give_the_canonical_form(String typed) {
        assertThat(PhoneNumbers.normalize(typed)).isEqualTo("+8613800138000");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345", "+8612800138000", "+8611800138000", "+85291234567", "+12025550123", "1380013800",
            "138001380001", "+86138001380a", "电话", "010-12345678"})
    void what_is_not_a_mainland_mobile_number_is_refused(String typed) {
        assertThat(PhoneNumbers.normalize(typed)).isNull();
    }

    @Test
    void every_mobile_prefix_from_13_to_19_is_accepted() {
        for (int second = 3; second <= 9; second++) {
            assertThat(PhoneNumbers.normalize("1" + second + "800138000")).isEqualTo("+861" + second + "800138000");
        }
    }

    @Test
    void only_the_canonical_form_is_valid() {
        assertThat(PhoneNumbers.isValid("+8613800138000")).isTrue();
        assertThat(PhoneNumbers.isValid("13800138000")).isFalse();
        assertThat(PhoneNumbers.isValid(null)).isFalse();
    }

    @Test
    void a_masked_number_shows_the_first_three_and_last_four_digits() {
        assertThat(PhoneNumbers.mask("+8613800138000")).isEqualTo("138****8000");
        assertThat(PhoneNumbers.mask("+8619912345678")).isEqualTo("199****5678");
    }

    @Test
    void something_that_is_no_number_is_masked_entirely() {
        assertThat(PhoneNumbers.mask("+86123")).isEqualTo("***");
    }
}
