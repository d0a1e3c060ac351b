/**
 * The plugin registry's common contract: every contribution a module publishes as an OSGi service
 * carries a title key, an order and the permission it needs; input a service refuses comes as
 * {@link org.mosaiccrm.platform.InputRefusedException}.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.mosaiccrm.platform;
