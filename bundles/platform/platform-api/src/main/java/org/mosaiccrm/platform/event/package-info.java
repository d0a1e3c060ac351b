/**
 * Event-topic conventions for EventAdmin events between modules.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.mosaiccrm.platform.event;
