/**
 * Authentication, permissions and record scope: what modules declare ({@link
 * org.mosaiccrm.platform.security.PermissionProvider}) and what their services check ({@link
 * org.mosaiccrm.platform.security.AccessPolicy}). See docs/security.md.
 */
@org.osgi.annotation.versioning.Version("3.3.0")
package org.mosaiccrm.platform.security;
