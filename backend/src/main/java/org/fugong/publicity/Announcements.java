package org.fugong.publicity;

import org.fugong.base.Actor;
import org.fugong.base.Languages;
import org.fugong.base.LocalizedText;
import org.fugong.base.Messages;
import org.fugong.base.NoticeType;
import org.fugong.base.Texts;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.NoticeService;
import org.fugong.notice.ResponseKind;
import org.fugong.publicity.internal.PublicityDocument;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The announcement of a publicity: an ANNOUNCEMENT to the policy's audience, in Chinese and English,
 * naming the enterprises and amounts (the first twenty), the period in working days and the public page
 * where objections are filed. Written by the official who lists the claims and sent for review at once,
 * so a second official approves it, as every notice.
 */
@Component
class Announcements {

    /** Lines the announcement itself lists; the public page lists them all. */
    static final int LINES_IN_TEXT = 20;
    private static final int MAX_TITLE = 80;

    private final NoticeService notices;
    private final Messages messages;
    private final PublicityProperties properties;
    private final Clock clock;

    Announcements(NoticeService notices, Messages messages, PublicityProperties properties, Clock clock) {
        this.notices = notices;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** Writes the announcement and sends it for review; returns its id. */
    String submit(PublicityDocument publicity, Notice policy, Actor author) {
        LocalizedText title = LocalizedText.of(text(publicity, Languages.CHINESE, "title"), text(publicity, Languages.ENGLISH, "title"));
        LocalizedText body = LocalizedText.of(body(publicity, Languages.CHINESE), body(publicity, Languages.ENGLISH));
        NoticeDraft draft = new NoticeDraft(NoticeType.ANNOUNCEMENT, title, body, policy.audience(), ResponseKind.NONE,
                null, clock.instant().plus(Duration.ofDays(30)), null, null, null, null, null);
        Notice created = notices.create(draft, author);
        notices.submit(created.id(), author);
        return created.id();
    }

    private String text(PublicityDocument publicity, Locale locale, String part) {
        return Texts.abbreviate(messages.get("publicity.announcement." + part, locale, publicity.policyTitle.in(locale)),
                MAX_TITLE);
    }

    private String body(PublicityDocument publicity, Locale locale) {
        BigDecimal total = publicity.lines.stream().map(PublicityDocument.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        long persons = publicity.lines.stream().mapToLong(l -> l.persons() == null ? 0 : l.persons()).sum();
        StringBuilder text = new StringBuilder(messages.get("publicity.announcement.body", locale,
                publicity.policyTitle.in(locale), publicity.lines.size(), persons, yuan(total),
                publicity.workingDays, properties.pageOf(publicity.id)));
        List<PublicityDocument.Line> shown = publicity.lines.subList(0, Math.min(LINES_IN_TEXT, publicity.lines.size()));
        for (PublicityDocument.Line line : shown) {
            text.append('\n').append(messages.get("publicity.announcement.line", locale, line.no(), line.enterpriseName(),
                    line.persons() == null ? 0L : line.persons(), yuan(line.amount())));
        }
        if (publicity.lines.size() > shown.size()) {
            text.append('\n').append(messages.get("publicity.announcement.more", locale, publicity.lines.size()));
        }
        return text.toString();
    }

    private static String yuan(BigDecimal amount) {
        return amount == null ? "0" : amount.stripTrailingZeros().toPlainString();
    }
}
