package org.fugong.reference;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The industries and skills Fugong ships, and how people find them by what they type. */
class TaxonomyTest {

    private final Taxonomy taxonomy = Taxonomy.standard();

    @Test
    void industries_are_the_20_sections_and_97_divisions_of_gb_t_4754_2017() {
        List<Industry> sections = taxonomy.industries().stream().filter(i -> !i.isDivision()).toList();
        List<Industry> divisions = taxonomy.industries().stream().filter(Industry::isDivision).toList();

        assertThat(sections).extracting(Industry::standardCode)
                .containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T");
        assertThat(divisions).extracting(Industry::standardCode)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 97).mapToObj(n -> String.format("%02d", n)).toList());
        assertThat(divisions).allSatisfy(d -> assertThat(taxonomy.industry(d.section())).get().matches(i -> !i.isDivision()));
        assertThat(taxonomy.industry("manufacturing").orElseThrow().name().zh()).isEqualTo("制造业");
        assertThat(taxonomy.industry("textile").orElseThrow().section()).isEqualTo("manufacturing");
        assertThat(taxonomy.industry("textile").orElseThrow().name().zh()).isEqualTo("纺织业");
        assertThat(taxonomy.industry("warehousing").orElseThrow().name().zh()).isEqualTo("装卸搬运和仓储业");
    }

    @Test
    void skills_are_hundreds_of_trades_among_them_those_employers_here_ask_for() {
        assertThat(taxonomy.skills()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(taxonomy.skills()).extracting(s -> s.name().zh())
                .contains("普工", "电工", "焊工", "缝纫工", "叉车司机", "包装工", "质检员", "中式烹调师", "装卸搬运工")
                .doesNotHaveDuplicates();
        assertThat(taxonomy.skill("electrician").orElseThrow().group().name().zh()).isEqualTo("生产辅助人员");
    }

    @Test
    void the_codes_data_already_holds_are_entries() {
        assertThat(Stream.of("manufacturing", "construction", "logistics", "food", "medical", "textile", "garment"))
                .allSatisfy(code -> assertThat(taxonomy.industry(code)).as(code).isPresent());
        assertThat(Stream.of("welding", "forklift", "sewing", "electrician", "packing", "cooking", "driving",
                "quality-control", "lathe", "ironing", "nursing"))
                .allSatisfy(code -> assertThat(taxonomy.skill(code)).as(code).isPresent());
    }

    @Test
    void codes_are_lower_case_codes_as_the_api_takes_them() {
        Stream.concat(taxonomy.industries().stream(), taxonomy.skills().stream()).forEach(term -> {
            assertThat(term.code()).matches("[a-z0-9][a-z0-9_-]{0,39}");
            assertThat(term.name().zh()).as(term.code()).isNotBlank();
            assertThat(term.name().en()).as(term.code()).isNotBlank();
        });
    }

    @Test
    void the_pinyin_of_every_name_is_a_reading_of_its_characters() throws BadHanyuPinyinOutputFormatCombination {
        List<String> wrong = new ArrayList<>();
        for (Term term : Stream.concat(taxonomy.industries().stream(), taxonomy.skills().stream()).toList()) {
            List<Set<String>> readings = readings(term.name().zh());
            if (!spells(term.pinyin(), readings, 0, 0)) {
                wrong.add(term.code() + " pinyin " + term.pinyin());
            }
            StringBuilder initials = new StringBuilder();
            int at = 0;
            for (Set<String> reading : readings) {
                char initial = at < term.initials().length() ? term.initials().charAt(at++) : '?';
                if (reading.stream().noneMatch(r -> r.charAt(0) == initial)) {
                    initials.append('!');
                }
            }
            if (!initials.isEmpty() || term.initials().length() != readings.size()) {
                wrong.add(term.code() + " initials " + term.initials());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void people_find_a_trade_by_chinese_pinyin_initials_or_english() {
        assertThat(taxonomy.searchSkills("电工", 5)).first().extracting(Skill::code).isEqualTo("electrician");
        assertThat(taxonomy.searchSkills("dg", 5)).first().extracting(Skill::code).isEqualTo("electrician");
        assertThat(taxonomy.searchSkills("Electrician", 5)).first().extracting(Skill::code).isEqualTo("electrician");
        assertThat(taxonomy.searchSkills("hg", 5)).extracting(Skill::code).contains("welding");
        assertThat(taxonomy.searchSkills("电工", 20)).extracting(s -> s.name().zh()).contains("维修电工", "船舶电工");
        assertThat(taxonomy.searchSkills("zzz-nothing", 5)).isEmpty();
    }

    @Test
    void people_find_an_industry_by_chinese_pinyin_initials_or_english() {
        assertThat(taxonomy.searchIndustries("zzy", 5)).first().extracting(Industry::code).isEqualTo("manufacturing");
        assertThat(taxonomy.searchIndustries("制造业", 5)).first().extracting(Industry::code).isEqualTo("manufacturing");
        assertThat(taxonomy.searchIndustries("textiles", 5)).extracting(Industry::code).contains("textile");
        assertThat(taxonomy.searchIndustries("zhizao", 5)).first().extracting(Industry::code).isEqualTo("manufacturing");
    }

    @Test
    void an_import_cell_names_an_entry_by_code_chinese_or_english_name() {
        assertThat(taxonomy.industryCode("纺织业")).isEqualTo("textile");
        assertThat(taxonomy.industryCode(" MANUFACTURE OF TEXTILES ")).isEqualTo("textile");
        assertThat(taxonomy.industryCode("Textile")).isEqualTo("textile");
        assertThat(taxonomy.industryCode("教育")).as("the section, not its division of the same name").isEqualTo("education");
        assertThat(taxonomy.skillCode("叉车司机")).isEqualTo("forklift");
        assertThat(taxonomy.industryCode("五金")).as("names nothing: left for the check").isEqualTo("五金");
    }

    @Test
    void a_section_reaches_its_divisions() {
        assertThat(taxonomy.withDivisions(List.of("manufacturing"))).contains("manufacturing", "textile", "food", "medical")
                .doesNotContain("logistics", "construction");
        assertThat(taxonomy.withDivisions(List.of("textile"))).containsExactly("textile");
    }

    @Test
    void names_are_in_the_readers_language_and_an_unknown_code_shows_as_it_is() {
        assertThat(taxonomy.skillName("electrician", Locale.forLanguageTag("zh-CN"))).isEqualTo("电工");
        assertThat(taxonomy.skillName("electrician", Locale.ENGLISH)).isEqualTo("Electrician");
        assertThat(taxonomy.industryName("hardware", Locale.forLanguageTag("zh-CN"))).isEqualTo("hardware");
    }

    /** Each Han character's readings without tones (ü as v); other characters are skipped. */
    private static List<Set<String>> readings(String name) throws BadHanyuPinyinOutputFormatCombination {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        List<Set<String>> result = new ArrayList<>();
        for (char c : name.toCharArray()) {
            String[] all = PinyinHelper.toHanyuPinyinStringArray(c, format);
            if (all != null && all.length > 0) {
                result.add(new HashSet<>(List.of(all)));
            }
        }
        return result;
    }

    /** Whether {@code pinyin} from {@code at} is one reading of each character from {@code index} on. */
    private static boolean spells(String pinyin, List<Set<String>> readings, int index, int at) {
        if (index == readings.size()) {
            return at == pinyin.length();
        }
        for (String reading : readings.get(index)) {
            if (pinyin.startsWith(reading, at) && spells(pinyin, readings, index + 1, at + reading.length())) {
                return true;
            }
        }
        return false;
    }
}
