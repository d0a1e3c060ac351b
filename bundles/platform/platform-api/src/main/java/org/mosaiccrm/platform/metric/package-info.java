/**
 * Metrics: numbers and series a module provides to dashboards and BI.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mosaiccrm.platform.metric;
