package org.mosaiccrm.platform.module.service.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mosaiccrm.platform.module.ModuleManager;

/**
 * Reads the capability by which a feature says it is a module:
 * {@code mosaic.module;mosaic.module=<id>[;core=true]}. Plain string attributes only: typed ones
 * ({@code core:Boolean}) break Karaf's features resolver.
 */
public final class ModuleCapability {

    private static final Pattern ID = Pattern.compile(";\\s*" + Pattern.quote(ModuleManager.CAPABILITY)
            + "(?::String)?\\s*=\\s*\"?([A-Za-z0-9._-]+)\"?");
    private static final Pattern CORE = Pattern.compile(";\\s*core(?::Boolean)?\\s*=\\s*\"?true\"?");

    private ModuleCapability() {
    }

    /** The module id the capability declares, if it is the module capability. */
    public static Optional<String> idOf(String capability) {
        String value = capability == null ? "" : capability.strip();
        if (value.startsWith(ModuleManager.CAPABILITY + ";") || value.equals(ModuleManager.CAPABILITY)) {
            Matcher id = ID.matcher(value);
            if (id.find()) {
                return Optional.of(id.group(1));
            }
        }
        return Optional.empty();
    }

    /** Whether the capability marks a core module. */
    public static boolean core(String capability) {
        return capability != null && CORE.matcher(capability).find();
    }
}
