/**
 * The plugin registry's common contract: every contribution a module publishes as an OSGi service
 * carries a title key, an order and the permission it needs.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mosaiccrm.platform;
