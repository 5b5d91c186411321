package org.fugong.push;

import org.fugong.base.LocalizedText;
import org.fugong.base.Texts;

/**
 * How a notice's text becomes a push's title and body in one language: the title as written, the
 * body flattened to one line and cut to {@value #BODY_LENGTH} characters with an ellipsis. The
 * sender and the composer's preview both use it, so the preview shows what phones get.
 */
final class PushTexts {

    static final int BODY_LENGTH = 100;

    private PushTexts() {
    }

    static String title(LocalizedText title, String locale) {
        return title == null ? null : title.in(locale);
    }

    static String body(LocalizedText body, String locale) {
        return body == null ? null : Texts.abbreviate(body.in(locale), BODY_LENGTH);
    }
}
