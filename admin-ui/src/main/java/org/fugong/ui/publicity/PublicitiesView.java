package org.fugong.ui.publicity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.FugongException;
import org.fugong.publicity.Publicity;
import org.fugong.publicity.PublicityActions;
import org.fugong.publicity.PublicityLine;
import org.fugong.publicity.PublicityService;
import org.fugong.ui.base.ConsolePage;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Feedback;
import org.fugong.ui.base.Formats;

import java.util.List;

/**
 * Publicities (公示) for officials: pick a policy with approved enterprise claims, see the list it
 * would publish, and publish it (its announcement goes to a second official for review); below, every
 * publicity with its period and the objections still waiting for an answer.
 */
@Route("publicities")
@Menu(order = 55, icon = "vaadin:megaphone", title = "nav.publicities")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER"})
class PublicitiesView extends VerticalLayout implements ConsolePage, BeforeEnterObserver {

    private final PublicityService publicities;
    private final Feedback feedback;
    private final PublicityActions actions;
    private final ComboBox<PublicityService.PolicyChoice> policy = new ComboBox<>();
    private final Div preview = new Div();
    private final Button publish = new Button();
    private final Grid<Publicity> grid = new Grid<>();

    PublicitiesView(PublicityService publicities, PublicityActions actions, Feedback feedback) {
        this.publicities = publicities;
        this.actions = actions;
        this.feedback = feedback;
        setSizeFull();
        add(publishSection());
        grid.setId("publicities-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(p -> p.policyTitle().in(getLocale())).setHeader(getTranslation("publicity.policy"))
                .setKey("policy").setFlexGrow(3);
        grid.addComponentColumn(p -> PublicityBadges.of(this, p.status())).setHeader(getTranslation("publicity.state"))
                .setKey("state").setAutoWidth(true);
        grid.addColumn(p -> Formats.number(p.lines().size())).setHeader(getTranslation("publicity.enterprises"))
                .setKey("enterprises").setAutoWidth(true);
        grid.addColumn(p -> Formats.money(p.totalAmount())).setHeader(getTranslation("publicity.total"))
                .setKey("total").setAutoWidth(true);
        grid.addColumn(p -> p.lastDay() == null ? getTranslation("publicity.period.notYet")
                        : getTranslation("publicity.period.until", p.lastDay().toString()))
                .setHeader(getTranslation("publicity.period")).setKey("period").setAutoWidth(true);
        grid.addColumn(p -> Formats.dateTime(p.createdAt()) + " · " + p.createdBy())
                .setHeader(getTranslation("publicity.created")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PublicityView.class,
                new com.vaadin.flow.router.RouteParameters("id", e.getItem().id()))));
        grid.setEmptyStateText(getTranslation("publicity.none"));
        add(new H3(getTranslation("publicity.list")));
        addAndExpand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private VerticalLayout publishSection() {
        policy.setId("publicity-policy");
        policy.setLabel(getTranslation("publicity.choose"));
        policy.setItemLabelGenerator(c -> getTranslation("publicity.choice", c.policyTitle(), c.claims(),
                Formats.money(c.amount())));
        policy.setWidth("36em");
        policy.setMaxWidth("100%");
        policy.addValueChangeListener(e -> showPreview());
        publish.setText(getTranslation("publicity.publish"));
        publish.setIcon(VaadinIcon.MEGAPHONE.create());
        publish.setId("publicity-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setEnabled(false);
        publish.setVisible(actions.mayPublish(CurrentUser.actor()));
        publish.addClickListener(e -> publish());
        HorizontalLayout row = new HorizontalLayout(policy, publish);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.setWidthFull();
        Paragraph help = new Paragraph(getTranslation("publicity.help"));
        help.addClassName("hint");
        VerticalLayout section = new VerticalLayout(row, help, preview);
        section.setPadding(false);
        return section;
    }

    private void refresh() {
        List<PublicityService.PolicyChoice> choices = publicities.choices(CurrentUser.actor());
        policy.setItems(choices);
        policy.setHelperText(choices.isEmpty() ? getTranslation("publicity.nothing") : null);
        grid.setItems(publicities.list(CurrentUser.actor()));
    }

    private void showPreview() {
        preview.removeAll();
        PublicityService.PolicyChoice choice = policy.getValue();
        publish.setEnabled(choice != null);
        if (choice == null) {
            return;
        }
        try {
            List<PublicityLine> lines = publicities.candidates(choice.policyId(), CurrentUser.actor());
            boolean trips = lines.stream().anyMatch(l -> l.trip() != null);
            preview.add(new Paragraph(getTranslation("publicity.preview", lines.size())),
                    PublicityLines.grid(this, lines, trips, false));
        } catch (FugongException ex) {
            feedback.error(ex);
        }
    }

    private void publish() {
        PublicityService.PolicyChoice choice = policy.getValue();
        if (choice == null) {
            return;
        }
        try {
            Publicity created = publicities.publish(choice.policyId(), CurrentUser.actor());
            feedback.success(getTranslation("publicity.published", choice.policyTitle()));
            getUI().ifPresent(ui -> ui.navigate(PublicityView.class,
                    new com.vaadin.flow.router.RouteParameters("id", created.id())));
        } catch (FugongException ex) {
            feedback.error(ex);
            refresh();
        }
    }

    @Override
    public String heading() {
        return getTranslation("nav.publicities");
    }
}
