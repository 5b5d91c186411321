package org.fugong.alert;

import org.fugong.alert.internal.AlertBoxDocument;
import org.fugong.base.Actor;
import org.fugong.base.LocalizedText;
import org.fugong.base.Plumbing;
import org.fugong.push.StaffNotifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Console users' alerts: each goes into the user's box (the bell in the console's header) and, where
 * they registered a phone, out as a push through the durable outbox. Telling the same event again
 * changes nothing, so whoever announces an event may announce it twice.
 */
@Service
public class StaffAlerts {

    static final int KEPT = 50;

    private final MongoTemplate mongo;
    private final StaffNotifier phones;
    private final Clock clock;

    StaffAlerts(MongoTemplate mongo, StaffNotifier phones, Clock clock) {
        this.mongo = mongo;
        this.phones = phones;
        this.clock = clock;
    }

    /**
     * Tells console users about an event.
     *
     * @param key  the event: each user gets one alert for it
     * @param link the console page it is about
     * @param data what the staff app needs to open it (e.g. {@code requestId})
     */
    @Plumbing
    public void tell(List<String> userIds, String key, LocalizedText title, LocalizedText body, String link,
                     Map<String, String> data) {
        Instant now = clock.instant();
        AlertBoxDocument.Item item = new AlertBoxDocument.Item(key, title, body, link, now);
        for (String userId : userIds) {
            try {
                mongo.upsert(Query.query(where("_id").is(userId).and("items.key").ne(key)),
                        new Update().push("items").slice(-KEPT).each(item), AlertBoxDocument.class);
            } catch (DuplicateKeyException toldBefore) {
                // the box exists and holds this event already
            }
        }
        phones.tell(userIds, title, body, key, data);
    }

    /** The actor's box: the latest alerts, newest first. */
    public AlertBox box(Actor actor) {
        AlertBoxDocument box = mongo.findById(actor.id(), AlertBoxDocument.class);
        if (box == null || box.items == null) {
            return new AlertBox(0, List.of());
        }
        List<StaffAlert> alerts = box.items.stream()
                .map(i -> new StaffAlert(i.key(), i.title(), i.body(), i.link(), i.at(),
                        box.seenUpTo != null && !i.at().isAfter(box.seenUpTo)))
                .sorted(Comparator.comparing(StaffAlert::at).reversed()).toList();
        return new AlertBox((int) alerts.stream().filter(a -> !a.read()).count(), alerts);
    }

    /** The actor has seen every alert in their box. */
    public void markSeen(Actor actor) {
        mongo.updateFirst(Query.query(where("_id").is(actor.id())), new Update().max("seenUpTo", clock.instant()),
                AlertBoxDocument.class);
    }
}
