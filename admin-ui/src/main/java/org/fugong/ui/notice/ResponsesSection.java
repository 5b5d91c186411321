package org.fugong.ui.notice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.fugong.base.Actor;
import org.fugong.base.FugongException;
import org.fugong.base.Sorting;
import org.fugong.notice.Notice;
import org.fugong.response.BulkDecisions;
import org.fugong.response.ResponseListing;
import org.fugong.response.ResponseRow;
import org.fugong.response.ResponseExport;
import org.fugong.response.ResponseReview;
import org.fugong.response.ResponseSort;
import org.fugong.response.ResponseStatus;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.ConsoleTasks;
import org.fugong.ui.base.Downloads;
import org.fugong.ui.base.Feedback;
import org.fugong.ui.base.Formats;
import org.fugong.ui.base.ListControls;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A notice's responses for review: searched by who answered, filtered by status, sorted; one opens
 * to be decided with a note, and several selected are decided at once (each still checked and its
 * worker told by the service). The decisions offered are the service's for this reader and kind.
 */
class ResponsesSection extends VerticalLayout {

    /** What the section needs from the services, in one piece. */
    record Services(ResponseListing listing, ResponseReview review, ResponseExport export, BulkDecisions bulk,
                    ConsoleTasks tasks, Feedback feedback) {
    }

    private final Notice notice;
    private final Services services;
    private final Actor actor;
    private final Grid<ResponseRow> grid = new Grid<>();
    private final Select<ResponseStatus> status = new Select<>();
    private final ListControls<ResponseRow, ResponseSort> list;
    private final HorizontalLayout bulkBar = new HorizontalLayout();
    private final Span selected = new Span();

    /** @param decisions what the reader may decide on selected responses at once (the service's; empty: none) */
    ResponsesSection(Notice notice, Services services, Set<ResponseStatus> decisions, Actor actor) {
        this.notice = notice;
        this.services = services;
        this.actor = actor;
        setPadding(false);
        setId("responses-section");
        NoticeLabels.anyOf(status, "response.status", ResponseStatus.values(), s -> getTranslation("rstatus." + s.name()));
        status.setId("response-filter");
        grid.setId("responses-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        list = new ListControls<>(grid, ResponseSort.class, Sorting.asc(ResponseSort.CREATED));
        columns();
        list.filter("rstatus", status, ResponseStatus.class)
                .items(request -> services.listing().find(notice.id(), status.getValue(), request, actor),
                        search -> services.listing().count(notice.id(), status.getValue(), search, actor))
                .identifiedBy(ResponseRow::id)
                .onOpen(this::open)
                .emptyState(getTranslation("responses.empty"));
        list.searchField().setId("responses-search");
        grid.setHeight("30em");
        Locale locale = getLocale();
        var toolbar = list.toolbar(Downloads.csv("responses.csv", getTranslation("responses.export"),
                () -> services.export().responsesCsv(notice.id(), status.getValue(), actor, locale)));
        add(new H3(getTranslation("responses.title")), toolbar);
        if (!decisions.isEmpty()) {
            add(bulkBar(decisions));
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(e -> selectionChanged());
            selectionChanged();
        }
        add(grid);
    }

    private void columns() {
        grid.addColumn(r -> r.who() == null ? "—" : r.who()).setHeader(getTranslation("response.who"))
                .setKey("name").setFlexGrow(2);
        grid.addColumn(r -> r.response().worker() == null ? "" : r.response().worker().phoneMasked())
                .setHeader(getTranslation("worker.phone")).setKey("phone").setAutoWidth(true);
        grid.addColumn(r -> r.response().worker() == null || r.response().worker().hometown() == null ? ""
                : r.response().worker().hometown().toString()).setHeader(getTranslation("worker.hometown")).setFlexGrow(1);
        list.sortable(grid.addComponentColumn(r -> Badges.response(this, r.response().status(), r.response().waitlistPosition()))
                .setHeader(getTranslation("response.status")).setKey("status").setAutoWidth(true), ResponseSort.STATUS);
        grid.addColumn(r -> ResponseFields.describe(this, r.response().fields())).setHeader(getTranslation("response.details"))
                .setKey("details").setFlexGrow(2);
        if (notice.responseKind() == org.fugong.notice.ResponseKind.SUBSIDY_APPLICATION) {
            list.sortable(grid.addColumn(r -> Formats.money(r.response().amount())).setHeader(getTranslation("response.amount"))
                    .setKey("amount").setAutoWidth(true), ResponseSort.AMOUNT);
        }
        list.sortable(grid.addColumn(r -> Formats.dateTime(r.response().createdAt()))
                .setHeader(getTranslation("response.createdAt")).setKey("created").setAutoWidth(true), ResponseSort.CREATED);
    }

    private HorizontalLayout bulkBar(Set<ResponseStatus> decisions) {
        selected.setId("bulk-selected");
        bulkBar.addClassName("bulk-bar");
        bulkBar.setId("bulk-bar");
        bulkBar.add(selected);
        for (ResponseStatus decision : List.of(ResponseStatus.ACCEPTED, ResponseStatus.WAITLISTED, ResponseStatus.REJECTED)) {
            if (decisions.contains(decision)) {
                Button button = new Button(getTranslation("bulk.action." + decision.name()), e -> openBulk(decision));
                button.setId("bulk-" + decision.name());
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, decision == ResponseStatus.REJECTED
                        ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
                bulkBar.add(button);
            }
        }
        Button clear = new Button(getTranslation("bulk.clear"), e -> grid.deselectAll());
        clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        clear.setId("bulk-clear");
        bulkBar.add(clear);
        return bulkBar;
    }

    private void selectionChanged() {
        int count = grid.getSelectedItems().size();
        selected.setText(getTranslation("bulk.selected", count));
        bulkBar.getChildren().filter(c -> c instanceof Button).forEach(c -> ((Button) c).setEnabled(count > 0));
    }

    private void openBulk(ResponseStatus decision) {
        List<ResponseRow> rows = new ArrayList<>(grid.getSelectedItems());
        rows.sort(java.util.Comparator.comparing(r -> r.response().createdAt()));
        new BulkDecisionDialog(rows, decision, services.bulk(), services.tasks(), services.feedback(), actor, () -> {
            grid.deselectAll();
            list.refresh();
        }).open();
    }

    private void open(ResponseRow row) {
        ResponseDialog[] dialog = new ResponseDialog[1];
        dialog[0] = new ResponseDialog(row, (decision, note) -> {
            try {
                services.review().review(row.id(), decision, note, actor);
                services.feedback().success(getTranslation("response.decided", getTranslation("rstatus." + decision.name())));
                dialog[0].close();
                list.refresh();
            } catch (FugongException e) {
                services.feedback().error(e);
            }
        }, () -> {
            try {
                return services.review().revealPhone(row.id(), actor);
            } catch (FugongException e) {
                services.feedback().error(e);
                return row.response().worker() == null ? "" : row.response().worker().phoneMasked();
            }
        });
        dialog[0].open();
    }

    /** Restores the search, filter and order the address holds. */
    void restore(QueryParameters parameters) {
        list.restore(parameters);
    }

    Grid<ResponseRow> grid() {
        return grid;
    }
}
