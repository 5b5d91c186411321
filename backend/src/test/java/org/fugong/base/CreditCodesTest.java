package org.fugong.base;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Unified social credit codes (GB 32100-2015): 18 characters, the last a check character. */
class CreditCodesTest {

    /** Codes published by the organisations themselves (business licences, annual reports). */
    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "91350100M000100Y43, the example of GB 32100-2015 itself",
            "914403001922038216, 华为技术有限公司",
            "91440300708461136T, 深圳市腾讯计算机系统有限公司",
            "91330100716105852F, 阿里巴巴（中国）有限公司",
            "91110000802100433B, 中国石油化工股份有限公司",
            "91110108551385082Q, 小米科技有限责任公司"})
    void real_published_codes_are_valid(String code, String holder) {
        assertThat(CreditCodes.isValid(code)).isTrue();
        assertThat(CreditCodes.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "914403001922038217", "91440300708461136X", "91330100716105852G"})
    void a_wrong_check_character_is_invalid(String code) {
        assertThat(CreditCodes.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433", "91350100I000100Y43", "91350100O000100Y43",
            "91350100Z000100Y43", "91350100S000100Y43", "91350100V000100Y43", "91350100m000100y43"})
    void wrong_length_or_characters_outside_the_alphabet_are_invalid(String code) {
        assertThat(CreditCodes.isValid(code)).isFalse();
    }

    @Test
    void typed_codes_are_normalised_before_checking() {
        String typed = "  91350100m000100y43 ";

        assertThat(CreditCodes.normalize(typed)).isEqualTo("91350100M000100Y43");
        assertThat(CreditCodes.isValid(CreditCodes.normalize(typed))).isTrue();
        assertThat(CreditCodes.normalize(null)).isNull();
    }

    @Test
    void every_digit_typo_in_a_real_code_is_caught() {
        String code = "914403001922038216";
        for (int i = 0; i < 17; i++) {
            char original = code.charAt(i);
            char typo = original == '9' ? '8' : (char) (Character.isDigit(original) ? original + 1 : '0');
            String wrong = code.substring(0, i) + typo + code.substring(i + 1);
            assertThat(CreditCodes.isValid(wrong)).as(wrong).isFalse();
        }
    }

    @Test
    void the_check_character_needs_characters_of_the_alphabet() {
        assertThatThrownBy(() -> CreditCodes.checkCharacter("9144030019220382I")).isInstanceOf(IllegalArgumentException.class);
    }
}
