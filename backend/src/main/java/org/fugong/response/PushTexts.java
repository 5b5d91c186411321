package org.fugong.response;

import org.fugong.base.Languages;
import org.fugong.base.LocalizedText;
import org.fugong.base.Messages;

/** The texts of the pushes about responses, in both languages. */
final class PushTexts {

    private PushTexts() {
    }

    /** A message that names the notice (or nothing when there is no title). */
    static LocalizedText titled(Messages messages, String key, LocalizedText title) {
        return LocalizedText.of(
                messages.get(key, Languages.CHINESE, title == null ? "" : title.zh()),
                messages.get(key, Languages.ENGLISH, title == null ? "" : title.in(Languages.ENGLISH)));
    }

    /** What a decision means for the worker, followed by the reviewer's note. */
    static LocalizedText decision(Messages messages, ResponseStatus decision, String note) {
        String key = "push.decision.body." + decision.name();
        String zh = messages.get(key, Languages.CHINESE);
        String en = messages.get(key, Languages.ENGLISH);
        return LocalizedText.of(note == null ? zh : zh + " " + note, note == null ? en : en + " " + note);
    }
}
