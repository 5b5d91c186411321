package org.fugong.ui.base;

import com.vaadin.flow.i18n.I18NProvider;
import org.fugong.base.Languages;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's texts, from {@code vaadin-i18n/translations.properties} (Chinese, the default) and
 * {@code translations_en.properties}. Chinese comes first, so a browser in any other language gets it.
 */
@Component
public class ConsoleI18nProvider implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n.translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = Languages.parse(locale == null ? null : locale.toLanguageTag());
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, effective, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
        return params.length == 0 ? text : new MessageFormat(text, effective).format(params);
    }
}
