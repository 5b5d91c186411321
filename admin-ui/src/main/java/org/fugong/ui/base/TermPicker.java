package org.fugong.ui.base;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Picks several industries or skills by name; its value is their codes. Codes a record already holds
 * that the list no longer has stay offered and show as they are.
 */
public class TermPicker extends MultiSelectComboBox<String> {

    private final TermList list;
    private final Set<String> kept = new LinkedHashSet<>();

    public TermPicker(TermList list, String label) {
        super(label);
        this.list = list;
        list.offer(this, kept);
    }

    /** Shows these codes as chosen, keeping those the list does not know. */
    public void setCodes(Collection<String> codes) {
        codes.stream().filter(code -> !list.known(code)).forEach(kept::add);
        getDataProvider().refreshAll();
        setValue(new LinkedHashSet<>(codes));
    }
}
