package org.fugong.alert;

import org.fugong.base.BureauTime;
import org.fugong.base.Languages;
import org.fugong.base.LocalizedText;
import org.fugong.base.Messages;
import org.fugong.enterprise.DispatchAlert;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Turns the dispatch clock's alerts into words for the people it names: "重点企业诉求即将超时" for the
 * task force, "重点企业诉求已超时" for the ADMIN users, with the enterprise, the category and the
 * deadline. Runs in the clock's thread, so the alert is stored and its push queued before the clock
 * records the event.
 */
@Component
class DispatchAlerts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(BureauTime.ZONE);

    private final StaffAlerts alerts;
    private final Messages messages;

    DispatchAlerts(StaffAlerts alerts, Messages messages) {
        this.alerts = alerts;
        this.messages = messages;
    }

    @EventListener
    void on(DispatchAlert alert) {
        if (alert.userIds().isEmpty()) {
            return;
        }
        String kind = "alert.dispatch." + alert.kind().name() + "." + alert.stage().name();
        String due = TIME.format(alert.dueAt());
        LocalizedText title = LocalizedText.of(messages.get(kind + ".title", Languages.CHINESE, alert.enterpriseName()),
                messages.get(kind + ".title", Languages.ENGLISH, alert.enterpriseName()));
        LocalizedText body = LocalizedText.of(
                messages.get(kind + ".body", Languages.CHINESE,
                        messages.get("request.category." + alert.category().name(), Languages.CHINESE), due),
                messages.get(kind + ".body", Languages.ENGLISH,
                        messages.get("request.category." + alert.category().name(), Languages.ENGLISH), due));
        alerts.tell(alert.userIds(), alert.eventKey(), title, body, "requests/" + alert.requestId(),
                Map.of("requestId", alert.requestId()));
    }
}
