package org.mosaiccrm.platform.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file for people to open in Excel or WPS: UTF-8 with a BOM (without it Excel turns Chinese
 * text into noise) and every cell passed through {@link CsvCells#neutralise}, so nothing a user or
 * an imported file typed runs as a formula. Every file the CRM hands to users is written with it:
 * exports, rejected rows, reports.
 */
public final class CsvExport implements Closeable, Flushable {

    private final CSVPrinter printer;

    private CsvExport(CSVPrinter printer) {
        this.printer = printer;
    }

    /** An export onto {@code out}; closing it closes {@code out}. */
    public static CsvExport to(OutputStream out) throws IOException {
        return new CsvExport(new CSVPrinter(CsvFiles.utf8WithBom(out), CSVFormat.DEFAULT));
    }

    /** Writes one row; {@code null} cells are empty. */
    public void row(List<?> cells) throws IOException {
        List<String> safe = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            safe.add(cell == null ? "" : CsvCells.neutralise(cell.toString()));
        }
        printer.printRecord(safe);
    }

    /** Writes one row of the given cells. */
    public void row(Object... cells) throws IOException {
        row(Arrays.asList(cells));
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
