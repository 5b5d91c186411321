package org.fugong.ui.bad;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.fugong.alert.internal.AlertBoxDocument;

/**
 * A deliberately bad view (test sources only, no route): it reads the alert feature's stored document
 * from the feature's internal package instead of asking {@code StaffAlerts} for the user's box.
 * {@code ArchitectureRulesTest} shows the console rules reject it.
 */
public class ReachingInsideView extends VerticalLayout {

    int unseen(AlertBoxDocument box) {
        return box.items == null ? 0 : (int) box.items.stream().filter(item -> item.at().isAfter(box.seenUpTo)).count();
    }
}
