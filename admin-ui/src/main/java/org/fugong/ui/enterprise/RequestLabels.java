package org.fugong.ui.enterprise;

import com.vaadin.flow.component.Component;
import org.fugong.enterprise.EnterpriseRequest;

/** How requests are summed up in lists. */
final class RequestLabels {

    private RequestLabels() {
    }

    static String summary(Component context, EnterpriseRequest r) {
        String text = r.text().length() > 60 ? r.text().substring(0, 59) + "…" : r.text();
        return r.headcount() == null ? text : text + " (" + context.getTranslation("rq.headcount.short", r.headcount()) + ")";
    }
}
