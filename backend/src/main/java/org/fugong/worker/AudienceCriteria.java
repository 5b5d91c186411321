package org.fugong.worker;

import org.fugong.reference.Taxonomy;
import org.springframework.data.mongodb.core.query.Criteria;

import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * An audience as a query of {@code workers}: AND between fields, OR within a field, an empty field
 * does not constrain; a section of industries reaches the workers of its divisions. The same rule as
 * {@link Audience#matches}, for the database.
 */
final class AudienceCriteria {

    private AudienceCriteria() {
    }

    static Criteria of(Audience audience) {
        if (audience.all()) {
            return new Criteria();
        }
        List<Criteria> and = new ArrayList<>();
        if (!audience.hometownProvinces().isEmpty()) {
            and.add(where("hometown.province").in(audience.hometownProvinces()));
        }
        if (!audience.hometownCities().isEmpty()) {
            and.add(where("hometown.city").in(audience.hometownCities()));
        }
        if (!audience.districts().isEmpty()) {
            and.add(where("district").in(audience.districts()));
        }
        if (!audience.industries().isEmpty()) {
            and.add(where("industries").in(Taxonomy.standard().withDivisions(audience.industries())));
        }
        if (!audience.skills().isEmpty()) {
            and.add(where("skills").in(audience.skills()));
        }
        if (!audience.employmentStatuses().isEmpty()) {
            and.add(where("employmentStatus").in(audience.employmentStatuses().stream().map(Enum::name).toList()));
        }
        if (!audience.enterpriseIds().isEmpty()) {
            and.add(where("enterpriseId").in(audience.enterpriseIds()));
        }
        if (!audience.schools().isEmpty()) {
            and.add(where("school").in(audience.schools()));
        }
        if (!audience.graduationYears().isEmpty()) {
            and.add(where("graduationYear").in(audience.graduationYears()));
        }
        return and.isEmpty() ? new Criteria() : new Criteria().andOperator(and);
    }
}
