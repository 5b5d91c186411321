package org.fugong.ui.notice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.fugong.base.Actor;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeAction;
import org.fugong.notice.NoticeActions;
import org.fugong.notice.NoticeService;

import java.util.function.BiPredicate;

/**
 * The buttons of a notice's page: exactly the actions the service allows this reader now
 * ({@link NoticeActions}), each running the service call through the page's {@code run}.
 */
class NoticeActionBar extends HorizontalLayout {

    NoticeActionBar(Notice notice, NoticeActions.Allowed allowed, NoticeService notices, Actor actor,
                    BiPredicate<Runnable, String> run) {
        addClassName("action-bar");
        if (allowed.may(NoticeAction.SUBMIT)) {
            Button submit = new Button(getTranslation("action.submit"), e -> run.test(() -> notices.submit(notice.id(), actor),
                    "notice.done.submitted"));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setId("submit");
            add(submit);
        }
        if (allowed.may(NoticeAction.EDIT)) {
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("notices/edit/" + notice.id())));
            edit.setId("edit");
            add(edit);
        }
        if (allowed.waitingForOthers()) {
            Span own = new Span(getTranslation("notice.ownNoReview"));
            own.addClassName("secondary");
            own.setId("own-notice-hint");
            add(own);
        }
        if (allowed.may(NoticeAction.APPROVE)) {
            add(approve(notice, allowed, notices, actor, run));
        }
        if (allowed.may(NoticeAction.REJECT)) {
            Button reject = new Button(getTranslation("action.reject"), VaadinIcon.CLOSE.create(), e -> new CommentDialog(
                    getTranslation("action.reject"), null, getTranslation("action.reject"), true, null, true,
                    (comment, option) -> run.test(() -> notices.reject(notice.id(), comment, actor), "notice.done.rejected")).open());
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            reject.setId("reject");
            add(reject);
        }
        if (allowed.may(NoticeAction.RECALL)) {
            Button recall = new Button(getTranslation("action.recall"), VaadinIcon.BAN.create(), e -> new CommentDialog(
                    getTranslation("action.recall"), getTranslation("notice.recall.explain"), getTranslation("action.recall"),
                    false, allowed.may(NoticeAction.RECALL_WITH_PUSH) ? getTranslation("notice.recall.push") : null, true,
                    (comment, pushIt) -> run.test(() -> notices.recall(notice.id(), pushIt, actor), "notice.done.recalled")).open());
            recall.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            recall.setId("recall");
            add(recall);
        }
        if (allowed.may(NoticeAction.OPEN_MANIFEST)) {
            Button manifest = new Button(getTranslation("bus.manifest"), VaadinIcon.BUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("buses/" + notice.id())));
            manifest.setId("open-manifest");
            add(manifest);
        }
        if (allowed.may(NoticeAction.ACKNOWLEDGE) || allowed.acknowledged()) {
            Button acknowledge = new Button(getTranslation(allowed.acknowledged() ? "action.acknowledged" : "action.acknowledge"),
                    VaadinIcon.CHECK_SQUARE_O.create(), e -> run.test(() -> notices.acknowledge(notice.id(), actor),
                    "notice.done.acknowledged"));
            acknowledge.setEnabled(allowed.may(NoticeAction.ACKNOWLEDGE));
            acknowledge.setId("acknowledge");
            add(acknowledge);
        }
    }

    private Button approve(Notice notice, NoticeActions.Allowed allowed, NoticeService notices, Actor actor,
                           BiPredicate<Runnable, String> run) {
        Button approve = new Button(getTranslation("action.approve"), VaadinIcon.CHECK.create(), e -> new CommentDialog(
                getTranslation("action.approve"), getTranslation(allowed.publishesLater() ? "notice.approve.scheduled"
                : "notice.approve.now"), getTranslation("action.approve"), false, null, false,
                (comment, option) -> run.test(() -> notices.approve(notice.id(), comment, actor), "notice.done.approved")).open());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("approve");
        return approve;
    }
}
