package org.mosaiccrm.platform.ui.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.mosaiccrm.platform.ui.CustomerTabContribution;
import org.mosaiccrm.platform.ui.CustomerTabs;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Customer-360 tabs from the plugin registry, filtered like every other contribution.
 *
 * <p>The registry is reached through its service objects, fetched per call, not injected: the
 * registry binds every contribution while it activates, the customer page's contribution needs
 * this service, and an injected registry made the three wait on each other (a service cycle, an
 * ERROR at first boot whenever the customer module's services came up before the registry).
 */
@Component(service = CustomerTabs.class)
public class HostCustomerTabs implements CustomerTabs {

    private final ComponentServiceObjects<UiContributions> contributions;

    @Activate
    public HostCustomerTabs(@Reference ComponentServiceObjects<UiContributions> contributions) {
        this.contributions = contributions;
    }

    @Override
    public List<CustomerTabContribution> visibleTabs() {
        UiContributions registry = contributions.getService();
        try {
            return registry.visibleCustomerTabs();
        } finally {
            contributions.ungetService(registry);
        }
    }

    @Override
    public Registration onChange(UI ui, Runnable onChange) {
        UiContributions registry = contributions.getService();
        Runnable unsubscribe = registry.addListener(change -> {
            if (change.kind() == UiContributions.Kind.CUSTOMER_TAB || change.kind() == UiContributions.Kind.POLICY) {
                CoalescedAccess.of(ui).submit(onChange);
            }
        });
        AtomicBoolean removed = new AtomicBoolean();
        return () -> {
            if (removed.compareAndSet(false, true)) {
                unsubscribe.run();
                contributions.ungetService(registry);
            }
        };
    }
}
