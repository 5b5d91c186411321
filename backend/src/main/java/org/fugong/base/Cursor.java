package org.fugong.base;

import org.bson.types.ObjectId;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The position after the last item of a page: the sort key values of that item, base64url-encoded
 * so clients treat it as opaque. Lists sort by a key and the id, so a cursor is stable under inserts.
 */
public record Cursor(List<String> parts) {

    private static final String VERSION = "1";
    private static final char SEPARATOR = '\u001f';

    public static Cursor of(String... parts) {
        return new Cursor(List.of(parts));
    }

    /**
     * One sort key value. A cursor comes back from the client, so one with fewer parts than the list
     * writes (another list's cursor, or a forged one) is bad input, not a server error.
     */
    public String part(int index) {
        if (index >= parts.size()) {
            throw InvalidInputException.of("cursor", "error.cursor");
        }
        return parts.get(index);
    }

    public long longPart(int index) {
        try {
            return Long.parseLong(part(index));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("cursor", "error.cursor");
        }
    }

    /** A part that is a document id, the tie-breaker of most lists. */
    public ObjectId idPart(int index) {
        String id = part(index);
        if (!ObjectId.isValid(id)) {
            throw InvalidInputException.of("cursor", "error.cursor");
        }
        return new ObjectId(id);
    }

    public String encode() {
        String joined = VERSION + SEPARATOR + String.join(String.valueOf(SEPARATOR), parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String encoded) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            List<String> all = Arrays.asList(decoded.split(String.valueOf(SEPARATOR), -1));
            if (all.size() < 2 || !VERSION.equals(all.get(0))) {
                throw InvalidInputException.of("cursor", "error.cursor");
            }
            return new Cursor(List.copyOf(all.subList(1, all.size())));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("cursor", "error.cursor");
        }
    }
}
