package org.fugong.worker;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.fugong.base.Problems;
import org.fugong.base.Regions;
import org.fugong.base.Texts;
import org.fugong.reference.Taxonomy;

import java.util.List;

/**
 * Who a notice is for: every worker, or those matching a filter. AND between fields, OR within a
 * field, and an empty field does not constrain. A filter with every field empty is refused rather
 * than read as "everyone": sending to all workers must be chosen explicitly with {@code all}.
 * {@code schools} and {@code graduationYears} find students (an internship call to a technical
 * school's graduating class).
 */
public record Audience(boolean all,
                       List<String> hometownProvinces,
                       List<String> hometownCities,
                       List<String> districts,
                       List<String> industries,
                       List<String> skills,
                       List<EmploymentStatus> employmentStatuses,
                       List<String> enterpriseIds,
                       List<String> schools,
                       List<Integer> graduationYears) {

    public Audience {
        hometownProvinces = Texts.distinct(hometownProvinces);
        hometownCities = Texts.distinct(hometownCities);
        districts = Texts.distinct(districts);
        industries = Texts.codes(industries);
        skills = Texts.codes(skills);
        employmentStatuses = employmentStatuses == null ? List.of()
                : employmentStatuses.stream().filter(java.util.Objects::nonNull).distinct().toList();
        enterpriseIds = Texts.distinct(enterpriseIds);
        schools = schools == null ? List.of()
                : schools.stream().map(Schools::normalize).filter(java.util.Objects::nonNull).distinct().toList();
        graduationYears = graduationYears == null ? List.of()
                : graduationYears.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    /** An audience without school fields (as it was before students could be targeted). */
    public Audience(boolean all, List<String> hometownProvinces, List<String> hometownCities, List<String> districts,
                    List<String> industries, List<String> skills, List<EmploymentStatus> employmentStatuses,
                    List<String> enterpriseIds) {
        this(all, hometownProvinces, hometownCities, districts, industries, skills, employmentStatuses, enterpriseIds,
                null, null);
    }

    public static Audience everyone() {
        return new Audience(true, null, null, null, null, null, null, null);
    }

    public static Audience filter(List<String> provinces, List<String> cities, List<String> districts,
                                  List<String> industries, List<String> skills,
                                  List<EmploymentStatus> statuses, List<String> enterpriseIds) {
        return new Audience(false, provinces, cities, districts, industries, skills, statuses, enterpriseIds);
    }

    /** Students of these schools graduating in these years (either may be empty). */
    public static Audience students(List<String> schools, List<Integer> graduationYears) {
        return new Audience(false, null, null, null, null, null, List.of(EmploymentStatus.STUDENT), null, schools,
                graduationYears);
    }

    /** True when no field constrains (whether or not {@code all} was set). */
    @JsonIgnore
    public boolean isUnfiltered() {
        return hometownProvinces.isEmpty() && hometownCities.isEmpty() && districts.isEmpty()
                && industries.isEmpty() && skills.isEmpty() && employmentStatuses.isEmpty() && enterpriseIds.isEmpty()
                && schools.isEmpty() && graduationYears.isEmpty();
    }

    /** Whether a worker with this profile is in the audience. */
    public boolean matches(WorkerProfile worker) {
        if (all) {
            return true;
        }
        return (hometownProvinces.isEmpty() || worker.hometown() != null && hometownProvinces.contains(worker.hometown().province()))
                && (hometownCities.isEmpty() || worker.hometown() != null && hometownCities.contains(worker.hometown().city()))
                && (districts.isEmpty() || districts.contains(worker.district()))
                && (industries.isEmpty() || worker.industries().stream().anyMatch(Taxonomy.standard().withDivisions(industries)::contains))
                && (skills.isEmpty() || worker.skills().stream().anyMatch(skills::contains))
                && (employmentStatuses.isEmpty() || employmentStatuses.contains(worker.employmentStatus()))
                && (enterpriseIds.isEmpty() || enterpriseIds.contains(worker.enterpriseId()))
                && (schools.isEmpty() || schools.contains(worker.school()))
                && (graduationYears.isEmpty() || graduationYears.contains(worker.graduationYear()));
    }

    /** Reports what is wrong under {@code field} ("audience") with a new audience. */
    public void check(String field, Problems problems) {
        check(field, problems, null);
    }

    /**
     * Reports what is wrong under {@code field} ("audience"); industries and skills must be known
     * codes, or ones the {@code previous} audience of the same notice already named (they stay valid
     * for it when the reference lists drop them).
     */
    public void check(String field, Problems problems, Audience previous) {
        if (all && !isUnfiltered()) {
            problems.add(field + ".all", "error.audience-all-with-filter");
        }
        if (!all && isUnfiltered()) {
            problems.add(field, "error.audience-empty");
        }
        Regions regions = Regions.china();
        for (int i = 0; i < hometownProvinces.size(); i++) {
            problems.check(regions.isProvince(hometownProvinces.get(i)), field + ".hometownProvinces[" + i + "]", "error.province");
        }
        for (int i = 0; i < hometownCities.size(); i++) {
            problems.check(regions.isCity(hometownCities.get(i)), field + ".hometownCities[" + i + "]", "error.city-unknown");
        }
        for (int i = 0; i < districts.size(); i++) {
            problems.check(regions.isDistrict(districts.get(i)), field + ".districts[" + i + "]", "error.district");
        }
        Taxonomy.standard().checkIndustries(industries, field + ".industries", problems,
                previous == null ? List.of() : previous.industries());
        Taxonomy.standard().checkSkills(skills, field + ".skills", problems,
                previous == null ? List.of() : previous.skills());
        for (int i = 0; i < schools.size(); i++) {
            problems.check(schools.get(i).length() <= Schools.MAX_LENGTH, field + ".schools[" + i + "]",
                    "error.max-length", Schools.MAX_LENGTH);
        }
        for (int i = 0; i < graduationYears.size(); i++) {
            int year = graduationYears.get(i);
            problems.check(year >= Schools.FIRST_YEAR && year <= 2100, field + ".graduationYears[" + i + "]",
                    "error.range", Schools.FIRST_YEAR, 2100);
        }
        problems.check(total() <= 500, field, "error.audience-too-long", 500);
    }

    private int total() {
        return hometownProvinces.size() + hometownCities.size() + districts.size() + industries.size()
                + skills.size() + employmentStatuses.size() + enterpriseIds.size() + schools.size()
                + graduationYears.size();
    }
}
