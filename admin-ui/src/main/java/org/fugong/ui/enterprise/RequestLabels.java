package org.fugong.ui.enterprise;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.fugong.enterprise.EnterpriseRequest;
import org.fugong.enterprise.RequestStatus;
import org.fugong.ui.base.Badges;

/** Badges for requests: status, and urgent for key enterprises. */
final class RequestLabels {

    private RequestLabels() {
    }

    static Span status(Component context, RequestStatus status) {
        return Badges.of(context.getTranslation("rq.status." + status.name()),
                status == RequestStatus.RESOLVED ? "success" : status == RequestStatus.IN_PROGRESS ? "contrast" : "");
    }

    static String summary(Component context, EnterpriseRequest r) {
        String text = r.text().length() > 60 ? r.text().substring(0, 59) + "…" : r.text();
        return r.headcount() == null ? text : text + " (" + context.getTranslation("rq.headcount.short", r.headcount()) + ")";
    }
}
