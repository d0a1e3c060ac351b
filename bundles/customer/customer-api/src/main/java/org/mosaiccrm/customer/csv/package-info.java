/**
 * Customers as CSV files: the export of a filtered list and the fields an import fills. The import
 * itself is the platform's ({@code org.mosaiccrm.platform.csv.Imports}, id {@link
 * org.mosaiccrm.customer.csv.CustomerCsv#IMPORT_ID}); the customer types that mirrored it (preview,
 * settings, progress, rejected rows, file exception, duplicate policy) are gone since 2.0.
 */
@org.osgi.annotation.versioning.Version("2.0.0")
package org.mosaiccrm.customer.csv;
