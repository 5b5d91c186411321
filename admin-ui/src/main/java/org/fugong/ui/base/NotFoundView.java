package org.fugong.ui.base;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * The page for an address that leads nowhere, inside the console's frame with its menu; also for a
 * notice, trip, enterprise or request that is not there or not visible to the user.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("not-found", VaadinIcon.QUESTION_CIRCLE_O, "notFound.heading", "notFound.title", "notFound.explain");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return 404;
    }
}
