package org.fugong.base;

import java.util.List;
import java.util.Locale;

/** The two languages Fugong speaks: simplified Chinese (the default) and English. */
public final class Languages {

    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private Languages() {
    }

    /** The supported locale closest to a tag or header value; Chinese when unknown or absent. */
    public static Locale parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return CHINESE;
        }
        String lower = tag.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("en") ? ENGLISH : CHINESE;
    }

    /** True for the two tags the API accepts in a profile or device. */
    public static boolean isSupportedTag(String tag) {
        return "zh-CN".equals(tag) || "en".equals(tag);
    }

    public static String tag(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
    }
}
