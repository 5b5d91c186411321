package org.fugong.ui.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.FugongException;
import org.fugong.base.InvalidInputException;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.security.NewUser;
import org.fugong.security.StaffUser;
import org.fugong.security.UserService;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Feedback;
import org.fugong.ui.base.Formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The ADMIN creates console users, gives them roles (HR users an enterprise), disables them, resets passwords. */
@Route("users")
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final EnterpriseService enterprises;
    private final Feedback feedback;
    private final Grid<StaffUser> grid = new Grid<>();

    UsersView(UserService users, EnterpriseService enterprises, Feedback feedback) {
        this.users = users;
        this.enterprises = enterprises;
        this.feedback = feedback;
        setSizeFull();
        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");
        Map<String, String> names = enterprises.allNames();
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(StaffUser::username).setHeader(getTranslation("users.username")).setKey("username");
        grid.addColumn(StaffUser::displayName).setHeader(getTranslation("users.displayName"));
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                .collect(Collectors.joining("、"))).setHeader(getTranslation("users.roles"));
        grid.addColumn(u -> u.enterpriseId() == null ? "" : names.getOrDefault(u.enterpriseId(), u.enterpriseId()))
                .setHeader(getTranslation("users.enterprise"));
        grid.addComponentColumn(u -> Badges.of(getTranslation(u.enabled() ? "users.enabled" : "users.disabled"),
                u.enabled() ? "success" : "error")).setHeader(getTranslation("users.state")).setAutoWidth(true);
        grid.addColumn(u -> Formats.date(u.createdAt())).setHeader(getTranslation("users.created")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        add(create);
        addAndExpand(grid);
        refresh();
    }

    private void refresh() {
        List<StaffUser> all = new ArrayList<>();
        var page = users.list(null, org.fugong.base.Paging.first(100));
        all.addAll(page.items());
        while (page.nextCursor() != null) {
            page = users.list(null, org.fugong.base.Paging.of(100, page.nextCursor()));
            all.addAll(page.items());
        }
        grid.setItems(all);
    }

    private com.vaadin.flow.component.Component actions(StaffUser user) {
        Button toggle = new Button(getTranslation(user.enabled() ? "users.disable" : "users.enable"), e -> {
            try {
                users.setEnabled(user.id(), !user.enabled(), CurrentUser.actor());
                refresh();
            } catch (FugongException ex) {
                feedback.error(ex);
            }
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button reset = new Button(getTranslation("users.resetPassword"), e -> openReset(user));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(toggle, reset);
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.new"));
        dialog.setId("user-dialog");
        TextField username = new TextField(getTranslation("users.username"));
        username.setId("user-username");
        TextField displayName = new TextField(getTranslation("users.displayName"));
        displayName.setId("user-display-name");
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setId("user-password");
        password.setHelperText(getTranslation("users.password.help"));
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setId("user-roles");
        ComboBox<Enterprise> enterprise = new ComboBox<>(getTranslation("users.enterprise"));
        enterprise.setItems(enterprises.all());
        enterprise.setItemLabelGenerator(Enterprise::name);
        enterprise.setId("user-enterprise");
        enterprise.setVisible(false);
        roles.addValueChangeListener(e -> enterprise.setVisible(e.getValue().contains(Role.HR)));
        FormLayout form = new FormLayout(username, displayName, password, roles, enterprise);
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                users.create(new NewUser(username.getValue(), password.getValue(), displayName.getValue(), roles.getValue(),
                        enterprise.getValue() == null ? null : enterprise.getValue().id()), CurrentUser.actor());
                feedback.success(getTranslation("users.created.done", username.getValue()));
                dialog.close();
                refresh();
            } catch (InvalidInputException ex) {
                feedback.showOn(ex, Map.of("username", username, "password", password, "displayName", displayName,
                        "roles", roles, "enterpriseId", enterprise));
            } catch (FugongException ex) {
                feedback.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openReset(StaffUser user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.resetPassword") + " · " + user.username());
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.password.help"));
        dialog.add(password);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                users.resetPassword(user.id(), password.getValue(), CurrentUser.actor());
                feedback.success(getTranslation("users.passwordReset"));
                dialog.close();
            } catch (InvalidInputException ex) {
                feedback.showOn(ex, Map.of("password", password));
            } catch (FugongException ex) {
                feedback.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
