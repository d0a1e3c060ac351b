package org.mosaiccrm.customer.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Function;

import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.platform.csv.RejectedRowsText;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports customers from CSV files and exports lists of customers as CSV.
 *
 * <p>Import: {@link #receive} a file, show its {@link CsvPreview}, let the user map columns and
 * choose a {@link DuplicatePolicy}, then {@link #start} it: it runs in the background, as the user
 * who started it, in batches that are each written whole or not at all. A row that fails
 * validation is rejected with its line and reason and never stops the others. Needs
 * {@code customer.import} and {@code customer.create}.
 */
@ProviderType
public interface CustomerCsv {

    /** Largest file accepted, in bytes. */
    long MAX_FILE_BYTES = 512L * 1024 * 1024;
    /** Rows shown in a preview. */
    int PREVIEW_ROWS = 10;

    /**
     * Keeps a copy of an uploaded file and reads its beginning: character set (UTF-8 with or without
     * BOM, UTF-16 with BOM, else GB18030, which covers GBK files from Chinese Excel) and separator.
     *
     * @throws CsvFileException when it is empty, too large or not a CSV file
     */
    CsvPreview receive(String fileName, InputStream content) throws IOException;

    /** Reads a received file again with the encoding and separator the user chose. */
    CsvPreview reread(String fileId, String encoding, char delimiter);

    /**
     * Starts importing a received file in the background.
     *
     * @throws CsvFileException when the settings cannot work (no name column, unknown encoding)
     */
    ImportProgress start(String fileId, ImportSettings settings);

    /** The progress of one of the caller's imports (empty for others' or unknown ids). */
    Optional<ImportProgress> progress(String jobId);

    /** Asks one of the caller's imports to stop after the batch it is writing. */
    void cancel(String jobId);

    /**
     * Writes every rejected row of one of the caller's imports as CSV (UTF-8 with BOM, so Excel
     * shows Chinese text): line, field, reason, then the row as read.
     *
     * @param reasonText turns a rejected row's reason into words in the user's language
     */
    void writeRejected(String jobId, Function<RejectedRow, String> reasonText, OutputStream out) throws IOException;

    /**
     * Writes every rejected row of one of the caller's imports as CSV for people: line, the labels of
     * the fields at fault (by {@link ImportField} name), every reason, then the row as read, under a
     * heading row that names these and the file's own columns, all in the words of {@code text}.
     *
     * @since 1.2
     */
    default void writeRejected(String jobId, RejectedRowsText text, OutputStream out) throws IOException {
        writeRejected(jobId, row -> text.reason(row.reasonKey()), out);
    }

    /**
     * Writes the customers in the caller's record scope matching {@code query} as CSV (UTF-8 with
     * BOM). The header names the columns as {@code header} does; a file exported this way imports
     * again with the suggested mapping. Needs {@code customer.export}.
     */
    void export(CustomerQuery query, Function<ImportField, String> header, OutputStream out) throws IOException;
}
