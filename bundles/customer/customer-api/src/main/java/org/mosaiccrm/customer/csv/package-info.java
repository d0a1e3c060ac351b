/**
 * Customers from and to CSV files: the import (mapping, preview, duplicate policy, background run
 * with progress, rejected rows) and the export of a filtered list.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.mosaiccrm.customer.csv;
