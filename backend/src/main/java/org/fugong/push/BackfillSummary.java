package org.fugong.push;

import org.fugong.base.Languages;
import org.fugong.base.LocalizedText;
import org.fugong.base.Messages;
import org.fugong.notice.InboxBackfilled;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Tells a worker who was just given earlier notices (a late sign-up, a profile change) with one
 * push, "你有 N 条新通知", opening the newest: never one push per notice.
 */
@Component
class BackfillSummary {

    private final NoticeService notices;
    private final PushService push;
    private final Messages messages;

    BackfillSummary(NoticeService notices, PushService push, Messages messages) {
        this.notices = notices;
        this.push = push;
        this.messages = messages;
    }

    @EventListener
    void on(InboxBackfilled backfilled) {
        Notice newest = notices.find(backfilled.pushable().get(0)).orElse(null);
        if (newest == null) {
            return;
        }
        int count = backfilled.pushable().size();
        LocalizedText title = LocalizedText.of(title(Languages.CHINESE, count), title(Languages.ENGLISH, count));
        LocalizedText body = LocalizedText.of(body(Languages.CHINESE, newest, count), body(Languages.ENGLISH, newest, count));
        push.pushLater(newest, List.of(backfilled.workerId()), PushKind.SUMMARY, title, body,
                backfilled.workerId() + ":" + newest.id() + ":" + count);
    }

    private String title(Locale locale, int count) {
        return messages.get("push.summary.title", locale, count);
    }

    private String body(Locale locale, Notice newest, int count) {
        return messages.get(count == 1 ? "push.summary.body.one" : "push.summary.body.more", locale,
                newest.title().in(locale));
    }
}
