/** Notes: the example module's API, used by other modules and by tests. */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.mosaiccrm.example.notes;
