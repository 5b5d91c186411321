package org.fugong.ui.bad;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.fugong.audit.AuditLog;
import org.fugong.base.Actor;
import org.fugong.notice.InboxService;
import org.fugong.notice.Notice;

import java.util.List;

/**
 * A deliberately bad view (test sources only, no route): it uses only root-package services, which
 * the allow-list permits, but calls their plumbing: it writes the delivery ledger itself and records
 * an audit entry on its own. {@code ArchitectureRulesTest} shows the plumbing rule rejects it.
 */
public class PlumbingView extends VerticalLayout {

    private final InboxService inbox;
    private final AuditLog audit;

    PlumbingView(InboxService inbox, AuditLog audit) {
        this.inbox = inbox;
        this.audit = audit;
    }

    void resend(Notice notice, List<String> workerIds, Actor actor) {
        inbox.deliver(notice, workerIds);
        audit.record(actor, "notice.resent", "notice", notice.id());
    }
}
