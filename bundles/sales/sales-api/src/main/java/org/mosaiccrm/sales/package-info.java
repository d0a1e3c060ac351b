/**
 * Sales: leads captured, worked and converted; opportunities moving through configurable stages,
 * won or lost; the pipeline they make.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.mosaiccrm.sales;
