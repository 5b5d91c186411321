package org.fugong.response;

import org.fugong.response.internal.ResponseDocument;
import org.fugong.base.Actor;
import org.fugong.base.ListQueries;
import org.fugong.base.ListRequest;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.NoticeFinder;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Approved subsidies a slice at a time, searched by the policy's title or the enterprise's name. A
 * search first finds the policies with approvals (a distinct read of the approved claims) and the
 * enterprises whose names match, then asks for their approvals.
 */
@Service
public class ApprovalListing {

    private final MongoTemplate mongo;
    private final SubsidyService subsidies;
    private final NoticeFinder notices;
    private final EnterpriseService enterprises;

    ApprovalListing(MongoTemplate mongo, SubsidyService subsidies, NoticeFinder notices, EnterpriseService enterprises) {
        this.mongo = mongo;
        this.subsidies = subsidies;
        this.notices = notices;
        this.enterprises = enterprises;
    }

    public List<SubsidyService.Approval> find(SubsidyService.ApprovalFilter filter, ListRequest<ApprovalSort> request,
                                              Actor actor) {
        Criteria criteria = criteria(filter, request.search(), actor);
        if (criteria == null) {
            return List.of();
        }
        return subsidies.toApprovals(mongo.find(ListQueries.slice(criteria, request, ApprovalSort::fields),
                ResponseDocument.class));
    }

    public long count(SubsidyService.ApprovalFilter filter, String search, Actor actor) {
        Criteria criteria = criteria(filter, search, actor);
        return criteria == null ? 0 : mongo.count(new Query(criteria), ResponseDocument.class);
    }

    /** The approvals wanted; null when the search matches no policy and no enterprise. */
    private Criteria criteria(SubsidyService.ApprovalFilter filter, String search, Actor actor) {
        Criteria approved = subsidies.approvedCriteria(filter, actor);
        if (search == null) {
            return approved;
        }
        String wanted = search.toLowerCase(Locale.ROOT);
        List<String> policyIds = mongo.findDistinct(new Query(approved), "noticeId", ResponseDocument.class, String.class);
        List<String> policies = notices.titles(policyIds).entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().toLowerCase(Locale.ROOT).contains(wanted))
                .map(Map.Entry::getKey).toList();
        List<String> companies = enterprises.allNames().entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().toLowerCase(Locale.ROOT).contains(wanted))
                .map(Map.Entry::getKey).toList();
        if (policies.isEmpty() && companies.isEmpty()) {
            return null;
        }
        List<Criteria> any = new ArrayList<>();
        any.add(where("noticeId").in(policies));
        any.add(where("enterpriseId").in(companies));
        return new Criteria().andOperator(approved, new Criteria().orOperator(any));
    }
}
