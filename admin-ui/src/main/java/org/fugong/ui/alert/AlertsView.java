package org.fugong.ui.alert;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.alert.AlertBox;
import org.fugong.alert.StaffAlert;
import org.fugong.alert.StaffAlerts;
import org.fugong.base.Actor;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.ConsolePage;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Formats;

/**
 * The signed-in user's alerts (the dispatch clock's warnings to a task force, its escalations to the
 * administrators), newest first, the ones not seen before marked; opening the page marks them seen.
 */
@Route("alerts")
@Menu(order = 5, icon = "vaadin:bell", title = "nav.alerts")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER"})
class AlertsView extends VerticalLayout implements ConsolePage, BeforeEnterObserver {

    private final StaffAlerts alerts;

    AlertsView(StaffAlerts alerts) {
        this.alerts = alerts;
        setMaxWidth("56em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Actor actor = CurrentUser.actor();
        AlertBox box = alerts.box(actor);
        if (box.alerts().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("alerts.none"));
            none.setId("alerts-none");
            add(none);
        }
        for (StaffAlert alert : box.alerts()) {
            add(item(alert));
        }
        alerts.markSeen(actor);
    }

    private Div item(StaffAlert alert) {
        Div item = new Div();
        item.addClassName("alert-item");
        HorizontalLayout head = new HorizontalLayout();
        head.setAlignItems(Alignment.BASELINE);
        Span title = new Span(alert.title().in(getLocale()));
        title.addClassName("alert-title");
        head.add(title);
        if (!alert.read()) {
            head.add(Badges.of(getTranslation("alerts.unread"), Badges.Tone.DANGER, VaadinIcon.BELL));
        }
        Span when = new Span(Formats.dateTime(alert.at()));
        when.addClassName("hint");
        head.add(when);
        item.add(head, new Paragraph(alert.body().in(getLocale())));
        if (alert.link() != null) {
            item.add(new Anchor(alert.link(), getTranslation("alerts.open")));
        }
        return item;
    }

    @Override
    public String heading() {
        return getTranslation("nav.alerts");
    }
}
