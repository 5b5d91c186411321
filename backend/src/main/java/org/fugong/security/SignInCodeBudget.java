package org.fugong.security;

import org.bson.Document;
import org.fugong.base.BureauTime;
import org.fugong.base.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A ceiling on sign-in codes sent per day across all client addresses
 * ({@code fugong.auth.daily-otp-budget}, 20,000), so an attack spread over many addresses cannot run
 * up the bureau's SMS bill or get its sender blocked. Counted in one document per day (Asia/Shanghai),
 * by atomic increments, so all nodes share it. At 80 % the log warns once, when used up it says so as
 * an error; past it, codes wait for the next day (429). The console's overview shows the day's figure.
 */
@Service
public class SignInCodeBudget {

    private static final Logger log = LoggerFactory.getLogger(SignInCodeBudget.class);
    private static final String COLLECTION = "signInCodeBudget";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final long budget;

    SignInCodeBudget(MongoTemplate mongo, Clock clock, @Value("${fugong.auth.daily-otp-budget:20000}") long budget) {
        this.mongo = mongo;
        this.clock = clock;
        this.budget = budget;
    }

    /** Today's codes: how many were sent and how many may be. */
    public record Usage(LocalDate day, long sent, long budget) {
        public boolean nearlyUsedUp() {
            return sent * 5 >= budget * 4;
        }
    }

    public Usage today() {
        LocalDate day = LocalDate.ofInstant(clock.instant(), BureauTime.ZONE);
        Document doc = mongo.getCollection(COLLECTION).find(new Document("_id", day.toString())).first();
        return new Usage(day, doc == null ? 0 : ((Number) doc.get("sent")).longValue(), budget);
    }

    /** Counts one code against today's budget, or refuses it (429 until the day ends). */
    void take() {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, BureauTime.ZONE);
        Document counted = mongo.getCollection(COLLECTION).findOneAndUpdate(new Document("_id", day.toString()),
                new Document("$inc", new Document("sent", 1L)),
                new com.mongodb.client.model.FindOneAndUpdateOptions().upsert(true)
                        .returnDocument(com.mongodb.client.model.ReturnDocument.AFTER));
        long sent = ((Number) counted.get("sent")).longValue();
        if (sent > budget) {
            mongo.getCollection(COLLECTION).updateOne(new Document("_id", day.toString()),
                    new Document("$inc", new Document("sent", -1L)));
            throw new TooManyRequestsException("error.otp-budget", Duration.between(now,
                    day.plusDays(1).atStartOfDay(BureauTime.ZONE).toInstant()));
        }
        if (sent == budget) {
            log.error("ALERT: today's budget of {} sign-in codes is used up; no more codes are sent until midnight"
                    + " (raise fugong.auth.daily-otp-budget if this is real demand)", budget);
        } else if (sent == (budget * 4 + 4) / 5) {
            log.warn("ALERT: 80 % of today's budget of {} sign-in codes is used ({} sent)", budget, sent);
        }
    }
}
