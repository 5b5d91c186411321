package org.fugong.worker;

import org.fugong.worker.internal.SchoolDocument;
import org.fugong.base.BureauTime;
import org.fugong.base.Problems;
import org.fugong.base.Texts;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The schools students name in their profiles (技工院校 and others): a name as the school writes it,
 * spaces tidied, and the names recorded so far, which the app and the console offer as the student or
 * the official types, so the same school is written the same way and an internship call finds all
 * its students. A small collection ({@code schools}, by name): a city has hundreds of schools.
 */
@Service
public class Schools {

    static final int MAX_LENGTH = 60;
    /** Graduation years a profile may hold: from 1990 to six years ahead (a first-year student). */
    static final int FIRST_YEAR = 1990;
    static final int YEARS_AHEAD = 6;

    private final MongoTemplate mongo;

    Schools(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A school's name tidied (full-width and repeated spaces made one), or null when empty. */
    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        return Texts.trimToNull(name.replace('\u3000', ' ').replaceAll("\\s+", " "));
    }

    /** Checks a school's name under {@code field}; returns it tidied. */
    static String check(String input, String field, Problems problems) {
        String name = normalize(input);
        problems.check(name == null || name.length() <= MAX_LENGTH, field, "error.max-length", MAX_LENGTH);
        problems.check(name == null || !Texts.hasControlCharacters(name), field, "error.control-characters");
        return name;
    }

    /** Checks a graduation year under {@code field}. */
    static void checkYear(Integer year, String field, Clock clock, Problems problems) {
        int last = java.time.LocalDate.ofInstant(clock.instant(), BureauTime.ZONE).getYear() + YEARS_AHEAD;
        problems.check(year == null || year >= FIRST_YEAR && year <= last, field, "error.range", FIRST_YEAR, last);
    }

    /** Remembers a school named in a profile (idempotent). */
    void record(String name) {
        if (name != null) {
            mongo.upsert(Query.query(where("_id").is(name)), new Update().setOnInsert("_id", name), SchoolDocument.class);
        }
    }

    /** The schools recorded so far whose name contains {@code q} (all when empty), alphabetically. */
    public List<String> search(String q, int limit) {
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        return mongo.findAll(SchoolDocument.class).stream().map(s -> s.name)
                .filter(n -> needle.isEmpty() || n.toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparing((String n) -> !n.toLowerCase(Locale.ROOT).startsWith(needle))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(Math.max(1, Math.min(100, limit))).toList();
    }
}
