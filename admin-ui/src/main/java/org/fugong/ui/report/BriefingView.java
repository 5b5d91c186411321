package org.fugong.ui.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.fugong.ui.base.ConsolePage;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.FugongException;
import org.fugong.base.InvalidInputException;
import org.fugong.report.Briefing;
import org.fugong.report.BriefingService;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Feedback;
import org.fugong.ui.base.Formats;

import java.time.LocalDate;

/**
 * The bureau's progress briefing for a period: the figures of the five services and a paragraph in
 * Chinese, built from them, ready to paste into a report.
 */
@Route("briefing")
@Menu(order = 60, icon = "vaadin:file-text-o", title = "nav.briefing")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER"})
class BriefingView extends VerticalLayout implements ConsolePage {

    private final BriefingService briefings;
    private final Feedback feedback;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div result = new Div();

    BriefingView(BriefingService briefings, Feedback feedback) {
        this.briefings = briefings;
        this.feedback = feedback;
        setMaxWidth("72em");
        LocalDate today = LocalDate.now(org.fugong.base.BureauTime.ZONE);
        from.setLabel(getTranslation("briefing.from"));
        from.setValue(today.withDayOfMonth(1));
        from.setId("briefing-from");
        to.setLabel(getTranslation("briefing.to"));
        to.setValue(today);
        to.setId("briefing-to");
        Button make = new Button(getTranslation("briefing.make"), e -> show());
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.setId("briefing-make");
        HorizontalLayout period = new HorizontalLayout(from, to, make);
        period.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.setId("briefing-result");
        result.setWidthFull();
        add(new Paragraph(getTranslation("briefing.explain")), period, result);
        show();
    }

    /** Builds the briefing for the chosen days and shows it. */
    void show() {
        result.removeAll();
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            (from.getValue() == null ? from : to).setInvalid(true);
            return;
        }
        try {
            Briefing briefing = briefings.briefing(from.getValue(), to.getValue(), getLocale(), CurrentUser.actor());
            TextArea text = new TextArea(getTranslation("briefing.text"));
            text.setValue(briefing.text());
            text.setReadOnly(true);
            text.setWidthFull();
            text.setId("briefing-text");
            result.add(FigureTiles.of(this, briefing.figures()), text);
        } catch (InvalidInputException e) {
            feedback.showOn(e, java.util.Map.of("from", from, "to", to));
        } catch (FugongException e) {
            feedback.error(e);
        }
    }

    @Override
    public String heading() {
        return getTranslation("nav.briefing");
    }
}
