package org.mosaiccrm.sales;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.mosaiccrm.platform.csv.CsvImportStatus;
import org.mosaiccrm.platform.csv.CsvSample;
import org.mosaiccrm.platform.csv.RejectedRowsText;
import org.mosaiccrm.platform.csv.Rejection;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports leads from CSV files with the platform's import (encodings of Chinese Excel, preview,
 * background run in batches, rejected rows with reasons). A row whose email or phone matches an
 * open lead is skipped, so re-running a file adds nothing twice. Rows without an owner column go
 * by the round-robin rule. Needs {@link LeadService#PERMISSION_IMPORT} and {@link LeadService#PERMISSION_CREATE}.
 *
 * @since 1.1
 */
@ProviderType
public interface LeadImport {

    /** The fields a column can fill. */
    enum Field {
        NAME, COMPANY, TITLE, EMAIL, PHONE, SOURCE, GRADE, SCORE, NOTES
    }

    /** @throws org.mosaiccrm.platform.csv.CsvFileException when the file cannot be read */
    CsvSample receive(String fileName, InputStream content) throws IOException;

    CsvSample reread(String fileId, String encoding, char delimiter);

    /** The column each field is likely in, from English or Chinese headers. */
    Map<Field, Integer> suggestedMapping(CsvSample sample);

    /** @throws org.mosaiccrm.platform.csv.CsvFileException when the name column is not mapped */
    CsvImportStatus start(String fileId, String encoding, char delimiter, Map<Field, Integer> mapping);

    Optional<CsvImportStatus> progress(String jobId);

    void cancel(String jobId);

    void writeRejected(String jobId, Function<Rejection, String> reasonText, OutputStream out) throws IOException;

    /**
     * Every rejected row of one of the caller's imports with all its problems, in the words of
     * {@code text}, under a heading row that names the file's own columns too.
     *
     * @since 1.4
     */
    void writeRejected(String jobId, RejectedRowsText text, OutputStream out) throws IOException;
}
