package org.mosaiccrm.platform.module.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mosaiccrm.platform.action.ActionContribution;
import org.mosaiccrm.platform.metric.MetricProvider;
import org.mosaiccrm.platform.module.ModuleHeaders;
import org.mosaiccrm.platform.search.SearchProvider;
import org.mosaiccrm.platform.ui.CustomerTabContribution;
import org.mosaiccrm.platform.ui.DashboardWidget;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * What each installed module adds to the product, counted from the contribution services its
 * bundles have registered right now (so a module that is installed but not started shows none).
 */
final class ModuleContributions {

    /** Contribution types in the order they are listed, with the key of their label. */
    private static final Map<Class<?>, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put(ViewContribution.class, "modules.contributes.views");
        KINDS.put(CustomerTabContribution.class, "modules.contributes.tabs");
        KINDS.put(DashboardWidget.class, "modules.contributes.widgets");
        KINDS.put(ActionContribution.class, "modules.contributes.actions");
        KINDS.put(SearchProvider.class, "modules.contributes.search");
        KINDS.put(MetricProvider.class, "modules.contributes.metrics");
    }

    /** A kind of contribution and how many a module has. */
    record Count(String labelKey, int count) {
    }

    private ModuleContributions() {
    }

    /** Per module id, the kinds it contributes with their counts. */
    static Map<String, List<Count>> of(BundleContext context) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        KINDS.forEach((type, labelKey) -> {
            for (ServiceReference<?> reference : references(context, type)) {
                String module = reference.getBundle() == null ? null
                        : reference.getBundle().getHeaders("").get(ModuleHeaders.MODULE);
                if (module != null) {
                    counts.computeIfAbsent(module, m -> new LinkedHashMap<>()).merge(labelKey, 1, Integer::sum);
                }
            }
        });
        Map<String, List<Count>> result = new TreeMap<>();
        counts.forEach((module, byKind) -> {
            List<Count> list = new ArrayList<>();
            KINDS.values().stream().filter(byKind::containsKey).forEach(key -> list.add(new Count(key, byKind.get(key))));
            result.put(module, List.copyOf(list));
        });
        return result;
    }

    private static ServiceReference<?>[] references(BundleContext context, Class<?> type) {
        try {
            ServiceReference<?>[] found = context.getAllServiceReferences(type.getName(), null);
            return found == null ? new ServiceReference<?>[0] : found;
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
