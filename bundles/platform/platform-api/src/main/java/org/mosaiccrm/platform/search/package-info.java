/**
 * Global search: each module answers the search box for its own records.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mosaiccrm.platform.search;
