package org.fugong.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Normalisation of free text and code lists that arrive from forms, imports and the API. */
public final class Texts {

    private Texts() {
    }

    public static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Lower-cased, trimmed, de-duplicated codes in their first order (industries, skills). */
    public static List<String> codes(Collection<String> values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (String value : values) {
            String code = trimToNull(value);
            if (code != null) {
                result.add(code.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(result);
    }

    /** Trimmed, de-duplicated values in their first order (names, ids). */
    public static List<String> distinct(Collection<String> values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (String value : values) {
            String v = trimToNull(value);
            if (v != null) {
                result.add(v);
            }
        }
        return new ArrayList<>(result);
    }

    /** The first {@code max} characters (code points) of a text, with an ellipsis when cut. */
    public static String abbreviate(String text, int max) {
        if (text == null) {
            return null;
        }
        String flat = collapseWhitespace(text).strip();
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        int end = flat.offsetByCodePoints(0, max - 1);
        return flat.substring(0, end) + "…";
    }

    /**
     * Every run of ASCII whitespace (space, tab, line feed, vertical tab, form feed, carriage return:
     * what the regular expression {@code \\s} matches) as one space. A loop, not a regular expression:
     * the inbox abbreviates each entry's body on every page.
     */
    static String collapseWhitespace(String text) {
        if (!needsCollapsing(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiSpace(c)) {
                out.append(c);
                inRun = false;
            } else if (!inRun) {
                out.append(' ');
                inRun = true;
            }
        }
        return out.toString();
    }

    /** Whether the text has ASCII whitespace other than single spaces. */
    private static boolean needsCollapsing(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiSpace(c) && (c != ' ' || i + 1 < text.length() && isAsciiSpace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * True when the text holds characters no form should take: control characters other than line
     * breaks and tabs, text-direction overrides and isolates (U+202A–U+202E, U+2066–U+2069: they make
     * a name display as something else, "exe.txt" as "txt.exe"), and halves of surrogate pairs that
     * have lost their other half (not a character at all; they break storage and display).
     */
    public static boolean hasControlCharacters(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isForbidden(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isForbidden(char c) {
        return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
