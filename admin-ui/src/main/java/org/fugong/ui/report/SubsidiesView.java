package org.fugong.ui.report;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.fugong.base.Sorting;
import org.fugong.response.ApprovalListing;
import org.fugong.response.ApprovalSort;
import org.fugong.ui.base.ConsolePage;
import org.fugong.ui.base.ListControls;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.Actor;
import org.fugong.response.SubsidyService;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Downloads;
import org.fugong.ui.base.Formats;

import java.util.Locale;

/**
 * Subsidies granted (专策): totals per policy and per enterprise, and every approval, exportable to
 * CSV. HR users see their own enterprise's.
 */
@Route("subsidies")
@Menu(order = 50, icon = "vaadin:money", title = "nav.subsidies")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER", "HR"})
class SubsidiesView extends VerticalLayout implements ConsolePage, BeforeEnterObserver {

    private final ListControls<SubsidyService.Approval, ApprovalSort> list;

    SubsidiesView(SubsidyService subsidies, ApprovalListing listing) {
        Actor actor = CurrentUser.actor();
        SubsidyService.ApprovalFilter all = SubsidyService.ApprovalFilter.all();
        setMaxWidth("80em");

        Grid<SubsidyService.PolicyTotal> byPolicy = new Grid<>();
        byPolicy.setId("subsidies-by-policy");
        byPolicy.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        byPolicy.addColumn(SubsidyService.PolicyTotal::policyTitle).setHeader(getTranslation("subsidy.policy")).setFlexGrow(3);
        byPolicy.addColumn(SubsidyService.PolicyTotal::approvals).setHeader(getTranslation("subsidy.approvals")).setAutoWidth(true);
        byPolicy.addColumn(SubsidyService.PolicyTotal::enterprises).setHeader(getTranslation("subsidy.enterprises")).setAutoWidth(true);
        byPolicy.addColumn(t -> Formats.money(t.amount())).setHeader(getTranslation("subsidy.amount")).setAutoWidth(true)
                .setKey("amount");
        byPolicy.setItems(subsidies.totalsByPolicy(all, actor));
        byPolicy.setAllRowsVisible(true);
        byPolicy.setEmptyStateText(getTranslation(actor.isStaff() ? "subsidy.empty" : "subsidy.empty.hr"));

        Grid<SubsidyService.EnterpriseTotal> byEnterprise = new Grid<>();
        byEnterprise.setId("subsidies-by-enterprise");
        byEnterprise.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        byEnterprise.addColumn(SubsidyService.EnterpriseTotal::enterpriseName).setHeader(getTranslation("enterprise.name")).setFlexGrow(3);
        byEnterprise.addColumn(SubsidyService.EnterpriseTotal::approvals).setHeader(getTranslation("subsidy.approvals")).setAutoWidth(true);
        byEnterprise.addColumn(t -> Formats.money(t.amount())).setHeader(getTranslation("subsidy.amount")).setAutoWidth(true);
        byEnterprise.setItems(subsidies.totalsByEnterprise(all, actor));
        byEnterprise.setAllRowsVisible(true);
        byEnterprise.setEmptyStateText(getTranslation(actor.isStaff() ? "subsidy.empty" : "subsidy.empty.hr"));

        Grid<SubsidyService.Approval> approvals = new Grid<>();
        approvals.setId("subsidy-approvals");
        approvals.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        list = new ListControls<>(approvals, ApprovalSort.class, Sorting.desc(ApprovalSort.APPROVED));
        approvals.addColumn(SubsidyService.Approval::policyTitle).setHeader(getTranslation("subsidy.policy")).setFlexGrow(2);
        approvals.addColumn(a -> a.enterpriseName() != null ? a.enterpriseName() : a.workerName())
                .setHeader(getTranslation("subsidy.beneficiary")).setFlexGrow(2).setKey("beneficiary");
        approvals.addColumn(a -> a.persons() == null ? "" : String.valueOf(a.persons())).setHeader(getTranslation("field.persons"));
        list.sortable(approvals.addColumn(a -> Formats.money(a.amount())).setHeader(getTranslation("subsidy.amount"))
                .setAutoWidth(true).setKey("amount"), ApprovalSort.AMOUNT);
        list.sortable(approvals.addColumn(a -> Formats.dateTime(a.reviewedAt())).setHeader(getTranslation("subsidy.approvedAt"))
                .setAutoWidth(true).setKey("approved"), ApprovalSort.APPROVED);
        list.items(request -> listing.find(all, request, CurrentUser.actor()), search -> listing.count(all, search, CurrentUser.actor()))
                .emptyState(getTranslation(actor.isStaff() ? "subsidy.empty" : "subsidy.empty.hr"));
        list.searchField().setId("subsidies-search");
        approvals.setHeight("24em");

        Locale locale = getLocale();
        add(new H3(getTranslation("subsidy.byPolicy")), byPolicy, new H3(getTranslation("subsidy.byEnterprise")), byEnterprise,
                new H3(getTranslation("subsidy.all")), list.toolbar(Downloads.csv("subsidies.csv", getTranslation("subsidy.export"),
                        () -> subsidies.approvalsCsv(all, actor, locale))), approvals);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.restore(event.getLocation().getQueryParameters());
    }

    @Override
    public String heading() {
        return getTranslation("nav.subsidies");
    }
}
