package org.fugong.enterprise;

import org.bson.types.ObjectId;
import org.fugong.base.Actor;
import org.fugong.base.ListQueries;
import org.fugong.base.ListRequest;
import org.fugong.enterprise.internal.EnterpriseDocument;
import org.fugong.security.UserListing;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The enterprise registry a slice at a time: searched by name, credit code, industry or district,
 * sorted, with each task force by display name. HR users see only their own enterprise.
 */
@Service
public class EnterpriseListing {

    private final MongoTemplate mongo;
    private final UserListing users;

    EnterpriseListing(MongoTemplate mongo, UserListing users) {
        this.mongo = mongo;
        this.users = users;
    }

    public List<EnterpriseRow> find(ListRequest<EnterpriseSort> request, Actor actor) {
        List<Enterprise> rows = mongo.find(ListQueries.slice(criteria(request.search(), actor), request,
                EnterpriseSort::fields), EnterpriseDocument.class).stream().map(EnterpriseDocument::toEnterprise).toList();
        Map<String, String> names = users.displayNames(rows.stream()
                .flatMap(e -> Stream.of(e.taskForceLeader(), e.specialist())).toList());
        return rows.stream().map(e -> new EnterpriseRow(e, name(names, e.taskForceLeader()), name(names, e.specialist())))
                .toList();
    }

    public long count(String search, Actor actor) {
        return mongo.count(new Query(criteria(search, actor)), EnterpriseDocument.class);
    }

    /** One enterprise's task force by display name: leader and specialist. */
    public EnterpriseRow row(Enterprise enterprise) {
        Map<String, String> names = users.displayNames(Stream.of(enterprise.taskForceLeader(), enterprise.specialist())
                .filter(java.util.Objects::nonNull).toList());
        return new EnterpriseRow(enterprise, name(names, enterprise.taskForceLeader()), name(names, enterprise.specialist()));
    }

    private static String name(Map<String, String> names, String username) {
        return username == null ? null : names.getOrDefault(username, username);
    }

    private static Criteria criteria(String search, Actor actor) {
        actor.require(org.fugong.base.Role.ADMIN, org.fugong.base.Role.OFFICIAL, org.fugong.base.Role.REVIEWER,
                org.fugong.base.Role.HR);
        List<Criteria> and = new ArrayList<>();
        if (actor.isEnterpriseOnly()) {
            and.add(where("_id").is(actor.enterpriseId() != null && ObjectId.isValid(actor.enterpriseId())
                    ? new ObjectId(actor.enterpriseId()) : new ObjectId()));
        }
        and.add(ListQueries.contains(search, "name", "creditCode", "industry", "district"));
        return ListQueries.allOf(and);
    }
}
