package org.fugong.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One reference list in file order, found by code, by name (for imports) and by what people type
 * (for pickers): Chinese, English, pinyin or its initials.
 */
final class Vocabulary<T extends Term> {

    private static final int NO_MATCH = -1;

    private final List<T> terms;
    private final Map<String, T> byCode = new LinkedHashMap<>();
    private final Map<String, T> byName = new HashMap<>();

    Vocabulary(List<T> terms) {
        this.terms = List.copyOf(terms);
        for (T term : terms) {
            if (byCode.putIfAbsent(term.code(), term) != null) {
                throw new IllegalStateException("the code " + term.code() + " appears twice");
            }
            // a division named like its section (教育) is found by name as the section, the wider choice
            byName.putIfAbsent(term.name().zh(), term);
            byName.putIfAbsent(term.name().en().toLowerCase(Locale.ROOT), term);
        }
    }

    List<T> all() {
        return terms;
    }

    Optional<T> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The term a cell of an import names by its code, Chinese name or English name (any case). */
    Optional<T> lookUp(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        T found = byCode.get(lower);
        if (found == null) {
            found = byName.get(trimmed);
        }
        if (found == null) {
            found = byName.get(lower);
        }
        return Optional.ofNullable(found);
    }

    /** The terms matching a query, best first (exact, then starting with it, then containing it), at most {@code limit}. */
    List<T> search(String query, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return terms.subList(0, Math.min(limit, terms.size()));
        }
        List<Ranked<T>> found = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            int rank = rank(terms.get(i), q);
            if (rank != NO_MATCH) {
                found.add(new Ranked<>(terms.get(i), rank, i));
            }
        }
        found.sort(Comparator.comparingInt((Ranked<T> r) -> r.rank).thenComparingInt(r -> r.order));
        return found.stream().limit(limit).map(r -> r.term).toList();
    }

    /** Whether the term matches what someone typed, as {@link #search} would find it. */
    static boolean matches(Term term, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return q.isEmpty() || rank(term, q) != NO_MATCH;
    }

    private record Ranked<T>(T term, int rank, int order) {
    }

    /** 0: the whole code, name, pinyin or initials; 1: one of them starts with the query; 2: contains it. */
    private static int rank(Term term, String q) {
        String compact = q.replaceAll("\\s+", "");
        String zh = term.name().zh();
        String en = term.name().en().toLowerCase(Locale.ROOT);
        if (term.code().equals(q) || zh.equals(compact) || en.equals(q) || term.initials().equals(compact)
                || term.pinyin().equals(compact)) {
            return 0;
        }
        if (zh.startsWith(compact) || en.startsWith(q) || term.initials().startsWith(compact)
                || term.pinyin().startsWith(compact) || term.code().startsWith(q)) {
            return 1;
        }
        if (zh.contains(compact) || en.contains(q) || term.initials().contains(compact)
                || term.pinyin().contains(compact) || term.code().contains(q)) {
            return 2;
        }
        return NO_MATCH;
    }
}
