package org.fugong.ui.publicity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.fugong.publicity.PaymentStatus;
import org.fugong.publicity.PublicityLine;
import org.fugong.response.BusTrips;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.Formats;

import java.util.List;

/**
 * A publicity's list as a grid: number, enterprise, persons, amount, for the charter-bus subsidy the
 * trip, and for officials where each claim stands on its way to payment. Never a person's name.
 */
final class PublicityLines {

    private PublicityLines() {
    }

    static Grid<PublicityLine> grid(Component context, List<PublicityLine> lines, boolean withTrips, boolean withPayment) {
        Grid<PublicityLine> grid = new Grid<>();
        grid.setId("publicity-lines");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(PublicityLine::no).setHeader(context.getTranslation("publicity.no")).setKey("no")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PublicityLine::enterpriseName).setHeader(context.getTranslation("publicity.enterprise"))
                .setKey("enterprise").setFlexGrow(3);
        grid.addColumn(l -> l.persons() == null ? "" : Formats.number(l.persons()))
                .setHeader(context.getTranslation("publicity.persons")).setKey("persons").setAutoWidth(true);
        grid.addColumn(l -> Formats.money(l.amount())).setHeader(context.getTranslation("publicity.amount"))
                .setKey("amount").setAutoWidth(true);
        if (withTrips) {
            grid.addColumn(l -> trip(context, l.trip())).setHeader(context.getTranslation("publicity.trip"))
                    .setKey("trip").setFlexGrow(3);
        }
        if (withPayment) {
            grid.addComponentColumn(l -> payment(context, l.payment())).setHeader(context.getTranslation("publicity.payment"))
                    .setKey("payment").setAutoWidth(true);
        }
        grid.setItems(lines);
        grid.setAllRowsVisible(lines.size() <= 50);
        return grid;
    }

    static String trip(Component context, BusTrips.Trip trip) {
        if (trip == null) {
            return "";
        }
        String from = trip.origin() == null ? "" : trip.origin().province() + trip.origin().city();
        return context.getTranslation("publicity.trip.text", from, trip.date() == null ? "" : trip.date().toString(),
                trip.passengers());
    }

    static Component payment(Component context, PaymentStatus status) {
        if (status == null) {
            return new com.vaadin.flow.component.html.Span();
        }
        String text = context.getTranslation("payment." + status.name());
        return switch (status) {
            case LISTED -> Badges.of(text, Badges.Tone.NEUTRAL, VaadinIcon.LIST);
            case IN_PUBLICITY -> Badges.of(text, Badges.Tone.INFO, VaadinIcon.HOURGLASS);
            case PUBLICISED -> Badges.of(text, Badges.Tone.SUCCESS, VaadinIcon.CHECK);
            case ON_HOLD -> Badges.of(text, Badges.Tone.DANGER, VaadinIcon.PAUSE);
        };
    }
}
