package org.fugong.ui.base;

import com.vaadin.flow.component.combobox.ComboBox;

import java.util.Set;

/** Picks one industry or skill by name; its value is the code. */
public class TermChoice extends ComboBox<String> {

    public TermChoice(TermList list, String label) {
        super(label);
        list.offer(this, Set.of());
    }
}
