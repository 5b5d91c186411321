package org.fugong.notice;

import org.fugong.base.Actor;
import org.springframework.data.mongodb.core.query.Criteria;

import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Which notices a list may show: a filter's statuses, types and author, and for HR users only the
 * published notices that target or concern their enterprise (the same rule as
 * {@link NoticeService#isVisibleToEnterprise}).
 */
final class NoticeCriteria {

    private NoticeCriteria() {
    }

    static Criteria of(NoticeFilter filter, Actor actor) {
        List<Criteria> and = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            and.add(where("status").in(filter.statuses()));
        }
        if (!filter.types().isEmpty()) {
            and.add(where("type").in(filter.types()));
        }
        if (filter.authorId() != null) {
            and.add(where("authorId").is(filter.authorId()));
        }
        if (!actor.isStaff()) {
            String enterpriseId = actor.enterpriseId() == null ? "-" : actor.enterpriseId();
            and.add(where("status").is(NoticeStatus.PUBLISHED));
            and.add(new Criteria().orOperator(
                    where("audience.all").is(true),
                    where("audience.enterpriseIds").is(enterpriseId),
                    where("jobPosting.enterpriseId").is(enterpriseId),
                    where("jobFair.enterpriseIds").is(enterpriseId),
                    where("returnBus.receivingEnterpriseId").is(enterpriseId)));
        }
        return and.isEmpty() ? new Criteria() : new Criteria().andOperator(and);
    }
}
