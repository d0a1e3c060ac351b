package org.mosaiccrm.platform.ui;

import org.mosaiccrm.platform.Contribution;
import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.flow.component.Component;

/** A tab on the customer 360 page, e.g. the customer's opportunities or tickets. */
@ConsumerType
public interface CustomerTabContribution extends Contribution {

    /** Stable id, e.g. {@code sales.opportunities}. */
    String id();

    /** Builds the tab's content for one customer. */
    Component createTab(long customerId);
}
