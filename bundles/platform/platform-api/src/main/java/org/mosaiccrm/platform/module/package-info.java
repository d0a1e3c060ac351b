/**
 * Modules: what a business module is (descriptor), how the platform reports their state, and
 * how operators install and remove them at runtime ({@link org.mosaiccrm.platform.module.ModuleManager}).
 */
@org.osgi.annotation.versioning.Version("1.3.0")
package org.mosaiccrm.platform.module;
