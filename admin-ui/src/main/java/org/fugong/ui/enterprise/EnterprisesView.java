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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.Actor;
import org.fugong.base.FugongException;
import org.fugong.base.InvalidInputException;
import org.fugong.base.Regions;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.enterprise.EnterpriseService;
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
class EnterprisesView extends VerticalLayout implements HasDynamicTitle {

    private final EnterpriseService enterprises;
    private final UserService users;
    private final Feedback feedback;
    private final Grid<Enterprise> grid = new Grid<>();
    private final String cityProvince;
    private final String cityName;

    EnterprisesView(EnterpriseService enterprises, UserService users, Feedback feedback,
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
        if (actor.hasAny(Role.OFFICIAL, Role.ADMIN)) {
            Button create = new Button(getTranslation("enterprise.new"), VaadinIcon.PLUS.create(), e -> openCreate());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-enterprise");
            Button importFile = new Button(getTranslation("enterprise.import"), VaadinIcon.UPLOAD.create(), e -> openImport());
            importFile.setId("import-enterprises");
            toolbar.add(create, importFile);
        }
        grid.setId("enterprises-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(e -> {
            var name = new HorizontalLayout(new com.vaadin.flow.component.html.Span(e.name()));
            if (e.key()) {
                name.add(Badges.of(getTranslation("enterprise.key"), "error"));
            }
            return name;
        }).setHeader(getTranslation("enterprise.name")).setFlexGrow(3).setKey("name");
        grid.addColumn(Enterprise::creditCode).setHeader(getTranslation("enterprise.creditCode")).setAutoWidth(true);
        grid.addColumn(e -> TermList.INDUSTRIES.name(e.industry())).setHeader(getTranslation("enterprise.industry"))
                .setAutoWidth(true).setKey("industry");
        grid.addColumn(Enterprise::district).setHeader(getTranslation("enterprise.district")).setAutoWidth(true);
        grid.addColumn(e -> e.headcount() == null ? "" : String.valueOf(e.headcount()))
                .setHeader(getTranslation("enterprise.headcount")).setAutoWidth(true);
        grid.addColumn(e -> e.taskForceLeader() + " / " + e.specialist()).setHeader(getTranslation("enterprise.taskForce"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EnterpriseView.class,
                new RouteParameters("id", e.getItem().id()))));
        grid.setEmptyStateText(getTranslation("enterprises.empty"));
        add(toolbar);
        addAndExpand(grid);
        refresh();
    }

    private void refresh() {
        Actor actor = CurrentUser.actor();
        grid.setItems(actor.isEnterpriseOnly()
                ? enterprises.find(actor.enterpriseId()).stream().toList()
                : enterprises.all());
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
                .filter(u -> u.enabled() && (u.roles().contains(Role.OFFICIAL) || u.roles().contains(Role.REVIEWER)))
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
    public String getPageTitle() {
        return getTranslation("nav.enterprises");
    }
}
