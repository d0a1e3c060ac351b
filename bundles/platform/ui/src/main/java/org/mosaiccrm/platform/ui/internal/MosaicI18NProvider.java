package org.mosaiccrm.platform.ui.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

/** Vaadin's I18NProvider over the translations every installed module ships. */
final class MosaicI18NProvider implements I18NProvider {

    private static final long serialVersionUID = 1L;

    private final transient Translations translations;

    MosaicI18NProvider(Translations translations) {
        this.translations = translations;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Translations.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale supported = Translations.supported(locale);
        // An untranslated key shows as itself so the gap is visible but the screen still works.
        return translations.text(key, supported)
                .map(text -> params.length == 0 ? text : new MessageFormat(text, supported).format(params))
                .orElse(key);
    }
}
