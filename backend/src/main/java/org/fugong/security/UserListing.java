package org.fugong.security;

import org.fugong.base.Actor;
import org.fugong.base.ListQueries;
import org.fugong.base.ListRequest;
import org.fugong.base.Role;
import org.fugong.security.internal.StaffUserDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Console users as lists and names: the ADMIN's Users page a slice at a time (searched by username
 * or display name), the officials one may assign to an enterprise, and display names for pages that
 * would otherwise show usernames (task forces, threads, reports).
 */
@Service
public class UserListing {

    private static final int MAX_OFFICIALS = 500;

    private final MongoTemplate mongo;

    UserListing(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<StaffUser> find(ListRequest<UserSort> request, Actor admin) {
        admin.require(Role.ADMIN);
        return mongo.find(ListQueries.slice(criteria(request.search()), request, UserSort::fields), StaffUserDocument.class)
                .stream().map(StaffUserDocument::toUser).toList();
    }

    public long count(String search, Actor admin) {
        admin.require(Role.ADMIN);
        return mongo.count(new Query(criteria(search)), StaffUserDocument.class);
    }

    /** Enabled officials and reviewers by display name: who may lead a task force or be its specialist. */
    public List<StaffUser> officials() {
        Query query = Query.query(where("enabled").is(true).and("roles").in(Role.OFFICIAL.name(), Role.REVIEWER.name()))
                .limit(MAX_OFFICIALS);
        return mongo.find(query, StaffUserDocument.class).stream().map(StaffUserDocument::toUser)
                .sorted(java.util.Comparator.comparing(StaffUser::displayName)).toList();
    }

    /** Display names by username (a username without a user stays as it is). */
    public Map<String, String> displayNames(Collection<String> usernames) {
        List<String> wanted = usernames.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> names = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        Query query = Query.query(where("username").in(wanted));
        query.fields().include("username").include("displayName");
        mongo.find(query, StaffUserDocument.class).forEach(u -> names.put(u.username, u.displayName));
        wanted.forEach(u -> names.putIfAbsent(u, u));
        return names;
    }

    /** Display names by user id. */
    public Map<String, String> displayNamesById(Collection<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> names = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        Query query = Query.query(where("_id").in(wanted));
        query.fields().include("displayName");
        mongo.find(query, StaffUserDocument.class).forEach(u -> names.put(u.id, u.displayName));
        return names;
    }

    private static Criteria criteria(String search) {
        return ListQueries.allOf(java.util.Arrays.asList(ListQueries.contains(search, "username", "displayName")));
    }
}
