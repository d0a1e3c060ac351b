package org.mosaiccrm.platform.ui.internal;

import java.util.List;

import org.mosaiccrm.platform.ui.CustomerTabContribution;
import org.mosaiccrm.platform.ui.CustomerTabs;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Customer-360 tabs from the plugin registry, filtered like every other contribution. */
@Component(service = CustomerTabs.class)
public class HostCustomerTabs implements CustomerTabs {

    private final UiContributions contributions;

    @Activate
    public HostCustomerTabs(@Reference UiContributions contributions) {
        this.contributions = contributions;
    }

    @Override
    public List<CustomerTabContribution> visibleTabs() {
        return contributions.visibleCustomerTabs();
    }
}
