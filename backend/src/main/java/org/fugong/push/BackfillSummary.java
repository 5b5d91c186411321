package org.fugong.push;

import org.fugong.base.Languages;
import org.fugong.base.LocalizedText;
import org.fugong.base.Messages;
import org.fugong.notice.InboxBackfilled;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.worker.DeviceService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Tells a worker who was just given earlier notices (a late sign-up, a profile change) with one
 * push, "你有 N 条新通知", opening the newest: never one push per notice. Only to the phones the
 * worker has at that moment: one signing up in the app has none yet and sees the entries there, and
 * a summary queued then would reach the phone registered a second later, just before the summary of
 * the profile they are filling in.
 */
@Component
class BackfillSummary {

    private final NoticeService notices;
    private final WorkerNotifier notifier;
    private final DeviceService devices;
    private final Messages messages;

    BackfillSummary(NoticeService notices, WorkerNotifier notifier, DeviceService devices, Messages messages) {
        this.notices = notices;
        this.notifier = notifier;
        this.devices = devices;
        this.messages = messages;
    }

    @EventListener
    void on(InboxBackfilled backfilled) {
        if (devices.activeDevicesOf(List.of(backfilled.workerId())).isEmpty()) {
            return;
        }
        Notice newest = notices.find(backfilled.pushable().get(0)).orElse(null);
        if (newest == null) {
            return;
        }
        int count = backfilled.pushable().size();
        LocalizedText title = LocalizedText.of(title(Languages.CHINESE, count), title(Languages.ENGLISH, count));
        LocalizedText body = LocalizedText.of(body(Languages.CHINESE, newest, count), body(Languages.ENGLISH, newest, count));
        notifier.tell(newest, PushKind.SUMMARY, title, body, backfilled.workerId() + ":" + newest.id() + ":" + count,
                List.of(Recipient.worker(backfilled.workerId())));
    }

    private String title(Locale locale, int count) {
        return messages.get("push.summary.title", locale, count);
    }

    private String body(Locale locale, Notice newest, int count) {
        return messages.get(count == 1 ? "push.summary.body.one" : "push.summary.body.more", locale,
                newest.title().in(locale));
    }
}
