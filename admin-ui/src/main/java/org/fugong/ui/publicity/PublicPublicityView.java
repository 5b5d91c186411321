package org.fugong.ui.publicity;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.fugong.base.FugongException;
import org.fugong.publicity.Objections;
import org.fugong.publicity.PublicPublicity;
import org.fugong.publicity.PublicityService;
import org.fugong.ui.base.Feedback;
import org.fugong.ui.base.Formats;
import org.fugong.ui.base.LanguageSwitch;
import org.springframework.beans.factory.annotation.Value;

import java.util.List;

/**
 * The public page of a publicity (公示), open without signing in: the policy, the approved enterprises
 * with persons and amounts (no person is named), the objection period, and while it runs a form for
 * objections. Without an id, the publicities the public may see.
 */
@Route(value = "public/publicity/:id?", autoLayout = false)
@AnonymousAllowed
class PublicPublicityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicityService publicities;
    private final Objections objections;
    private final Feedback feedback;
    private final String city;
    private String title = "";

    PublicPublicityView(PublicityService publicities, Objections objections, Feedback feedback,
                        @Value("${fugong.city.name:湛江市}") String city) {
        this.publicities = publicities;
        this.city = city;
        this.objections = objections;
        this.feedback = feedback;
        addClassName("public-page");
        setMaxWidth("64em");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H1 brand = new H1(getTranslation("public.brand", city));
        brand.addClassName("public-brand");
        add(new LanguageSwitch(), brand);
        String id = event.getRouteParameters().get("id").orElse(null);
        if (id == null) {
            showList(publicities.publicList());
            return;
        }
        try {
            show(publicities.publicView(id));
        } catch (FugongException ex) {
            title = getTranslation("public.notFound");
            add(new Paragraph(feedback.describe(ex)), new Anchor("public/publicity", getTranslation("public.all")));
        }
    }

    private void showList(List<PublicPublicity> all) {
        title = getTranslation("public.list");
        add(new H2(title));
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("public.list.none")));
        }
        for (PublicPublicity p : all) {
            Anchor link = new Anchor("public/publicity/" + p.id(), getTranslation("public.list.item",
                    p.policyTitle().in(getLocale()), p.lastDay() == null ? "" : p.lastDay().toString()));
            add(new Paragraph(link));
        }
    }

    private void show(PublicPublicity p) {
        title = getTranslation("publicity.heading", p.policyTitle().in(getLocale()));
        add(new H2(title));
        add(new Paragraph(getTranslation("public.intro", Formats.number(p.lines().size()), Formats.number(p.totalPersons()),
                Formats.money(p.totalAmount()))));
        Paragraph period = new Paragraph(p.acceptsObjections()
                ? getTranslation("public.period.open", p.workingDays(), p.lastDay() == null ? "" : p.lastDay().toString())
                : getTranslation("public.period.over", p.lastDay() == null ? "" : p.lastDay().toString()));
        period.setId("public-period");
        period.addClassName("public-period");
        add(period);
        boolean trips = p.lines().stream().anyMatch(l -> l.trip() != null);
        add(PublicityLines.grid(this, p.lines(), trips, false));
        if (p.acceptsObjections()) {
            add(new H3(getTranslation("public.object")), new ObjectionForm(p, objections, feedback));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("public.brand", city);
    }
}
