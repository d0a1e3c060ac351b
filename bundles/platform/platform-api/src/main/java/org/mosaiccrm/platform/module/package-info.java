/**
 * Modules: what a business module is (descriptor) and how the platform reports their state.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mosaiccrm.platform.module;
