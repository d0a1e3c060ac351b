/**
 * The tamper-evident audit log every module writes its changes to. See docs/security.md.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.mosaiccrm.platform.audit;
