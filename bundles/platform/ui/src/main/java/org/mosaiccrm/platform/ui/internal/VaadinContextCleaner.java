package org.mosaiccrm.platform.ui.internal;

import java.util.Collections;

import jakarta.servlet.ServletContext;

/**
 * Removes what Vaadin stored in the servlet context. The whiteboard keeps the context across a
 * restart of the host; a restarted host would otherwise find the old host's Lookup and fail with a
 * ClassCastException between the two class loaders.
 */
final class VaadinContextCleaner {

    private VaadinContextCleaner() {
    }

    static void removeVaadinAttributes(ServletContext context) {
        for (String name : Collections.list(context.getAttributeNames())) {
            if (name.startsWith("com.vaadin.")) {
                context.removeAttribute(name);
            }
        }
    }
}
