/**
 * Actions: commands a module adds to another module's screens, found by extension-point id.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mosaiccrm.platform.action;
