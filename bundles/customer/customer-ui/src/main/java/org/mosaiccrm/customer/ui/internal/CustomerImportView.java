package org.mosaiccrm.customer.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.mosaiccrm.customer.csv.CsvPreview;
import org.mosaiccrm.customer.csv.CustomerCsv;
import org.mosaiccrm.customer.csv.DuplicatePolicy;
import org.mosaiccrm.customer.csv.ImportField;
import org.mosaiccrm.customer.csv.ImportProgress;
import org.mosaiccrm.customer.csv.ImportSettings;
import org.mosaiccrm.customer.csv.RejectedRow;
import org.mosaiccrm.platform.csv.CsvFileException;
import org.mosaiccrm.platform.csv.CsvImportStatus;
import org.mosaiccrm.platform.csv.CsvSample;
import org.mosaiccrm.platform.csv.RejectedRowsText;
import org.mosaiccrm.platform.csv.Rejection;
import org.mosaiccrm.platform.csv.RowProblem;
import org.mosaiccrm.platform.ui.CsvImportWizard;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Importing customers from a CSV file: the platform's import steps on {@link CustomerCsv}, with
 * the customer fields and the choice of what happens to duplicates.
 */
public class CustomerImportView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    public CustomerImportView(CustomerCsv csv) {
        setId("customer-import-view");
        Map<String, String> fields = new LinkedHashMap<>();
        for (ImportField field : ImportField.values()) {
            fields.put(field.name(), ImportFields.labelKey(field));
        }
        Map<String, String> policies = new LinkedHashMap<>();
        for (DuplicatePolicy policy : DuplicatePolicy.values()) {
            policies.put(policy.name(), "import.policy." + policy.name());
        }
        add(new H2(getTranslation("import.title")), new CsvImportWizard(new CustomerImports(csv),
                new CsvImportWizard.Texts(fields, "import.policy", policies, "customers", "import.toList",
                        "import.state.CANCELLED.customers"), "import.upload.hint"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }

    /** The customer import API (which predates the platform's) in the wizard's terms. */
    private static final class CustomerImports implements CsvImportWizard.Backend {

        private final CustomerCsv csv;
        /** The service's suggestion comes with the file as read; the wizard asks for it right after. */
        private CsvPreview lastRead;

        CustomerImports(CustomerCsv csv) {
            this.csv = csv;
        }

        @Override
        public CsvSample receive(String fileName, InputStream content) throws IOException {
            try {
                return sample(csv.receive(fileName, content));
            } catch (org.mosaiccrm.customer.csv.CsvFileException e) {
                throw new CsvFileException(e.getMessage(), e.line());
            }
        }

        @Override
        public CsvSample reread(String fileId, String encoding, char delimiter) {
            return translated(() -> sample(csv.reread(fileId, encoding, delimiter)));
        }

        @Override
        public Map<String, Integer> suggestedMapping(CsvSample sample) {
            CsvPreview read = lastRead != null && lastRead.fileId().equals(sample.fileId()) ? lastRead
                    : translated(() -> csv.reread(sample.fileId(), sample.encoding(), sample.delimiter()));
            Map<String, Integer> mapping = new LinkedHashMap<>();
            read.mapping().forEach((field, column) -> mapping.put(field.name(), column));
            return mapping;
        }

        @Override
        public CsvImportStatus start(String fileId, String encoding, char delimiter, Map<String, Integer> mapping,
                String option) {
            Map<ImportField, Integer> fields = new EnumMap<>(ImportField.class);
            mapping.forEach((field, column) -> fields.put(ImportField.valueOf(field), column));
            return translated(() -> status(csv.start(fileId, new ImportSettings(encoding, delimiter, fields,
                    DuplicatePolicy.valueOf(option)))));
        }

        @Override
        public Optional<CsvImportStatus> status(String jobId) {
            return csv.progress(jobId).map(CustomerImports::status);
        }

        @Override
        public void cancel(String jobId) {
            csv.cancel(jobId);
        }

        @Override
        public void writeRejected(String jobId, Function<Rejection, String> reasonText, OutputStream out) throws IOException {
            csv.writeRejected(jobId, row -> reasonText.apply(rejection(row)), out);
        }

        @Override
        public void writeRejected(String jobId, RejectedRowsText text, OutputStream out) throws IOException {
            csv.writeRejected(jobId, text, out);
        }

        private CsvSample sample(CsvPreview preview) {
            lastRead = preview;
            return new CsvSample(preview.fileId(), preview.fileName(), preview.encoding(), preview.delimiter(),
                    preview.headers(), preview.sample());
        }

        private static CsvImportStatus status(ImportProgress progress) {
            return new CsvImportStatus(progress.jobId(), progress.fileName(),
                    CsvImportStatus.State.valueOf(progress.state().name()), progress.fraction(), progress.rowsRead(),
                    progress.created(), progress.updated(), progress.skipped(), progress.rejected(),
                    progress.firstRejected().stream().map(CustomerImports::rejection).toList(), progress.failureKey());
        }

        private static Rejection rejection(RejectedRow row) {
            return Rejection.of(row.line(), row.problems().stream()
                    .map(p -> new RowProblem(p.field() == null ? null : p.field().name(), p.reasonKey())).toList(), row.values());
        }

        private static <T> T translated(Supplier<T> call) {
            try {
                return call.get();
            } catch (org.mosaiccrm.customer.csv.CsvFileException e) {
                throw new CsvFileException(e.getMessage(), e.line());
            }
        }
    }
}
