package org.fugong.ui.partner;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.FugongException;
import org.fugong.partner.Partner;
import org.fugong.partner.PartnerService;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.ConsolePage;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Feedback;
import org.fugong.ui.base.Formats;

/**
 * The ADMIN's partner platforms (专网: the migrant-worker platforms of the workers' home provinces):
 * issue a key (shown once), revoke it, and see what each partner pulled and when.
 */
@Route("partners")
@Menu(order = 85, icon = "vaadin:connect", title = "nav.partners")
@RolesAllowed("ADMIN")
class PartnersView extends VerticalLayout implements ConsolePage, BeforeEnterObserver {

    private final PartnerService partners;
    private final Feedback feedback;
    private final Grid<Partner> grid = new Grid<>();

    PartnersView(PartnerService partners, Feedback feedback) {
        this.partners = partners;
        this.feedback = feedback;
        setSizeFull();
        Button create = new Button(getTranslation("partners.new"), VaadinIcon.PLUS.create(),
                e -> new NewPartnerDialog(partners, feedback, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-partner");
        Paragraph intro = new Paragraph(getTranslation("partners.intro"));
        intro.addClassName("hint");

        grid.setId("partners-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Partner::name).setHeader(getTranslation("partners.name")).setKey("name").setFlexGrow(2);
        grid.addColumn(p -> p.contact() == null ? "" : p.contact()).setHeader(getTranslation("partners.contact"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.keyPrefix() + "…").setHeader(getTranslation("partners.key")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("partners.state")).setAutoWidth(true);
        grid.addColumn(p -> p.lastPullAt() == null ? getTranslation("partners.never") : Formats.dateTime(p.lastPullAt()))
                .setHeader(getTranslation("partners.lastPull")).setKey("lastPull").setAutoWidth(true);
        grid.addColumn(p -> Formats.number(p.itemsServed())).setHeader(getTranslation("partners.itemsServed"))
                .setKey("itemsServed").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(PullList::new));
        grid.setEmptyStateText(getTranslation("partners.empty"));

        add(new HorizontalLayout(create), intro);
        addAndExpand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        grid.setItems(partners.list(CurrentUser.actor()));
    }

    private Component state(Partner partner) {
        return partner.isActive()
                ? Badges.of(getTranslation("partners.active"), Badges.Tone.SUCCESS, VaadinIcon.CHECK)
                : Badges.of(getTranslation("partners.revoked", Formats.date(partner.revokedAt())), Badges.Tone.MUTED,
                VaadinIcon.BAN);
    }

    private Component actions(Partner partner) {
        if (!partner.isActive()) {
            return new HorizontalLayout();
        }
        Button revoke = new Button(getTranslation("partners.revoke"), e -> confirmRevoke(partner));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    private void confirmRevoke(Partner partner) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setId("revoke-dialog");
        dialog.setHeaderTitle(getTranslation("partners.revoke.title", partner.name()));
        dialog.add(new Paragraph(getTranslation("partners.revoke.text")));
        Button confirm = new Button(getTranslation("partners.revoke"), e -> {
            try {
                partners.revoke(partner.id(), CurrentUser.actor());
                feedback.success(getTranslation("partners.revoked.done", partner.name()));
                dialog.close();
                refresh();
            } catch (FugongException ex) {
                feedback.error(ex);
            }
        });
        confirm.setId("revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String heading() {
        return getTranslation("nav.partners");
    }
}
