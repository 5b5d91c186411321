package org.fugong.ui.enterprise;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.Actor;
import org.fugong.base.FugongException;
import org.fugong.base.InvalidInputException;
import org.fugong.base.NotFoundException;
import org.fugong.enterprise.Enterprise;
import org.fugong.enterprise.EnterpriseRequest;
import org.fugong.enterprise.EnterpriseRequestService;
import org.fugong.enterprise.EnterpriseListing;
import org.fugong.enterprise.EnterpriseRow;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.RequestListing;
import org.fugong.enterprise.RequestSort;
import org.fugong.base.Sorting;
import org.fugong.placement.PlacementService;
import org.fugong.security.UserListing;
import org.fugong.ui.placement.PlacementList;
import org.fugong.ui.base.ConsolePage;
import org.fugong.ui.base.ListControls;
import org.fugong.enterprise.RequestFilter;
import org.fugong.enterprise.StaffingReport;
import org.fugong.enterprise.StaffingService;
import org.fugong.enterprise.StaffingSnapshot;
import org.fugong.reference.Taxonomy;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Feedback;
import org.fugong.ui.base.Formats;
import org.fugong.ui.base.StatTile;
import org.fugong.ui.base.SvgChart;
import org.fugong.ui.base.TermList;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One enterprise: who it is and who its task force is, its staffing today and over the last 30 days,
 * and its requests. HR users report the day's staffing and raise requests here.
 */
@Route("enterprises/:id")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER", "HR"})
class EnterpriseView extends VerticalLayout implements BeforeEnterObserver, ConsolePage {

    private static final int TREND_DAYS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final EnterpriseService enterprises;
    private final EnterpriseListing listing;
    private final RequestListing requestList;
    private final UserListing users;
    private final StaffingService staffing;
    private final EnterpriseRequestService requests;
    private final Feedback feedback;
    private final PlacementService placements;
    private Enterprise enterprise;

