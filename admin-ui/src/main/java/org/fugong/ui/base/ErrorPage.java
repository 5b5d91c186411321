package org.fugong.ui.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What the console's error pages look like: an icon, a title, what to do, and the way home. */
abstract class ErrorPage extends VerticalLayout implements ConsolePage {

    private final String headingKey;

    ErrorPage(String id, VaadinIcon icon, String headingKey, String titleKey, String explainKey) {
        this.headingKey = headingKey;
        addClassName("not-found");
        setId(id);
        Paragraph explain = new Paragraph(getTranslation(explainKey));
        explain.addClassName("secondary");
        Button home = new Button(getTranslation("notFound.home"), VaadinIcon.HOME.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("")));
        home.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        home.setId(id + "-home");
        add(icon.create(), new H2(getTranslation(titleKey)), explain, home);
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public String heading() {
        return getTranslation(headingKey);
    }
}
