package org.fugong.ui.enterprise;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.Actor;
import org.fugong.base.FugongException;
import org.fugong.base.InvalidInputException;
import org.fugong.base.Regions;
import org.fugong.enterprise.Enterprise;
import org.fugong.enterprise.EnterpriseActions;
import org.fugong.enterprise.EnterpriseListing;
import org.fugong.enterprise.EnterpriseRow;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseSort;
import org.fugong.base.Sorting;
import org.fugong.ui.base.ConsolePage;
import org.fugong.ui.base.ListControls;
import org.fugong.enterprise.NewEnterprise;
import org.fugong.security.StaffUser;
import org.fugong.security.UserService;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Feedback;
import org.fugong.ui.base.TermChoice;
import org.fugong.ui.base.TermList;
import org.springframework.beans.factory.annotation.Value;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The enterprise registry, key enterprises (重点企业) first: register one, or import a CSV file where
 * every bad line is reported and nothing is written unless all are good. HR users see their own.
 */
@Route("enterprises")
@Menu(order = 40, icon = "vaadin:factory", title = "nav.enterprises")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER", "HR"})
class EnterprisesView extends VerticalLayout implements ConsolePage, BeforeEnterObserver {

    private final EnterpriseService enterprises;
    private final UserService users;
    private final Feedback feedback;
    private final Grid<EnterpriseRow> grid = new Grid<>();
    private final ListControls<EnterpriseRow, EnterpriseSort> list;
    private final String cityProvince;
    private final String cityName;

