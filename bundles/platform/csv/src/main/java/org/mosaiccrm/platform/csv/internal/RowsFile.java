package org.mosaiccrm.platform.csv.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mosaiccrm.platform.csv.CsvCells;

/**
 * Rows handed over by a program, as the CSV file an import reads: UTF-8, the field names as heading,
 * every cell written so that the import reads back exactly that value (quoted where needed; a value
 * that would look like a neutralised formula is prefixed, see {@link CsvCells}).
 */
final class RowsFile {

    /** A line break as the CSV parser counts lines: CR LF, or a CR or LF alone. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    private RowsFile() {
    }

    /** The file, and the line each row starts on (a value with line breaks takes more than one). */
    record Written(byte[] bytes, long[] startLines) {

        /** The position in the rows handed over of the row starting on {@code line}, or -1. */
        int position(long line) {
            return Arrays.binarySearch(startLines, line);
        }
    }

    static Written write(List<String> fields, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long[] startLines = new long[rows.size()];
        long line = 2;
        try (CSVPrinter out = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            out.printRecord(fields);
            for (int i = 0; i < rows.size(); i++) {
                List<String> row = rows.get(i);
                if (row.size() != fields.size()) {
                    throw new IllegalArgumentException("A row of " + row.size() + " values for " + fields.size() + " fields");
                }
                startLines[i] = line;
                line++;
                for (String value : row) {
                    line += value == null ? 0 : LINE_BREAK.matcher(value).results().count();
                }
                out.printRecord(row.stream().map(value -> value == null ? "" : CsvCells.neutralise(value)).toList());
            }
        }
        return new Written(bytes.toByteArray(), startLines);
    }
}
