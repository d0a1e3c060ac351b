package org.mosaiccrm.platform.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The CSV imports of every installed module, by the id of their {@link ImportDefinition}. Every call
 * needs the definition's permission; imports are private to the user who started them. Refusals
 * come as {@link CsvFileException} with an i18n key ({@code import.error.unavailable} when no module
 * offers the import, e.g. after it was uninstalled).
 *
 * @since 2.1
 */
@ProviderType
public interface Imports {

    /**
     * Most rows {@link #importRows} takes in one call.
     *
     * @since 2.2
     */
    int MAX_ROWS = 1000;

    /** The import a module offers under this id, if the caller may use it. */
    Optional<ImportDefinition> definition(String importId);

    /**
     * Keeps a copy of an uploaded file and reads its beginning: character set (UTF-8 with or without
     * BOM, UTF-16 with BOM, else GB18030, which covers GBK files from Chinese Excel) and separator.
     */
    CsvSample receive(String importId, String fileName, InputStream content) throws IOException;

    /** Reads a received file again with the encoding and separator the user chose. */
    CsvSample reread(String importId, String fileId, String encoding, char delimiter);

    /** The column each field is likely in, by the definition's headings (English or Chinese). */
    Map<String, Integer> suggestedMapping(String importId, CsvSample sample);

    /** Starts importing a received file in the background, as the caller. */
    CsvImportStatus start(String importId, String fileId, ImportSettings settings);

    /**
     * Imports rows a program hands over (the integration API's bulk create) as one import run, exactly
     * as if they had come in a file: the same checks per row, duplicate rule, counts, audit entries and
     * list of rejected rows. The rows are kept as a CSV file named {@code fileName} with the field names
     * as its heading. Returns when the run has finished (or after two minutes, still running); in the
     * status a rejected row's line is its position in {@code rows} plus 2 (the heading is line 1).
     *
     * @param fields the field name ({@link ImportField#name()}) of each value of a row
     * @param rows   1 to {@link #MAX_ROWS} rows, each with a value (empty: not set) for every field
     * @param policy what to do with duplicates; null: the import's default
     * @throws CsvFileException {@code import.error.noRows}, {@code import.error.tooManyRows},
     *                          {@code import.error.unknownField}, {@code import.error.policy}
     * @since 2.2
     */
    CsvImportStatus importRows(String importId, String fileName, List<String> fields, List<List<String>> rows,
            DuplicatePolicy policy);

    /** One of the caller's imports (empty for others' or unknown ids). */
    Optional<CsvImportStatus> status(String importId, String jobId);

    /** Asks one of the caller's imports to stop after the batch it is writing. */
    void cancel(String importId, String jobId);

    /**
     * Writes every rejected row of one of the caller's finished imports as CSV (UTF-8 with BOM): line,
     * fields, every reason, then the row as read, under headings in the words of {@code text}.
     */
    void writeRejected(String importId, String jobId, RejectedRowsText text, OutputStream out) throws IOException;
}
