package org.fugong.base;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Locale;

/**
 * A text in Chinese (required) and English (optional). Missing English falls back to Chinese.
 * Always plain text: nothing in Fugong renders it as HTML.
 */
public record LocalizedText(@JsonProperty("zh-CN") String zh, @JsonProperty("en") String en) {

    public LocalizedText {
        zh = Texts.trimToNull(zh);
        en = Texts.trimToNull(en);
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    public static LocalizedText zh(String zh) {
        return new LocalizedText(zh, null);
    }

    /** The text for a locale: English when asked for and present, else Chinese. */
    public String in(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && en != null) {
            return en;
        }
        return zh != null ? zh : en;
    }

    /** The text for a language tag such as {@code zh-CN} or {@code en}. */
    public String in(String languageTag) {
        return in(Languages.parse(languageTag));
    }

    @JsonIgnore
    public boolean isEmpty() {
        return zh == null && en == null;
    }
}
