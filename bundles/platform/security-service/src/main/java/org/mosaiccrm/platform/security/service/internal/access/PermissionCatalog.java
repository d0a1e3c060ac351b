package org.mosaiccrm.platform.security.service.internal.access;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.mosaiccrm.platform.security.PermissionDefinition;
import org.mosaiccrm.platform.security.PermissionProvider;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The permissions installed modules declare (whiteboard of {@link PermissionProvider}). */
@Component(service = PermissionCatalog.class)
public class PermissionCatalog {

    private final Logger logger = LoggerFactory.getLogger(PermissionCatalog.class);
    private final List<PermissionProvider> providers = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addProvider(PermissionProvider provider) {
        providers.add(provider);
    }

    public void removeProvider(PermissionProvider provider) {
        providers.remove(provider);
    }

    public List<PermissionDefinition> all() {
        return providers.stream().flatMap(provider -> {
            try {
                return provider.permissions().stream();
            } catch (RuntimeException e) {
                logger.warn("Permission provider {} failed", provider.getClass().getName(), e);
                return java.util.stream.Stream.empty();
            }
        }).distinct().sorted(Comparator.comparing(PermissionDefinition::id)).toList();
    }
}
