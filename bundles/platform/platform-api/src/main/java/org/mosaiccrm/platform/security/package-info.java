/**
 * Permissions that contributions and services require.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mosaiccrm.platform.security;
