package org.mosaiccrm.platform.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.mosaiccrm.platform.module.ModuleHeaders;
import org.mosaiccrm.platform.text.Texts;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every active bundle's translations: a bundle names the base of its UTF-8 properties files in the
 * {@code Mosaic-Translations} header (e.g. {@code i18n/notes} for {@code i18n/notes.properties}
 * and {@code i18n/notes_zh_CN.properties}). Texts are read into memory, so no module class
 * loader is held once the module goes.
 */
@Component(service = Texts.class, immediate = true)
public class BundleTexts implements Texts {

    private final Logger logger = LoggerFactory.getLogger(BundleTexts.class);
    private final Map<Long, Map<Locale, Properties>> byBundle = new ConcurrentHashMap<>();
    private final BundleTracker<Bundle> tracker;

    @Activate
    public BundleTexts(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.ACTIVE | Bundle.STARTING, new Customizer());
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public Optional<String> text(String key, Locale locale) {
        Locale wanted = Texts.supported(locale);
        for (Map<Locale, Properties> texts : byBundle.values()) {
            String value = lookup(texts, wanted, key);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static String lookup(Map<Locale, Properties> texts, Locale locale, String key) {
        Properties exact = texts.get(locale);
        if (exact != null && exact.getProperty(key) != null) {
            return exact.getProperty(key);
        }
        Properties base = texts.get(Locale.ENGLISH);
        return base == null ? null : base.getProperty(key);
    }

    private Map<Locale, Properties> load(Bundle bundle, String base) {
        Map<Locale, Properties> texts = new ConcurrentHashMap<>();
        read(bundle, base + ".properties").ifPresent(p -> texts.put(Locale.ENGLISH, p));
        read(bundle, base + "_zh_CN.properties").ifPresent(p -> texts.put(Locale.SIMPLIFIED_CHINESE, p));
        return texts;
    }

    private Optional<Properties> read(Bundle bundle, String path) {
        URL url = bundle.getEntry(path);
        if (url == null) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = url.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return Optional.of(properties);
        } catch (IOException e) {
            logger.warn("Cannot read translations {} of bundle {}", path, bundle.getSymbolicName(), e);
            return Optional.empty();
        }
    }

    private final class Customizer implements BundleTrackerCustomizer<Bundle> {

        @Override
        public Bundle addingBundle(Bundle bundle, BundleEvent event) {
            String base = bundle.getHeaders("").get(ModuleHeaders.TRANSLATIONS);
            if (base == null || base.isBlank()) {
                return null;
            }
            byBundle.put(bundle.getBundleId(), load(bundle, base.trim()));
            return bundle;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle object) {
            // texts do not change while a bundle is active
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, Bundle object) {
            byBundle.remove(bundle.getBundleId());
        }
    }
}
