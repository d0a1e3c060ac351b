package org.mosaiccrm.platform.ui;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * The customer-360 tabs installed modules contribute, as the customer 360 page shows them: only
 * those the current user may see, in order.
 */
@ProviderType
public interface CustomerTabs {

    List<CustomerTabContribution> visibleTabs();

    /**
     * Runs {@code onChange} whenever a module's tab comes or goes, or what the user may see changes,
     * so that an open customer page shows a reinstalled module's tabs and drops an uninstalled one's
     * at once. It runs in {@code ui}'s lock with the signed-in user as the current subject (so
     * {@link #visibleTabs()} answers for them), once per burst of registry changes.
     *
     * @return removes the listener; call it when the page is detached
     */
    Registration onChange(UI ui, Runnable onChange);
}
