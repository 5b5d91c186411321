package org.fugong.ui.notice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import org.fugong.base.Actor;
import org.fugong.response.BulkDecisions;
import org.fugong.response.ResponseRow;
import org.fugong.response.ResponseStatus;
import org.fugong.ui.base.ConsoleTasks;
import org.fugong.ui.base.Feedback;

import java.util.List;

/**
 * One decision for the responses an official selected, with one note for all. The service decides
 * and pushes them one by one in the background while a bar shows how far it has come; at the end the
 * dialog says how many were decided and, by name, which were refused and why.
 */
class BulkDecisionDialog extends Dialog {

    private final ProgressBar progress = new ProgressBar();
    private final Span counter = new Span();
    private final Div result = new Div();
    private final Button confirm;
    private final Button close;

    BulkDecisionDialog(List<ResponseRow> rows, ResponseStatus decision, BulkDecisions bulk, ConsoleTasks tasks,
                       Feedback feedback, Actor actor, Runnable afterwards) {
        setId("bulk-dialog");
        setHeaderTitle(getTranslation("bulk.title." + decision.name(), rows.size()));
        TextArea note = new TextArea(getTranslation("response.noteForWorker"));
        note.setId("bulk-note");
        note.setWidthFull();
        note.setMaxLength(1000);
        note.setHelperText(getTranslation("bulk.note.help"));
        progress.setId("bulk-progress");
        progress.setVisible(false);
        counter.setId("bulk-counter");
        result.setId("bulk-result");
        result.addClassName("bulk-summary");
        add(new Paragraph(getTranslation("bulk.explain", rows.size())), note, progress, counter, result);
        close = new Button(getTranslation("action.cancel"), e -> close());
        close.setId("bulk-close");
        confirm = new Button(getTranslation("decide." + decision.name()), e -> {
            note.setReadOnly(true);
            start(rows, decision, note.getValue(), bulk, tasks, feedback, actor, afterwards);
        });
        confirm.setId("bulk-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY,
                decision == ResponseStatus.REJECTED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        getFooter().add(close, confirm);
        setWidth("36em");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
    }

    private void start(List<ResponseRow> rows, ResponseStatus decision, String note, BulkDecisions bulk,
                       ConsoleTasks tasks, Feedback feedback, Actor actor, Runnable afterwards) {
        confirm.setEnabled(false);
        close.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        counter.setText(getTranslation("bulk.progress", 0, rows.size()));
        BulkDecisions.Outcome[] outcome = new BulkDecisions.Outcome[1];
        UI ui = UI.getCurrent();
        tasks.run(ui, onPage -> outcome[0] = bulk.decide(rows, decision, note, actor, step -> onPage.accept(() -> {
            progress.setValue((double) step.done() / step.total());
            counter.setText(getTranslation("bulk.progress", step.done(), step.total()));
        })), () -> {
            if (outcome[0] != null) {
                summarize(outcome[0], decision, feedback);
            }
            close.setText(getTranslation("action.close"));
            close.setEnabled(true);
            afterwards.run();
        });
    }

    private void summarize(BulkDecisions.Outcome outcome, ResponseStatus decision, Feedback feedback) {
        result.removeAll();
        result.add(new Paragraph(getTranslation("bulk.done", outcome.decided().size(),
                getTranslation("rstatus." + decision.name()))));
        if (!outcome.refused().isEmpty()) {
            result.addClassName("callout-error");
            result.add(new Paragraph(getTranslation("bulk.refused", outcome.refused().size())));
            UnorderedList list = new UnorderedList();
            list.setId("bulk-refused");
            outcome.refused().forEach(r -> list.add(new ListItem(getTranslation("bulk.refused.one",
                    r.who() == null ? getTranslation("worker.unnamed") : r.who(), feedback.describe(r.reason())))));
            result.add(list);
        }
    }
}
