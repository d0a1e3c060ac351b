package org.mosaiccrm.platform.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
