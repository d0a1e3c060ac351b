package org.mosaiccrm.platform.csv;

import java.util.Map;

/**
 * How to import a received file.
 *
 * @param encoding  character set name (from the sample, or chosen by the user)
 * @param delimiter comma, semicolon or tab
 * @param mapping   the column index for each field name to fill
 * @param policy    what to do with rows matching existing records; null where the import offers no choice
 * @since 2.1
 */
public record ImportSettings(String encoding, char delimiter, Map<String, Integer> mapping, DuplicatePolicy policy) {

    public ImportSettings {
        mapping = Map.copyOf(mapping);
    }
}
