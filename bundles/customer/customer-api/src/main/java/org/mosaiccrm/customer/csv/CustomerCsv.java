package org.mosaiccrm.customer.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

import org.mosaiccrm.customer.CustomerQuery;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Customers as CSV files. The export writes a filtered list; the import is the platform's ({@code
 * org.mosaiccrm.platform.csv.Imports}) under {@link #IMPORT_ID}: mapping, preview, duplicate policy,
 * background run with progress and rejected rows. A file exported here imports again with the
 * suggested mapping.
 */
@ProviderType
public interface CustomerCsv {

    /** The id of the customer import in the platform's {@code Imports}. @since 2.0 */
    String IMPORT_ID = "customer";

    /**
     * Writes the customers in the caller's record scope matching {@code query} as CSV (UTF-8 with
     * BOM). The header names the columns as {@code header} does; a file exported this way imports
     * again with the suggested mapping. Needs {@code customer.export}.
     */
    void export(CustomerQuery query, Function<ImportField, String> header, OutputStream out) throws IOException;
}
