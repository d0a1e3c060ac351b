package org.mosaiccrm.platform.rest;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.mosaiccrm.platform.csv.CsvImportStatus;
import org.mosaiccrm.platform.csv.Rejection;
import org.mosaiccrm.platform.text.Texts;

/**
 * The answer to a bulk create (records imported as one import run, {@code Imports.importRows}): the
 * run's counts and each rejected record by its position in the request, with the field named as the
 * API names it and the reason as a key and as text in the caller's language. All rejected rows, as
 * CSV, are at {@code rejectedRows}.
 *
 * @param state       {@code DONE}, or {@code RUNNING} if the run had not finished when answered
 *                    (read {@code /api/v1/imports/<importId>/<jobId>} later)
 * @param rejections  the first rejected records (up to 100; {@code rejected} counts them all)
 * @param rejectedRows where every rejected row is, as CSV
 * @since 1.1
 */
public record ImportResult(String importId, String jobId, String state, long rows, long created, long updated, long skipped,
        long rejected, List<Refusal> rejections, String rejectedRows) {

    /** One record the import did not take. @param index its position in the request, from 0 */
    public record Refusal(long index, String field, String key, String message) {
    }

    public ImportResult {
        rejections = List.copyOf(rejections);
    }

    /**
     * @param fieldName the API's name of an import field ({@code TAX_ID} → {@code taxId})
     */
    public static ImportResult of(String importId, CsvImportStatus status, Texts texts, Locale locale,
            UnaryOperator<String> fieldName) {
        Locale language = Texts.supported(locale);
        List<Refusal> refusals = status.firstRejected().stream().map(row -> refusal(row, texts, language, fieldName)).toList();
        return new ImportResult(importId, status.jobId(), status.state().name(), status.rowsRead(), status.created(),
                status.updated(), status.skipped(), status.rejected(), refusals,
                "/api/" + Api.V1 + "/imports/" + importId + "/" + status.jobId() + "/rejected");
    }

    private static Refusal refusal(Rejection row, Texts texts, Locale language, UnaryOperator<String> fieldName) {
        String field = row.field() == null ? null : fieldName.apply(row.field());
        return new Refusal(row.line() - 2, field, row.reasonKey(), texts.format(row.reasonKey(), language));
    }
}
