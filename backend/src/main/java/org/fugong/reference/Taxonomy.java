package org.fugong.reference;

import org.fugong.base.Problems;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The industries and skills Fugong knows, loaded once from {@code taxonomy/*.tsv}: what workers,
 * enterprises, requests and audiences name by code, and how people find and read those codes. New
 * input must use known codes; data that already holds a code the lists no longer have keeps it and
 * shows it as it is.
 */
public final class Taxonomy {

    private static final Taxonomy STANDARD = new Taxonomy(TaxonomyFiles.industries(), TaxonomyFiles.skills());

    private final Vocabulary<Industry> industries;
    private final Vocabulary<Skill> skills;
    private final Map<String, List<String>> divisionsOfSection;

    private Taxonomy(List<Industry> industries, List<Skill> skills) {
        this.industries = new Vocabulary<>(industries);
        this.skills = new Vocabulary<>(skills);
        Map<String, List<String>> divisions = new LinkedHashMap<>();
        industries.stream().filter(Industry::isDivision).forEach(i ->
                divisions.computeIfAbsent(i.section(), s -> new ArrayList<>()).add(i.code()));
        divisions.replaceAll((section, codes) -> List.copyOf(codes));
        this.divisionsOfSection = Map.copyOf(divisions);
    }

    /** The shipped reference data: GB/T 4754-2017 industries and 职业分类大典 (2022) occupations. */
    public static Taxonomy standard() {
        return STANDARD;
    }

    /** Every section followed by its divisions, in the standard's order. */
    public List<Industry> industries() {
        return industries.all();
    }

    public List<Skill> skills() {
        return skills.all();
    }

    public Optional<Industry> industry(String code) {
        return industries.find(code);
    }

    public Optional<Skill> skill(String code) {
        return skills.find(code);
    }

    /** Industries matching what someone typed (code, Chinese, English, pinyin or its initials), best first. */
    public List<Industry> searchIndustries(String query, int limit) {
        return industries.search(query, limit);
    }

    /** Skills matching what someone typed (code, Chinese, English, pinyin or its initials), best first. */
    public List<Skill> searchSkills(String query, int limit) {
        return skills.search(query, limit);
    }

    /** Whether an industry code is what someone typing {@code typed} looks for; an unknown code by its text. */
    public boolean industryMatches(String code, String typed) {
        return industries.find(code).map(i -> Vocabulary.matches(i, typed)).orElseGet(() -> textMatches(code, typed));
    }

    /** Whether a skill code is what someone typing {@code typed} looks for; an unknown code by its text. */
    public boolean skillMatches(String code, String typed) {
        return skills.find(code).map(s -> Vocabulary.matches(s, typed)).orElseGet(() -> textMatches(code, typed));
    }

    private static boolean textMatches(String code, String typed) {
        return typed == null || code.contains(typed.strip().toLowerCase(Locale.ROOT));
    }

    /** The industry's name in a language; an unknown code as it is. */
    public String industryName(String code, Locale locale) {
        return industries.find(code).map(i -> i.name().in(locale)).orElse(code);
    }

    /** The skill's name in a language; an unknown code as it is. */
    public String skillName(String code, Locale locale) {
        return skills.find(code).map(s -> s.name().in(locale)).orElse(code);
    }

    public List<String> industryNames(Collection<String> codes, Locale locale) {
        return codes.stream().map(code -> industryName(code, locale)).toList();
    }

    public List<String> skillNames(Collection<String> codes, Locale locale) {
        return codes.stream().map(code -> skillName(code, locale)).toList();
    }

    /**
     * The code of the industry an import cell names by code, Chinese name or English name (any case);
     * a cell naming none comes back trimmed, for the check to refuse by its text.
     */
    public String industryCode(String cell) {
        return industries.lookUp(cell).map(Industry::code).orElse(cell == null ? null : cell.strip());
    }

    /** Like {@link #industryCode}, for a skill. */
    public String skillCode(String cell) {
        return skills.lookUp(cell).map(Skill::code).orElse(cell == null ? null : cell.strip());
    }

    /**
     * The industries an audience naming these reaches: each one, and the divisions of each section
     * (an audience for 制造业 reaches the workers of 纺织业 too).
     */
    public Set<String> withDivisions(Collection<String> codes) {
        Set<String> result = new LinkedHashSet<>(codes);
        codes.forEach(code -> result.addAll(divisionsOfSection.getOrDefault(code, List.of())));
        return result;
    }

    /** Every code of the list must be a known industry or one of {@code kept} (what the record held before). */
    public void checkIndustries(List<String> codes, String field, Problems problems, Collection<String> kept) {
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            problems.check(industries.find(code).isPresent() || kept.contains(code), field + "[" + i + "]",
                    "error.industry-unknown", code);
        }
    }

    /** Every code of the list must be a known skill or one of {@code kept} (what the record held before). */
    public void checkSkills(List<String> codes, String field, Problems problems, Collection<String> kept) {
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            problems.check(skills.find(code).isPresent() || kept.contains(code), field + "[" + i + "]",
                    "error.skill-unknown", code);
        }
    }

    public void checkIndustry(String code, String field, Problems problems) {
        problems.check(code == null || industries.find(code).isPresent(), field, "error.industry-unknown", code);
    }

    public void checkSkill(String code, String field, Problems problems) {
        problems.check(code == null || skills.find(code).isPresent(), field, "error.skill-unknown", code);
    }
}
