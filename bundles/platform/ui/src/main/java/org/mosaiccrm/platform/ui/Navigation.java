package org.mosaiccrm.platform.ui;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What the UI offers right now: the menu the current user sees and the routes that are live. A
 * module asks it before linking to another module's view (e.g. the customer 360 page links to an
 * opportunity only while the sales module is installed).
 */
@ProviderType
public interface Navigation {

    /** Menu entries the current user may see, in menu order. */
    List<MenuEntry> menu();

    /** Whether a view answers {@code route} (without leading slash) at this moment. */
    boolean hasRoute(String route);
}
