package org.mosaiccrm.platform.action;

import org.mosaiccrm.platform.Contribution;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A button one module adds to another module's screen. The screen that offers an extension point
 * (e.g. {@code sales.opportunity.won}) shows every registered action for that point whose
 * permission the user holds and that {@link #isApplicable applies}.
 */
@ConsumerType
public interface ActionContribution extends Contribution {

    /** Service property naming the extension point, so screens can filter with LDAP. */
    String EXTENSION_POINT_PROPERTY = "mosaic.extension.point";

    /** The extension point this action belongs to. */
    String extensionPoint();

    /** Whether the action makes sense for this record now. */
    default boolean isApplicable(ActionContext context) {
        return true;
    }

    /**
     * Runs the action.
     *
     * @return a route to navigate to afterwards, or an empty string to stay
     */
    String execute(ActionContext context);
}
