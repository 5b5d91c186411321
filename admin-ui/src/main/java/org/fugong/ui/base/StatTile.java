package org.fugong.ui.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A figure as a tile: the value large, its label below. */
public final class StatTile {

    private StatTile() {
    }

    /** @param id the value's id, or null */
    public static Div of(String value, String label, String id) {
        Span number = new Span(value);
        number.addClassName("stat-value");
        if (id != null) {
            number.setId(id);
        }
        Span text = new Span(label);
        text.addClassName("stat-label");
        Div tile = new Div(number, text);
        tile.addClassName("stat-tile");
        return tile;
    }
}
