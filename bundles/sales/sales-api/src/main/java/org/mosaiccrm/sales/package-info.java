/**
 * Sales: leads captured, worked and converted; opportunities moving through configurable stages,
 * won or lost; the pipeline they make, quotes, orders, and the forecast against quotas.
 */
@org.osgi.annotation.versioning.Version("3.3.0")
package org.mosaiccrm.sales;
