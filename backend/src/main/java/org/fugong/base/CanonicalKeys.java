package org.fugong.base;

import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One string per field name in the embedded memory backend's documents. The wire decoder gives every
 * field of every document its own new string, and the memory backend keeps them as long as the
 * document: a worker's dozen field names, every push outcome's six, each stored again per document.
 * Rewriting a document's keys to shared strings before it is stored keeps one copy per name, so a city's
 * database holds less and the young collector copies less of what a fan-out stores (decision 55).
 * Only short names are shared (field paths with ids in them come and go); the table is emptied when
 * it grows past {@link #MAX_NAMES}, which costs nothing but the sharing of names seen before.
 */
final class CanonicalKeys {

    private static final int MAX_NAME_LENGTH = 32;
    private static final int MAX_NAMES = 16_384;
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

    private CanonicalKeys() {
    }

    /**
     * Rewrites the document's keys, and those of every document below it, to shared strings, in place
     * and in order.
     */
    static void share(Document document) {
        boolean shared = true;
        for (Map.Entry<String, Object> entry : document.entrySet()) {
            shared &= name(entry.getKey()) == entry.getKey();
            below(entry.getValue()); // changes the documents below in place, never this one's entries
        }
        if (!shared) {
            List<Map.Entry<String, Object>> entries = new ArrayList<>(document.entrySet());
            document.clear();
            entries.forEach(entry -> document.put(name(entry.getKey()), entry.getValue()));
        }
    }

    private static void below(Object value) {
        if (value instanceof Document nested) {
            share(nested);
        } else if (value instanceof List<?> list) {
            for (Object element : list) {
                below(element);
            }
        }
    }

    /** The shared string equal to the name (the name itself when it is long or the first of its kind). */
    static String name(String name) {
        if (name.length() > MAX_NAME_LENGTH) {
            return name;
        }
        String shared = NAMES.get(name);
        if (shared != null) {
            return shared;
        }
        if (NAMES.size() >= MAX_NAMES) {
            NAMES.clear();
        }
        shared = NAMES.putIfAbsent(name, name);
        return shared != null ? shared : name;
    }
}
