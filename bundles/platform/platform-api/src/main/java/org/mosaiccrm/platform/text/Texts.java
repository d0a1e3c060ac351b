package org.mosaiccrm.platform.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The texts of every active bundle that names its translations in the {@code Mosaic-Translations}
 * header (UTF-8 properties files, English and Simplified Chinese), by key. The same keys serve the
 * web UI, the API's error messages and mails: a module says a thing once.
 */
@ProviderType
public interface Texts {

    /** The languages the CRM ships in, English first (the fallback). */
    List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    /** The text for {@code key} in {@code locale} (English where it has none), or empty if no bundle knows the key. */
    Optional<String> text(String key, Locale locale);

    /** The text for {@code key} with {@code arguments} put in ({@link MessageFormat}); the key itself if unknown. */
    default String format(String key, Locale locale, Object... arguments) {
        String pattern = text(key, locale).orElse(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(arguments);
    }

    /** Any Chinese locale as Simplified Chinese, everything else as English. */
    static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
