package org.fugong.ui.report;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.fugong.ui.base.CurrentUser;

/** The console's front door: staff land on the dashboard, enterprise HR users on their notices. */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(CurrentUser.actor().isStaff() ? "dashboard" : "notices");
    }
}
