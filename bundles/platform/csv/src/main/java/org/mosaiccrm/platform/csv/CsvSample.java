package org.mosaiccrm.platform.csv;

import java.util.List;

/**
 * What the mapping step shows of a received file: how it was read, its header and first rows.
 *
 * @param fileId    the copy kept of the file, for {@link CsvImports#start}
 * @param encoding  detected (or chosen) character set name, e.g. UTF-8 or GB18030
 * @param delimiter detected (or chosen) separator: comma, semicolon or tab
 * @param headers   the first row
 * @param sample    up to {@link CsvImports#PREVIEW_ROWS} rows after it
 */
public record CsvSample(String fileId, String fileName, String encoding, char delimiter, List<String> headers,
        List<List<String>> sample) {

    public CsvSample {
        headers = List.copyOf(headers);
        sample = sample.stream().map(List::copyOf).toList();
    }
}
