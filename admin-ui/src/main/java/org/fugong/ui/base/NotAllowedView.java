package org.fugong.ui.base;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * The page for a console page the signed-in user's roles do not open (an HR user at the Users page),
 * inside the console's frame with its menu, which lists what they may open. Staff and HR are the
 * bureau's own and its partners: saying that a page exists but is not theirs helps more than a
 * "not found".
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotAllowedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public NotAllowedView() {
        super("not-allowed", VaadinIcon.LOCK, "notAllowed.heading", "notAllowed.title", "notAllowed.explain");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return 403;
    }
}
