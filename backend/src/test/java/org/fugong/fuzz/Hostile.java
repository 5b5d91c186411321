package org.fugong.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values an attacker (or a broken client) sends: wrong types, huge and empty values, Unicode edge
 * cases (lone surrogates, direction overrides, NUL, emoji), operator-shaped objects, bad ids and
 * cursors; and plausible values, so that a request gets past the first check and hostile ones
 * elsewhere in it are reached.
 */
final class Hostile {

    private Hostile() {
    }

    static final List<String> STRINGS = List.of("", " ", "\u0000", "a\u0000b", "\uD800", "x\uDC00y", "\u202Egnp.exe",
            "\u2066iso\u2069", "👷‍♀️工人", "ｆｕｌｌｗｉｄｔｈ", "../../etc/passwd", "<script>alert(1)</script>",
            "' OR '1'='1", "$where", "$gt", "{\"$gt\": \"\"}", "null", "true", "-1", "1e309", "٣٤٥", "\r\n\r\n",
            "%00", "%2e%2e%2f", "ZZZZZZZZZZZZZZZZZZZZZZZZ", "000000000000000000000000", "65f0c0ffee0000000000beef",
            "!!!", "bm90LWEtY3Vyc29y", "MTIzOjQ1Ng", "2026-13-45T99:99:99Z", "9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z");

    /** A value of any shape, regardless of what the field wants. */
    static Arbitrary<Object> anyValue() {
        return Arbitraries.oneOf(
                Arbitraries.of(STRINGS).map(s -> (Object) s),
                Arbitraries.strings().all().ofMaxLength(40).map(s -> (Object) s),
                Arbitraries.of(10_000, 100_000).map(n -> (Object) "長".repeat(n)),
                Arbitraries.of(0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE).map(n -> (Object) n),
                Arbitraries.of(1.5, -0.0, 1e308, 3.4e38).map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just((Object) null),
                Arbitraries.of(Map.of("$gt", ""), Map.of("$ne", (Object) List.of()), Map.of("$where", "sleep(1000)"),
                        Map.of("$regex", ".*")).map(m -> (Object) m),
                Arbitraries.of(List.of(), List.of(1, "a", List.of()), List.of(Map.of("$gt", ""))).map(l -> (Object) l),
                Arbitraries.just((Object) deep(40)),
                Arbitraries.just((Object) java.util.Collections.nCopies(5_000, "x")));
    }

    /** A plausible value for a schema: what a good client would send. */
    static Object plausible(JsonNode schema, Map<String, List<String>> ids, String name) {
        if (schema == null || schema.isMissingNode()) {
            return "x";
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "string" -> "date-time".equals(schema.path("format").asText())
                    ? java.time.Instant.now().plusSeconds(86_400 * 3).toString()
                    : ids.containsKey(name) ? ids.get(name).get(0) : "合理的文字";
            case "integer", "number" -> 3;
            case "boolean" -> true;
            case "array" -> new ArrayList<>(List.of(plausible(schema.path("items"), ids, name)));
            default -> {
                Map<String, Object> object = new LinkedHashMap<>();
                schema.path("properties").fields().forEachRemaining(p -> object.put(p.getKey(), plausible(p.getValue(), ids, p.getKey())));
                yield object;
            }
        };
    }

    private static Object deep(int depth) {
        Object value = "bottom";
        for (int i = 0; i < depth; i++) {
            value = Map.of("a", value);
        }
        return value;
    }
}
