package org.fugong.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Password sign-in like a bank's (the console and the integration API's staff token): failed
 * attempts are counted per username and per client address in token buckets (bucket4j) — 5 per user
 * and 20 per address within 15 minutes. When a bucket runs dry the user (or address) is locked out,
 * first for a minute, and every further failure while the bucket is still empty doubles the lock, up
 * to an hour: guessing slows to a crawl while a person who mistyped waits a minute. A successful
 * sign-in clears its user's count (never the address's). While locked, the password is not even
 * checked. Kept in memory per node, like the API's rate limit; with N nodes behind sticky sessions an
 * attacker gets at most N times the attempts.
 */
@Component
public class SignInThrottle {

    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofHours(1);
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perUser;
    private final int perAddress;

    SignInThrottle(Clock clock, @Value("${fugong.auth.sign-in-failures-per-user:5}") int perUser,
                   @Value("${fugong.auth.sign-in-failures-per-address:20}") int perAddress) {
        this.clock = clock;
        this.perUser = perUser;
        this.perAddress = perAddress;
    }

    /** Until when this user or this address may not try, if either is locked out now. */
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant user = until(userKey(username), now);
        Instant from = until("address:" + address, now);
        Instant later = user == null ? from : from == null ? user : user.isAfter(from) ? user : from;
        return Optional.ofNullable(later);
    }

    /** A wrong password (or an unknown or disabled user): counts against both; may lock them out. */
    public void failed(String username, String address) {
        count(userKey(username), perUser);
        count("address:" + address, perAddress);
    }

    /** The right password: the user starts afresh. */
    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Instant until(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null || f.lockedUntil == null || !f.lockedUntil.isAfter(now) ? null : f.lockedUntil;
    }

    private void count(String key, int allowed) {
        failures.compute(key, (k, f) -> {
            Failures counted = f != null ? f : new Failures(bucket(allowed));
            if (!counted.bucket.tryConsume(1)) {
                // the bucket is dry: each failure now locks, each lock twice as long as the last
                Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(counted.locks, 6));
                counted.lockedUntil = clock.instant().plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
                counted.locks++;
            } else if (counted.bucket.getAvailableTokens() == 0) {
                counted.lockedUntil = clock.instant().plus(FIRST_LOCK);
                counted.locks = 1;
            }
            return counted;
        });
    }

    private Bucket bucket(int allowed) {
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        return Bucket.builder().withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder().capacity(allowed).refillGreedy(allowed, WINDOW).build()).build();
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    /** Counts of quiet users and addresses are full again and not locked: drop them so the map stays small. */
    @Scheduled(fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
    void forgetQuiet() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(e -> (e.getValue().lockedUntil == null || !e.getValue().lockedUntil.isAfter(now))
                && e.getValue().bucket.getAvailableTokens() >= (e.getKey().startsWith("user:") ? perUser : perAddress));
    }

    private static final class Failures {
        final Bucket bucket;
        Instant lockedUntil;
        int locks;

        Failures(Bucket bucket) {
            this.bucket = bucket;
        }
    }
}
