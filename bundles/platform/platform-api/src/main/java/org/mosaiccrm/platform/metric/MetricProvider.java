package org.mosaiccrm.platform.metric;

import org.mosaiccrm.platform.Contribution;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A figure a module contributes to the home dashboard and to BI (e.g. "open pipeline"). BI shows
 * only what installed modules provide.
 */
@ConsumerType
public interface MetricProvider extends Contribution {

    /** Stable id, e.g. {@code customer.count}. */
    String id();

    /** The current value for the calling user's record scope. */
    MetricValue current();
}
