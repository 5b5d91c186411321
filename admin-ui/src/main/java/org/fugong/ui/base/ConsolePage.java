package org.fugong.ui.base;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A console page: its heading, shown in the header bar, and the browser tab's title, which is the
 * heading and the product's name ("通知 – 复工", "Notices – Fugong"), so a row of tabs tells pages
 * apart and tells the console from other sites.
 */
public interface ConsolePage extends HasDynamicTitle {

    /** The page's heading in the console's language. */
    String heading();

    @Override
    default String getPageTitle() {
        return heading() + " – " + I18NProvider.translate("app.name");
    }
}
