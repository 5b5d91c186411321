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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.fugong.base.Sorting;
import org.fugong.security.UserListing;
import org.fugong.security.UserSort;
import org.fugong.ui.base.ConsolePage;
import org.fugong.ui.base.ListControls;
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

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The ADMIN creates console users, gives them roles (HR users an enterprise), disables them, resets passwords. */
@Route("users")
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements ConsolePage, BeforeEnterObserver {

    private final UserService users;
    private final EnterpriseService enterprises;
    private final Feedback feedback;
    private final Grid<StaffUser> grid = new Grid<>();
    private final ListControls<StaffUser, UserSort> list;
    private final Map<String, String> names = new java.util.HashMap<>();

    UsersView(UserService users, UserListing listing, EnterpriseService enterprises, Feedback feedback) {
        this.users = users;
        this.enterprises = enterprises;
        this.feedback = feedback;
        setSizeFull();
        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        list = new ListControls<>(grid, UserSort.class, Sorting.asc(UserSort.USERNAME));
        list.sortable(grid.addColumn(StaffUser::username).setHeader(getTranslation("users.username")).setKey("username"),
                UserSort.USERNAME);
        list.sortable(grid.addColumn(StaffUser::displayName).setHeader(getTranslation("users.displayName"))
                .setKey("displayName"), UserSort.DISPLAY_NAME);
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                .collect(Collectors.joining("、"))).setHeader(getTranslation("users.roles")).setKey("roles");
        grid.addColumn(u -> u.enterpriseId() == null ? "" : enterpriseName(u.enterpriseId()))
                .setHeader(getTranslation("users.enterprise")).setKey("enterprise");
        grid.addComponentColumn(u -> Badges.of(getTranslation(u.enabled() ? "users.enabled" : "users.disabled"),
                u.enabled() ? Badges.Tone.SUCCESS : Badges.Tone.MUTED, u.enabled() ? VaadinIcon.CHECK : VaadinIcon.BAN))
                .setHeader(getTranslation("users.state")).setAutoWidth(true);
        list.sortable(grid.addColumn(u -> Formats.date(u.createdAt())).setHeader(getTranslation("users.created"))
                .setAutoWidth(true), UserSort.CREATED);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        list.items(request -> listing.find(request, CurrentUser.actor()), search -> listing.count(search, CurrentUser.actor()))
                .identifiedBy(StaffUser::id)
                .emptyState(getTranslation("users.empty"));
        list.searchField().setId("users-search");
        add(list.toolbar(create));
        addAndExpand(grid);
    }

    private String enterpriseName(String id) {
        return names.computeIfAbsent(id, e -> enterprises.names(List.of(e)).getOrDefault(e, getTranslation("enterprise.unknown")));
    }

    private void refresh() {
        list.refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.restore(event.getLocation().getQueryParameters());
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
        dialog.setHeaderTitle(getTranslation("users.resetPassword") + " · " + user.displayName());
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
    public String heading() {
        return getTranslation("nav.users");
    }
}
