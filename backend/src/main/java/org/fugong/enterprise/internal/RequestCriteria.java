package org.fugong.enterprise.internal;

import org.fugong.base.Actor;
import org.fugong.base.Role;
import org.fugong.enterprise.RequestFilter;
import org.springframework.data.mongodb.core.query.Criteria;

import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Which requests a list may show: a filter's statuses, category and enterprise; HR users only their
 * own enterprise's, never a worker's confidential call for help.
 */
public final class RequestCriteria {

    private RequestCriteria() {
    }

    public static Criteria of(RequestFilter filter, Actor actor) {
        actor.require(Role.ADMIN, Role.OFFICIAL, Role.REVIEWER, Role.HR);
        List<Criteria> and = new ArrayList<>();
        if (actor.isEnterpriseOnly()) {
            and.add(where("enterpriseId").is(actor.enterpriseId() == null ? "" : actor.enterpriseId()));
            // a worker's call for help is the task force's, never shown to the enterprise
            and.add(where("confidential").ne(true));
        }
        if (!filter.statuses().isEmpty()) {
            and.add(where("status").in(filter.statuses()));
        }
        if (filter.category() != null) {
            and.add(where("category").is(filter.category()));
        }
        if (filter.enterpriseId() != null) {
            and.add(where("enterpriseId").is(filter.enterpriseId()));
        }
        return and.isEmpty() ? new Criteria() : new Criteria().andOperator(and);
    }
}
