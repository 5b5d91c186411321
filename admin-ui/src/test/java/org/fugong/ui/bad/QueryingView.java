package org.fugong.ui.bad;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A deliberately bad view (test sources only, no route): it builds a MongoDB query itself instead of
 * asking a service. {@code ArchitectureRulesTest} shows the console rules reject it.
 */
public class QueryingView extends VerticalLayout {

    Query openRequests() {
        return Query.query(Criteria.where("status").is("OPEN"));
    }

    Document rawFilter() {
        return new Document("status", "OPEN");
    }
}
