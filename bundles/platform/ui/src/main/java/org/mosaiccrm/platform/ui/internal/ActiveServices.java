package org.mosaiccrm.platform.ui.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.vaadin.flow.server.VaadinService;

/** The host's live Vaadin services (one per servlet), for clean-up off request threads. */
final class ActiveServices {

    private static final Set<VaadinService> SERVICES = ConcurrentHashMap.newKeySet();

    private ActiveServices() {
    }

    static void add(VaadinService service) {
        SERVICES.add(service);
    }

    static void remove(VaadinService service) {
        SERVICES.remove(service);
    }

    static Stream<VaadinService> stream() {
        return SERVICES.stream();
    }
}
