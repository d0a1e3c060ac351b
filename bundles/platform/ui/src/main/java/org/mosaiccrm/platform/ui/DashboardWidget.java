package org.mosaiccrm.platform.ui;

import org.mosaiccrm.platform.Contribution;
import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.flow.component.Component;

/** A card on the home dashboard, e.g. "My follow-ups due" or "Open pipeline". */
@ConsumerType
public interface DashboardWidget extends Contribution {

    /** Stable id, e.g. {@code customer.followups}. */
    String id();

    /** Builds the card's content for the current user. */
    Component createWidget();
}
