package org.mosaiccrm.platform.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.mosaiccrm.platform.csv.CsvFileException;
import org.mosaiccrm.platform.csv.CsvImportStatus;
import org.mosaiccrm.platform.csv.CsvSample;
import org.mosaiccrm.platform.csv.RejectedRowsText;
import org.mosaiccrm.platform.csv.Rejection;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The import steps on a module's own import service, as modules wrote them before the platform's
 * {@code Imports}: kept so that their bundles keep working; the steps are {@link ImportWizard}'s.
 *
 * @deprecated offer an {@link org.mosaiccrm.platform.csv.ImportDefinition} and use {@link ImportWizard};
 *             goes with the next major version of this package
 */
@Deprecated(since = "1.5", forRemoval = true)
public class CsvImportWizard extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** A module's import, through its service. Refusals throw {@link CsvFileException} with an i18n key. */
    public interface Backend {

        CsvSample receive(String fileName, InputStream content) throws IOException;

        CsvSample reread(String fileId, String encoding, char delimiter);

        /** The column each field is likely in, from the headers (English or Chinese). */
        Map<String, Integer> suggestedMapping(CsvSample sample);

        CsvImportStatus start(String fileId, String encoding, char delimiter, Map<String, Integer> mapping, String option);

        Optional<CsvImportStatus> status(String jobId);

        void cancel(String jobId);

        void writeRejected(String jobId, Function<Rejection, String> reasonText, OutputStream out) throws IOException;

        /**
         * Every rejected row with all its problems, field labels and headings in the user's words.
         * Modules whose import predates it answer with {@link #writeRejected(String, Function, OutputStream)}.
         */
        default void writeRejected(String jobId, RejectedRowsText text, OutputStream out) throws IOException {
            writeRejected(jobId, row -> text.reason(row.reasonKey()), out);
        }
    }

    /**
     * What the wizard says for a module.
     *
     * @param fields        field name to the label key, in the order shown
     * @param optionsKey    label of the option group, or null for none
     * @param options       option name to label key; the first is chosen
     * @param doneRoute     where "done" leads (the module's list)
     * @param doneKey       label of that button
     * @param cancelledKey  what a cancelled import means for this module's data
     */
    public record Texts(Map<String, String> fields, String optionsKey, Map<String, String> options, String doneRoute,
            String doneKey, String cancelledKey) {

        public Texts {
            fields = new LinkedHashMap<>(fields);
            options = new LinkedHashMap<>(options);
        }
    }

    public CsvImportWizard(Backend backend, Texts texts, String uploadHintKey) {
        setPadding(false);
        add(new ImportWizard(new OnBackend(backend), new ImportWizard.Labels(texts.fields(), texts.optionsKey(),
                texts.options()), new ImportWizard.Texts(uploadHintKey, texts.doneRoute(), texts.doneKey(),
                        texts.cancelledKey())));
    }

    /** A module's backend in the wizard's steps. */
    private record OnBackend(Backend backend) implements ImportWizard.Steps {

        @Override
        public CsvSample receive(String fileName, InputStream content) throws IOException {
            return backend.receive(fileName, content);
        }

        @Override
        public CsvSample reread(String fileId, String encoding, char delimiter) {
            return backend.reread(fileId, encoding, delimiter);
        }

        @Override
        public Map<String, Integer> suggestedMapping(CsvSample sample) {
            return backend.suggestedMapping(sample);
        }

        @Override
        public CsvImportStatus start(String fileId, String encoding, char delimiter, Map<String, Integer> mapping,
                String option) {
            return backend.start(fileId, encoding, delimiter, mapping, option);
        }

        @Override
        public Optional<CsvImportStatus> status(String jobId) {
            return backend.status(jobId);
        }

        @Override
        public void cancel(String jobId) {
            backend.cancel(jobId);
        }

        @Override
        public void writeRejected(String jobId, RejectedRowsText text, OutputStream out) throws IOException {
            backend.writeRejected(jobId, text, out);
        }
    }
}
