package org.mosaiccrm.sales.ui.internal.lead;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.mosaiccrm.platform.csv.CsvImportStatus;
import org.mosaiccrm.platform.csv.CsvSample;
import org.mosaiccrm.platform.csv.RejectedRowsText;
import org.mosaiccrm.platform.csv.Rejection;
import org.mosaiccrm.platform.ui.CsvImportWizard;
import org.mosaiccrm.sales.LeadImport;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** Importing leads: the platform's import steps with the lead fields; duplicates of open leads are skipped. */
public class LeadImportView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    public LeadImportView(LeadImport imports) {
        setId("lead-import-view");
        Map<String, String> fields = new LinkedHashMap<>();
        for (LeadImport.Field field : LeadImport.Field.values()) {
            fields.put(field.name(), "sales.lead.field." + field.name().toLowerCase(java.util.Locale.ROOT));
        }
        add(new H2(getTranslation("sales.lead.import.title")), new CsvImportWizard(new Backend(imports),
                new CsvImportWizard.Texts(fields, null, Map.of(), "sales/leads", "sales.lead.import.toList",
                        "sales.lead.import.cancelled"), "sales.lead.import.hint"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sales.lead.import.title");
    }

    /** The lead import in the wizard's terms. */
    private record Backend(LeadImport imports) implements CsvImportWizard.Backend {

        @Override
        public CsvSample receive(String fileName, InputStream content) throws IOException {
            return imports.receive(fileName, content);
        }

        @Override
        public CsvSample reread(String fileId, String encoding, char delimiter) {
            return imports.reread(fileId, encoding, delimiter);
        }

        @Override
        public Map<String, Integer> suggestedMapping(CsvSample sample) {
            Map<String, Integer> mapping = new LinkedHashMap<>();
            imports.suggestedMapping(sample).forEach((field, column) -> mapping.put(field.name(), column));
            return mapping;
        }

        @Override
        public CsvImportStatus start(String fileId, String encoding, char delimiter, Map<String, Integer> mapping, String option) {
            Map<LeadImport.Field, Integer> fields = new EnumMap<>(LeadImport.Field.class);
            mapping.forEach((field, column) -> fields.put(LeadImport.Field.valueOf(field), column));
            return imports.start(fileId, encoding, delimiter, fields);
        }

        @Override
        public Optional<CsvImportStatus> status(String jobId) {
            return imports.progress(jobId);
        }

        @Override
        public void cancel(String jobId) {
            imports.cancel(jobId);
        }

        @Override
        public void writeRejected(String jobId, Function<Rejection, String> reasonText, OutputStream out) throws IOException {
            imports.writeRejected(jobId, reasonText, out);
        }

        @Override
        public void writeRejected(String jobId, RejectedRowsText text, OutputStream out) throws IOException {
            imports.writeRejected(jobId, text, out);
        }
    }
}
