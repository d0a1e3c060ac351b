package org.mosaiccrm.customer.csv;

import java.util.Map;

/**
 * How to import a received file.
 *
 * @param encoding  character set name (from the preview, or chosen by the user)
 * @param delimiter comma or semicolon
 * @param mapping   the column index for each field to fill; {@link ImportField#NAME} is required
 * @param policy    what to do with rows matching existing customers
 */
public record ImportSettings(String encoding, char delimiter, Map<ImportField, Integer> mapping, DuplicatePolicy policy) {

    public ImportSettings {
        mapping = Map.copyOf(mapping);
    }
}
