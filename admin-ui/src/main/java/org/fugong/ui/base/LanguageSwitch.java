package org.fugong.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import org.fugong.base.Languages;

import java.util.Locale;

/** Switches the console between Chinese and English for the whole session. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(locale -> "en".equals(locale.getLanguage()) ? "English" : "中文");
        setId("language-switch");
        setAriaLabel(getTranslation("language.label"));
        addThemeName("small");
        setWidth("7.5em");
        UI ui = UI.getCurrent();
        setValue(ui == null ? Languages.CHINESE : Languages.parse(ui.getLocale().toLanguageTag()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                choose(event.getValue());
            }
        });
    }

    /** Sets the language for this session and reloads so every text follows. */
    public static void choose(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
