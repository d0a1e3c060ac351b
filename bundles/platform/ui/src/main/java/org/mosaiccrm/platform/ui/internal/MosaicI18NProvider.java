package org.mosaiccrm.platform.ui.internal;

import java.util.List;
import java.util.Locale;

import org.mosaiccrm.platform.text.Texts;

import com.vaadin.flow.i18n.I18NProvider;

/** Vaadin's I18NProvider over the translations every installed module ships. */
final class MosaicI18NProvider implements I18NProvider {

    private static final long serialVersionUID = 1L;

    private final transient Texts translations;

    MosaicI18NProvider(Texts translations) {
        this.translations = translations;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Texts.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        // an untranslated key shows as itself so the gap is visible but the screen still works
        return translations.format(key, locale, params);
    }
}
