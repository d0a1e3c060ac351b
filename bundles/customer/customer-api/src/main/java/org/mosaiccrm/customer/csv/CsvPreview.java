package org.mosaiccrm.customer.csv;

import java.util.List;
import java.util.Map;

/**
 * What the mapping step shows of an uploaded file: how it was read, its columns, its first rows
 * and a suggested mapping from column headers (English or Chinese) to fields.
 *
 * @param fileId    the service's copy of the file, for {@link CustomerCsv#start}
 * @param encoding  detected (or chosen) character set name, e.g. UTF-8 or GB18030
 * @param delimiter detected (or chosen) separator, comma or semicolon
 * @param headers   the first row
 * @param sample    up to 10 rows after it
 * @param mapping   suggested field for each column index it recognised
 */
public record CsvPreview(String fileId, String fileName, String encoding, char delimiter, List<String> headers,
        List<List<String>> sample, Map<ImportField, Integer> mapping) {

    public CsvPreview {
        headers = List.copyOf(headers);
        sample = sample.stream().map(List::copyOf).toList();
        mapping = Map.copyOf(mapping);
    }
}