    EnterprisesView(EnterpriseService enterprises, EnterpriseActions actions, EnterpriseListing listing, UserService users,
                    Feedback feedback,
                    @Value("${fugong.city.province:广东省}") String cityProvince,
                    @Value("${fugong.city.name:湛江市}") String cityName) {
        this.enterprises = enterprises;
        this.users = users;
        this.feedback = feedback;
        this.cityProvince = cityProvince;
        this.cityName = cityName;
        setSizeFull();
        Actor actor = CurrentUser.actor();
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        boolean registers = actions.mayRegister(actor);
        if (registers) {
            Button create = new Button(getTranslation("enterprise.new"), VaadinIcon.PLUS.create(), e -> openCreate());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-enterprise");
            Button importFile = new Button(getTranslation("enterprise.import"), VaadinIcon.UPLOAD.create(), e -> openImport());
            importFile.setId("import-enterprises");
            toolbar.add(create, importFile);
        }
        grid.setId("enterprises-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list = new ListControls<>(grid, EnterpriseSort.class, Sorting.asc(EnterpriseSort.KEY_FIRST));
        list.sortable(grid.addComponentColumn(row -> {
            var name = new HorizontalLayout(new com.vaadin.flow.component.html.Span(row.enterprise().name()));
            name.setSpacing(false);
            name.setWrap(true);
            name.getStyle().set("gap", "var(--lumo-space-xs) var(--lumo-space-s)");
            if (row.enterprise().key()) {
                name.add(Badges.key(this, "enterprise.key"));
            }
            return name;
        }).setHeader(getTranslation("enterprise.name")).setWidth("16em").setFlexGrow(3).setKey("name"), EnterpriseSort.NAME);
        grid.addColumn(row -> row.enterprise().creditCode()).setHeader(getTranslation("enterprise.creditCode")).setAutoWidth(true);
        list.sortable(grid.addColumn(row -> TermList.INDUSTRIES.name(row.enterprise().industry())).setHeader(getTranslation("enterprise.industry"))
                .setAutoWidth(true).setKey("industry"), EnterpriseSort.INDUSTRY);
        list.sortable(grid.addColumn(row -> row.enterprise().district()).setHeader(getTranslation("enterprise.district"))
                .setAutoWidth(true).setKey("district"), EnterpriseSort.DISTRICT);
        list.sortable(grid.addColumn(row -> row.enterprise().headcount() == null ? "" : String.valueOf(row.enterprise().headcount()))
                .setHeader(getTranslation("enterprise.headcount")).setAutoWidth(true), EnterpriseSort.HEADCOUNT);
        grid.addColumn(row -> taskForce(row)).setHeader(getTranslation("enterprise.taskForce")).setKey("taskForce");
        list.items(request -> listing.find(request, CurrentUser.actor()), search -> listing.count(search, CurrentUser.actor()))
                .onOpen(row -> getUI().ifPresent(ui -> ui.navigate(EnterpriseView.class, new RouteParameters("id", row.id()))))
                .emptyState(getTranslation(registers ? "enterprises.empty.official"
                        : "enterprises.empty"));
        list.searchField().setId("enterprises-search");
        toolbar.addComponentAsFirst(list.searchField());
        toolbar.addClassName("list-toolbar");
        toolbar.setWidthFull();
        add(toolbar);
        addAndExpand(grid);
    }

    private String taskForce(EnterpriseRow row) {
        String leader = row.leaderName() == null ? "—" : row.leaderName();
        String specialist = row.specialistName() == null ? "—" : row.specialistName();
        return getTranslation("enterprise.taskForce.value", leader, specialist);
    }

    private void refresh() {
        list.refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.restore(event.getLocation().getQueryParameters());
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("enterprise.new"));
        dialog.setId("enterprise-dialog");
        TextField name = new TextField(getTranslation("enterprise.name"));
        name.setId("enterprise-name");
        TextField creditCode = new TextField(getTranslation("enterprise.creditCode"));
        creditCode.setId("enterprise-credit-code");
        creditCode.setHelperText(getTranslation("enterprise.creditCode.help"));
        creditCode.setMaxLength(18);
        TermChoice industry = new TermChoice(TermList.INDUSTRIES, getTranslation("enterprise.industry"));
        industry.setId("enterprise-industry");
        industry.setHelperText(getTranslation("enterprise.industry.help"));
        ComboBox<String> district = new ComboBox<>(getTranslation("enterprise.district"));
        district.setItems(Regions.china().districtsOf(cityProvince, cityName));
        district.setId("enterprise-district");
        IntegerField headcount = new IntegerField(getTranslation("enterprise.headcount"));
        headcount.setMin(0);
        headcount.setId("enterprise-headcount");
        Checkbox key = new Checkbox(getTranslation("enterprise.key.label"));
        key.setId("enterprise-key");
        List<StaffUser> officials = users.list(null, org.fugong.base.Paging.first(100)).items().stream()
                .filter(EnterpriseActions::mayServeOnTaskForce)
                .toList();
        ComboBox<StaffUser> leader = official(getTranslation("enterprise.taskForceLeader"), officials, "enterprise-leader");
        ComboBox<StaffUser> specialist = official(getTranslation("enterprise.specialist"), officials, "enterprise-specialist");
        FormLayout form = new FormLayout(name, creditCode, industry, district, headcount, key, leader, specialist);
        dialog.add(form);
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("name", name, "creditCode", creditCode,
                "industry", industry, "district", district, "headcount", headcount, "taskForceLeader", leader,
                "specialist", specialist);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                Enterprise created = enterprises.create(new NewEnterprise(name.getValue(), creditCode.getValue(),
                        industry.getValue(), district.getValue(), key.getValue(), headcount.getValue(),
                        leader.getValue() == null ? null : leader.getValue().username(),
                        specialist.getValue() == null ? null : specialist.getValue().username()), CurrentUser.actor());
                feedback.success(getTranslation("enterprise.created", created.name()));
                dialog.close();
                refresh();
            } catch (InvalidInputException ex) {
                feedback.showOn(ex, fields);
            } catch (FugongException ex) {
                feedback.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("enterprise-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private ComboBox<StaffUser> official(String label, List<StaffUser> officials, String id) {
        ComboBox<StaffUser> box = new ComboBox<>(label);
        box.setItems(officials);
        box.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        box.setId(id);
        return box;
    }

    private void openImport() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("enterprise.import"));
        dialog.setId("import-dialog");
        dialog.add(new Paragraph(getTranslation("enterprise.import.help")));
        Pre columns = new Pre(String.join(",", EnterpriseService.IMPORT_COLUMNS));
        dialog.add(columns);
        Actor actor = CurrentUser.actor();
        Locale locale = getLocale();
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                ui.access(() -> showImport(importFile(bytes, actor, locale), dialog))));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.setMaxFiles(1);
        upload.setId("import-upload");
        dialog.add(upload);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.setWidth("40em");
        dialog.open();
    }

    /** Imports a CSV file and says what happened; nothing is written when a line is bad. */
    EnterpriseService.ImportResult importFile(byte[] csv, Actor actor, Locale locale) {
        return enterprises.importCsv(new ByteArrayInputStream(csv), actor, locale);
    }

    private void showImport(EnterpriseService.ImportResult result, Dialog dialog) {
        if (result.accepted()) {
            feedback.success(getTranslation("enterprise.imported", result.created()));
            dialog.close();
            refresh();
            return;
        }
        Pre report = new Pre(result.rejected().stream()
                .map(line -> getTranslation("import.line", line.line()) + " " + line.reason())
                .collect(Collectors.joining("\n")));
        report.setId("import-report");
        report.addClassName("callout-error");
        dialog.add(new Paragraph(getTranslation("enterprise.import.refused", result.rejected().size())), report);
    }

    @Override
    public String heading() {
        return getTranslation("nav.enterprises");
    }
}
