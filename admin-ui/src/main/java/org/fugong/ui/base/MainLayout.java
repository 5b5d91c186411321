package org.fugong.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.fugong.base.Actor;
import org.fugong.push.PushService;
import org.fugong.security.CurrentActor;

import java.util.stream.Collectors;

/**
 * The frame of every console page: the navigation (built from the views' {@code @Menu}, filtered by
 * the user's roles), the page's heading, the push mode (for staff), the language and the user menu.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(AuthenticationContext authentication, PushService push) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        addToNavbar(true, header(authentication, push));
    }

    private Component brand() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("brand-subtitle");
        Div brand = new Div(name, subtitle);
        brand.addClassName("drawer-brand");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component header(AuthenticationContext authentication, PushService push) {
        viewTitle.addClassName("view-title");
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName("header-bar");
        bar.add(new DrawerToggle(), viewTitle);
        Div spacer = new Div();
        bar.addAndExpand(spacer);
        if (push.isSimulated() && CurrentActor.get().map(Actor::isStaff).orElse(false)) {
            Span simulated = Badges.of(getTranslation("push.simulated"), Badges.Tone.WAITING, com.vaadin.flow.component.icon.VaadinIcon.FLASK);
            simulated.getElement().setAttribute("title", getTranslation("push.simulated.hint"));
            simulated.setId("push-simulated");
            bar.add(simulated);
        }
        bar.add(new LanguageSwitch());
        CurrentActor.get().ifPresent(actor -> bar.add(userMenu(actor, authentication)));
        return bar;
    }

    private Component userMenu(Actor actor, AuthenticationContext authentication) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        String roles = actor.roles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                .collect(Collectors.joining(" · "));
        var item = menu.addItem(actor.displayName() == null ? actor.username() : actor.displayName());
        item.getSubMenu().addItem(roles).setEnabled(false);
        item.getSubMenu().addItem(getTranslation("action.logout"), e -> authentication.logout()).setId("logout");
        menu.setId("user-menu");
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        viewTitle.setText(content instanceof ConsolePage page ? page.heading() : "");
    }
}
