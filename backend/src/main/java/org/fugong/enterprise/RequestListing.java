package org.fugong.enterprise;

import org.fugong.base.Actor;
import org.fugong.base.ListQueries;
import org.fugong.base.ListRequest;
import org.fugong.enterprise.internal.EnterpriseRequestDocument;
import org.fugong.enterprise.internal.RequestCriteria;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Enterprise requests a slice at a time for the console: filtered as {@link RequestFilter} says,
 * searched in the enterprise's name and the request's text, sorted by a column.
 */
@Service
public class RequestListing {

    private final MongoTemplate mongo;

    RequestListing(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<EnterpriseRequest> find(RequestFilter filter, ListRequest<RequestSort> request, Actor actor) {
        return mongo.find(ListQueries.slice(criteria(filter, request.search(), actor), request, RequestSort::fields),
                EnterpriseRequestDocument.class).stream().map(EnterpriseRequestDocument::toRequest).toList();
    }

    public long count(RequestFilter filter, String search, Actor actor) {
        return mongo.count(new Query(criteria(filter, search, actor)), EnterpriseRequestDocument.class);
    }

    private static Criteria criteria(RequestFilter filter, String search, Actor actor) {
        return ListQueries.allOf(java.util.Arrays.asList(RequestCriteria.of(filter, actor),
                ListQueries.contains(search, "enterpriseName", "text")));
    }
}
