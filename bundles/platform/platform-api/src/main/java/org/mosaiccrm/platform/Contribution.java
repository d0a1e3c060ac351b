package org.mosaiccrm.platform;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Something a module adds to the product through the plugin registry. Modules publish
 * contributions as OSGi services; the platform tracks them and shows each one only to users who
 * hold {@link #requiredPermission()}.
 */
@ConsumerType
public interface Contribution {

    /** Permission meaning "anyone who is logged in". */
    String NO_PERMISSION = "";

    /** i18n key of the title shown to users, resolved through the module's translations. */
    String titleKey();

    /** Position among contributions of the same kind and group; lower comes first. */
    default int order() {
        return 100;
    }

    /** Permission id such as {@code customer.read}; {@link #NO_PERMISSION} when none is needed. */
    default String requiredPermission() {
        return NO_PERMISSION;
    }
}