    EnterpriseView(EnterpriseService enterprises, EnterpriseListing listing, StaffingService staffing,
                   EnterpriseRequestService requests, RequestListing requestList, UserListing users,
                   PlacementService placements, Feedback feedback) {
        this.placements = placements;
        this.enterprises = enterprises;
        this.listing = listing;
        this.requestList = requestList;
        this.users = users;
        this.staffing = staffing;
        this.requests = requests;
        this.feedback = feedback;
        setMaxWidth("72em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            enterprise = enterprises.get(event.getRouteParameters().get("id").orElse(""), CurrentUser.actor());
            render();
        } catch (NotFoundException e) {
            enterprise = null;
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void render() {
        removeAll();
        Actor actor = CurrentUser.actor();
        H2 name = new H2(enterprise.name());
        name.setId("enterprise-title");
        HorizontalLayout heading = new HorizontalLayout(name);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (enterprise.key()) {
            heading.add(Badges.key(this, "enterprise.key"));
        }
        DescriptionList facts = new DescriptionList();
        facts.addClassName("notice-facts");
        facts.setId("enterprise-facts");
        fact(facts, "enterprise.creditCode", enterprise.creditCode());
        fact(facts, "enterprise.industry", TermList.INDUSTRIES.name(enterprise.industry()));
        fact(facts, "enterprise.district", enterprise.district());
        fact(facts, "enterprise.headcount", enterprise.headcount() == null ? null : String.valueOf(enterprise.headcount()));
        EnterpriseRow named = listing.row(enterprise);
        fact(facts, "enterprise.taskForceLeader", named.leaderName());
        fact(facts, "enterprise.specialist", named.specialistName());
        add(heading, facts, placementsSection(actor), staffingSection(actor), requestsSection(actor));
    }

    /** Workers handed over or accepted as interns whose start HR is to report (all of them for staff). */
    private VerticalLayout placementsSection(Actor actor) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("placement.title.enterprise")));
        section.setPadding(false);
        section.setId("enterprise-placements");
        Paragraph help = new Paragraph(getTranslation("placement.help.enterprise"));
        help.addClassName("hint");
        String id = enterprise.id();
        section.add(help, new PlacementList(placements, feedback, () -> placements.ofEnterprise(id, false, actor),
                false));
        return section;
    }

    private VerticalLayout staffingSection(Actor actor) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        HorizontalLayout title = new HorizontalLayout(new H3(getTranslation("staffing.title")));
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        Button report = new Button(getTranslation("staffing.report"), VaadinIcon.EDIT.create(), e -> openReport());
        report.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        report.setId("staffing-report");
        title.add(report);
        section.add(title);
        staffing.latest(enterprise.id(), actor).ifPresentOrElse(latest -> {
            Div tiles = new Div();
            tiles.addClassName("stat-tiles");
            tiles.setId("staffing-latest");
            tiles.add(tile(latest.capacityUtilisation() + "%", "staffing.capacity"), tile(String.valueOf(latest.totalStaff()), "staffing.staff"),
                    tile(String.valueOf(latest.shortfall()), "staffing.shortfall"));
            Paragraph when = new Paragraph(getTranslation("staffing.asOf", latest.date().toString(),
                    users.displayNames(List.of(latest.reportedBy())).getOrDefault(latest.reportedBy(), latest.reportedBy())));
            when.addClassName("secondary");
            section.add(tiles, when);
            if (!latest.vacancies().isEmpty()) {
                Paragraph vacancies = new Paragraph(getTranslation("staffing.vacancies.now", latest.vacancies().entrySet()
                        .stream().map(v -> TermList.SKILLS.name(v.getKey()) + " " + v.getValue())
                        .collect(Collectors.joining(getTranslation("list.separator")))));
                vacancies.setId("staffing-vacancies-now");
                section.add(vacancies);
            }
            if (latest.problems() != null) {
                Paragraph problems = new Paragraph(getTranslation("field.pair", getTranslation("staffing.problems"),
                        latest.problems()));
                problems.addClassName("notice-body");
                section.add(problems);
            }
        }, () -> section.add(new Paragraph(getTranslation("staffing.none"))));
        List<StaffingSnapshot> trend = staffing.trend(enterprise.id(), TREND_DAYS, actor);
        if (trend.size() > 1) {
            List<String> days = trend.stream().map(s -> DAY.format(s.date())).toList();
            Div chart = new Div(new SvgChart(getTranslation("staffing.trend", TREND_DAYS), days, List.of(
                    new SvgChart.Series(getTranslation("staffing.capacity"), trend.stream().map(s -> (double) s.capacityUtilisation()).toList()),
                    new SvgChart.Series(getTranslation("staffing.shortfall"), trend.stream().map(s -> (double) s.shortfall()).toList())),
                    getTranslation("chart.table")).lines());
            chart.setId("staffing-chart");
            chart.setWidthFull();
            section.add(chart);
        }
        return section;
    }

    private Div tile(String value, String label) {
        return StatTile.of(value, getTranslation(label), null);
    }

    private void openReport() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staffing.report") + " · " + staffing.today());
        dialog.setId("staffing-dialog");
        IntegerField capacity = new IntegerField(getTranslation("staffing.capacity"));
        capacity.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        capacity.setMin(0);
        capacity.setMax(200);
        capacity.setId("staffing-capacity");
        IntegerField staff = new IntegerField(getTranslation("staffing.staff"));
        staff.setMin(0);
        staff.setId("staffing-staff");
        IntegerField shortfall = new IntegerField(getTranslation("staffing.shortfall"));
        shortfall.setMin(0);
        shortfall.setId("staffing-shortfall");
        VacanciesField vacancies = new VacanciesField();
        TextArea problems = new TextArea(getTranslation("staffing.problems"));
        problems.setMaxLength(2000);
        problems.setId("staffing-problems");
        staffing.latest(enterprise.id(), CurrentUser.actor()).ifPresent(last -> {
            capacity.setValue(last.capacityUtilisation());
            staff.setValue(last.totalStaff());
            shortfall.setValue(last.shortfall());
            // today's report starts from the last one; trades the list no longer knows are left out
            vacancies.setValue(last.vacancies().entrySet().stream().filter(v -> Taxonomy.standard().skill(v.getKey()).isPresent())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
        });
        FormLayout form = new FormLayout(capacity, staff, shortfall, vacancies, problems);
        form.setColspan(problems, 2);
        form.setColspan(vacancies, 2);
        dialog.add(form);
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("capacityUtilisation", capacity,
                "totalStaff", staff, "shortfall", shortfall, "vacancies", vacancies, "problems", problems);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                staffing.report(enterprise.id(), staffing.today(), new StaffingReport(capacity.getValue(), staff.getValue(),
                        shortfall.getValue(), vacancies.getValue(), problems.getValue()), CurrentUser.actor());
                feedback.success(getTranslation("staffing.reported"));
                dialog.close();
                render();
            } catch (InvalidInputException ex) {
                feedback.showOn(ex, fields);
            } catch (FugongException ex) {
                feedback.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("staffing-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("36em");
        dialog.open();
    }

    private VerticalLayout requestsSection(Actor actor) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        Button raise = new Button(getTranslation("rq.new"), VaadinIcon.PLUS.create(), e ->
                new RaiseRequestDialog(enterprise.id(), requests, feedback, raised ->
                        getUI().ifPresent(ui -> ui.navigate(RequestView.class, new RouteParameters("id", raised.id())))).open());
        raise.setId("raise-request");
        HorizontalLayout title = new HorizontalLayout(new H3(getTranslation("nav.requests")), raise);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        Grid<EnterpriseRequest> grid = new Grid<>();
        grid.setId("enterprise-requests");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        ListControls<EnterpriseRequest, RequestSort> list = new ListControls<>(grid, RequestSort.class,
                Sorting.desc(RequestSort.CREATED));
        list.sortable(grid.addColumn(r -> getTranslation("rq.category." + r.category().name()))
                .setHeader(getTranslation("rq.category")).setAutoWidth(true), RequestSort.CATEGORY);
        grid.addColumn(r -> RequestLabels.summary(this, r)).setHeader(getTranslation("rq.text")).setFlexGrow(3);
        list.sortable(grid.addComponentColumn(r -> Badges.request(this, r.status())).setHeader(getTranslation("rq.status"))
                .setAutoWidth(true), RequestSort.STATUS);
        list.sortable(grid.addColumn(r -> Formats.dateTime(r.createdAt())).setHeader(getTranslation("rq.raisedAt"))
                .setAutoWidth(true), RequestSort.CREATED);
        RequestFilter filter = new RequestFilter(Set.of(), null, enterprise.id());
        list.items(request -> requestList.find(filter, request, CurrentUser.actor()),
                        search -> requestList.count(filter, search, CurrentUser.actor()))
                .onOpen(r -> getUI().ifPresent(ui -> ui.navigate(RequestView.class, new RouteParameters("id", r.id()))))
                .emptyState(getTranslation(actor.isStaff() ? "rq.empty" : "rq.empty.hr"));
        grid.setHeight("18em");
        section.add(title, grid);
        return section;
    }

    private void fact(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    @Override
    public String heading() {
        return enterprise == null ? getTranslation("nav.enterprises") : enterprise.name();
    }
}
