package org.mosaiccrm.platform.ui;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The customer-360 tabs installed modules contribute, as the customer 360 page shows them: only
 * those the current user may see, in order.
 */
@ProviderType
public interface CustomerTabs {

    List<CustomerTabContribution> visibleTabs();
}
