package org.mosaiccrm.platform.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.mosaiccrm.platform.csv.CsvFileException;
import org.mosaiccrm.platform.csv.CsvImportStatus;
import org.mosaiccrm.platform.csv.CsvImports;
import org.mosaiccrm.platform.csv.CsvSample;
import org.mosaiccrm.platform.csv.DuplicatePolicy;
import org.mosaiccrm.platform.csv.ImportDefinition;
import org.mosaiccrm.platform.csv.ImportSettings;
import org.mosaiccrm.platform.csv.Imports;
import org.mosaiccrm.platform.csv.RejectedRowsText;
import org.mosaiccrm.platform.csv.Rejection;
import org.mosaiccrm.platform.csv.RowProblem;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;

/**
 * The steps of every CSV import, built from the module's {@link ImportDefinition}: upload; check how
 * the file was read, map its columns to the module's fields and choose what happens to duplicates;
 * watch the import run (and cancel it); read the result and download the rejected rows. Every call
 * goes through the platform's {@link Imports}, which checks the definition's permission.
 *
 * @since 1.5
 *
 * <p>Element ids: {@code import-upload}, {@code import-encoding}, {@code import-delimiter},
 * {@code import-map-<FIELD>}, {@code import-option}, {@code import-start}, {@code import-progress},
 * {@code import-cancel}, {@code import-result}, {@code import-rejected}, {@code import-again}.
 */
public class ImportWizard extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final List<String> ENCODINGS = List.of("UTF-8", "GB18030", "UTF-16LE", "UTF-16BE", "Big5");
    private static final int NOT_MAPPED = -1;

    /**
     * What the page around the wizard says.
     *
     * @param uploadHintKey what files the first step takes
     * @param doneRoute     where "done" leads (the module's list)
     * @param doneKey       label of that button
     * @param cancelledKey  what a cancelled import means for this module's data
     */
    public record Texts(String uploadHintKey, String doneRoute, String doneKey, String cancelledKey) {
    }

    /** The steps' calls on an import (the platform's {@link Imports}, or a module's own service before 1.5). */
    interface Steps {

        CsvSample receive(String fileName, InputStream content) throws IOException;

        CsvSample reread(String fileId, String encoding, char delimiter);

        Map<String, Integer> suggestedMapping(CsvSample sample);

        CsvImportStatus start(String fileId, String encoding, char delimiter, Map<String, Integer> mapping, String option);

        Optional<CsvImportStatus> status(String jobId);

        void cancel(String jobId);

        void writeRejected(String jobId, RejectedRowsText text, OutputStream out) throws IOException;
    }

    /** The labels of the mapping step: field name to label key in order, the option question and answers. */
    record Labels(Map<String, String> fields, String optionsKey, Map<String, String> options) {

        Labels {
            fields = new LinkedHashMap<>(fields);
            options = new LinkedHashMap<>(options);
        }

        static Labels of(ImportDefinition definition) {
            Map<String, String> fields = new LinkedHashMap<>();
            definition.fields().forEach(field -> fields.put(field.name(), field.labelKey()));
            Map<String, String> options = new LinkedHashMap<>();
            String question = definition.duplicatePolicyKey();
            if (question != null && definition.duplicatePolicies().size() > 1) {
                definition.duplicatePolicies().forEach(policy -> options.put(policy.name(), question + "." + policy.name()));
            }
            return new Labels(fields, options.isEmpty() ? null : question, options);
        }
    }

    private final transient Steps backend;
    private final Labels labels;
    private final Texts texts;
    private final VerticalLayout step = new VerticalLayout();
    private transient String jobId;
    private Registration polling;

    /**
     * The wizard of the import a module offers under {@code importId}; when it is gone (the module was
     * uninstalled) or the user may not use it, the page says so.
     */
    public ImportWizard(Imports imports, String importId, Texts texts) {
        this(new OnImports(imports, importId), imports.definition(importId).map(Labels::of).orElse(null), texts);
    }

    ImportWizard(Steps backend, Labels labels, Texts texts) {
        this.backend = backend;
        this.labels = labels;
        this.texts = texts;
        setPadding(false);
        step.setPadding(false);
        add(step);
        if (labels == null) {
            Paragraph unavailable = new Paragraph(getTranslation("import.error.unavailable"));
            unavailable.setId("import-unavailable");
            step.add(unavailable);
        } else {
            showUpload();
        }
    }

    /** The steps on the platform's imports. */
    private record OnImports(Imports imports, String importId) implements Steps {

        @Override
        public CsvSample receive(String fileName, InputStream content) throws IOException {
            return imports.receive(importId, fileName, content);
        }

        @Override
        public CsvSample reread(String fileId, String encoding, char delimiter) {
            return imports.reread(importId, fileId, encoding, delimiter);
        }

        @Override
        public Map<String, Integer> suggestedMapping(CsvSample sample) {
            return imports.suggestedMapping(importId, sample);
        }

        @Override
        public CsvImportStatus start(String fileId, String encoding, char delimiter, Map<String, Integer> mapping,
                String option) {
            return imports.start(importId, fileId, new ImportSettings(encoding, delimiter, mapping,
                    option == null ? null : DuplicatePolicy.valueOf(option)));
        }

        @Override
        public Optional<CsvImportStatus> status(String jobId) {
            return imports.status(importId, jobId);
        }

        @Override
        public void cancel(String jobId) {
            imports.cancel(importId, jobId);
        }

        @Override
        public void writeRejected(String jobId, RejectedRowsText text, OutputStream out) throws IOException {
            imports.writeRejected(importId, jobId, text, out);
        }
    }

    private void showUpload() {
        step.removeAll();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                CsvSample received = backend.receive(metadata.fileName(), in);
                UI.getCurrent().access(() -> showMapping(received, backend.suggestedMapping(received)));
            } catch (CsvFileException e) {
                UI.getCurrent().access(() -> error(e.getMessage()));
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.of(this, "import.upload.button", "import.upload.drop"));
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, CsvImports.MAX_FILE_BYTES));
        upload.addFileRejectedListener(event -> error("import.error.fileType"));
        step.add(new Paragraph(getTranslation(texts.uploadHintKey())), upload);
    }

    private void showMapping(CsvSample read, Map<String, Integer> suggested) {
        step.removeAll();
        Select<String> encoding = new Select<>();
        encoding.setId("import-encoding");
        encoding.setLabel(getTranslation("import.encoding"));
        List<String> encodings = new ArrayList<>(ENCODINGS);
        if (!encodings.contains(read.encoding())) {
            encodings.add(0, read.encoding());
        }
        encoding.setItems(encodings);
        encoding.setValue(read.encoding());
        Select<Character> delimiter = new Select<>();
        delimiter.setId("import-delimiter");
        delimiter.setLabel(getTranslation("import.delimiter"));
        delimiter.setItems(',', ';', '\t');
        delimiter.setItemLabelGenerator(c -> getTranslation("import.delimiter." + (c == ',' ? "comma" : c == ';' ? "semicolon" : "tab")));
        delimiter.setValue(read.delimiter());
        Runnable reread = () -> {
            try {
                CsvSample again = backend.reread(read.fileId(), encoding.getValue(), delimiter.getValue());
                showMapping(again, backend.suggestedMapping(again));
            } catch (CsvFileException e) {
                error(e.getMessage());
            }
        };
        encoding.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                reread.run();
            }
        });
        delimiter.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                reread.run();
            }
        });

        FormLayout mapping = new FormLayout();
        mapping.setId("import-mapping");
        mapping.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("50em", 4));
        Map<String, Select<Integer>> columns = new LinkedHashMap<>();
        labels.fields().forEach((field, labelKey) -> {
            Select<Integer> column = new Select<>();
            column.setId("import-map-" + field);
            column.setLabel(getTranslation(labelKey));
            List<Integer> choices = new ArrayList<>();
            choices.add(NOT_MAPPED);
            IntStream.range(0, read.headers().size()).forEach(choices::add);
            column.setItems(choices);
            column.setItemLabelGenerator(i -> i == NOT_MAPPED ? getTranslation("import.notMapped") : read.headers().get(i));
            column.setValue(suggested.getOrDefault(field, NOT_MAPPED));
            columns.put(field, column);
            mapping.add(column);
        });

        Grid<List<String>> sample = new Grid<>();
        sample.setId("import-preview");
        for (int i = 0; i < read.headers().size(); i++) {
            int index = i;
            sample.addColumn(row -> index < row.size() ? row.get(index) : "").setHeader(read.headers().get(i)).setAutoWidth(true);
        }
        sample.setItems(read.sample());
        sample.setAllRowsVisible(true);

        RadioButtonGroup<String> option = new RadioButtonGroup<>();
        option.setId("import-option");
        if (labels.optionsKey() != null && !labels.options().isEmpty()) {
            option.setLabel(getTranslation(labels.optionsKey()));
            option.setItems(labels.options().keySet());
            option.setItemLabelGenerator(o -> getTranslation(labels.options().get(o)));
            option.setValue(labels.options().keySet().iterator().next());
        } else {
            option.setVisible(false);
        }

        Button start = new Button(getTranslation("import.start"), event -> {
            Map<String, Integer> chosen = new LinkedHashMap<>();
            columns.forEach((field, column) -> {
                if (column.getValue() != null && column.getValue() != NOT_MAPPED) {
                    chosen.put(field, column.getValue());
                }
            });
            try {
                showProgress(backend.start(read.fileId(), encoding.getValue(), delimiter.getValue(), chosen, option.getValue()));
            } catch (CsvFileException e) {
                error(e.getMessage());
            }
        });
        start.setId("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("import.another"), event -> showUpload());

        HorizontalLayout reading = new HorizontalLayout(encoding, delimiter);
        Paragraph file = new Paragraph(getTranslation("import.file", read.fileName()));
        file.setId("import-file");
        step.add(file, reading, new H3(getTranslation("import.mapping")), mapping,
                new H3(getTranslation("import.preview")), sample, option, new HorizontalLayout(back, start));
    }

    private void showProgress(CsvImportStatus started) {
        jobId = started.jobId();
        step.removeAll();
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        Paragraph status = new Paragraph();
        status.setId("import-status");
        Button cancel = new Button(getTranslation("import.cancel"), event -> {
            try {
                backend.cancel(jobId);
            } catch (CsvFileException e) {
                error(e.getMessage());
            }
        });
        cancel.setId("import-cancel");
        step.add(bar, status, cancel);
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        polling = ui.addPollListener(event -> {
            try {
                backend.status(jobId).ifPresent(progress -> {
                    bar.setValue(progress.fraction());
                    status.setText(counts(progress));
                    if (progress.state().finished()) {
                        stopPolling();
                        showResult(progress);
                    }
                });
            } catch (CsvFileException e) {
                // the module went (uninstalled): its imports ended with it; say so instead of polling on
                stopPolling();
                step.removeAll();
                Paragraph gone = new Paragraph(getTranslation(e.getMessage()));
                gone.setId("import-unavailable");
                step.add(gone);
            }
        });
    }

    private String counts(CsvImportStatus progress) {
        return getTranslation("import.counts", progress.rowsRead(), progress.created(), progress.updated(),
                progress.skipped(), progress.rejected());
    }

    private void showResult(CsvImportStatus done) {
        step.removeAll();
        String state = done.state() == CsvImportStatus.State.CANCELLED ? getTranslation(texts.cancelledKey())
                : getTranslation("import.state." + done.state().name());
        Paragraph summary = new Paragraph(state + " " + counts(done));
        summary.setId("import-result");
        step.add(summary);
        if (done.failureKey() != null) {
            Paragraph failure = new Paragraph(getTranslation(done.failureKey()));
            failure.setId("import-failure");
            step.add(failure);
        }
        if (done.rejected() > 0) {
            Grid<Rejection> rejected = new Grid<>();
            rejected.setId("import-rejected");
            rejected.addColumn(Rejection::line).setHeader(getTranslation("import.rejected.line")).setAutoWidth(true);
            rejected.addColumn(r -> r.problems().stream().map(RowProblem::field).filter(Objects::nonNull).distinct()
                    .map(this::fieldLabel).collect(Collectors.joining(getTranslation("import.rejected.separator"))))
                    .setHeader(getTranslation("import.rejected.field")).setAutoWidth(true);
            rejected.addColumn(this::reasons).setHeader(getTranslation("import.rejected.reason")).setFlexGrow(2);
            rejected.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            rejected.addColumn(r -> String.join(" | ", r.values())).setHeader(getTranslation("import.rejected.row")).setFlexGrow(3);
            rejected.setItems(done.firstRejected());
            rejected.setAllRowsVisible(true);
            String id = done.jobId();
            Anchor download = new Anchor();
            download.setHref((DownloadHandler) event -> {
                event.setFileName("rejected-rows.csv");
                event.setContentType("text/csv;charset=UTF-8");
                backend.writeRejected(id, new RejectedRowsInUserWords(), event.getOutputStream());
            });
            download.setText(getTranslation("import.rejected.download", done.rejected()));
            download.setId("import-rejected-download");
            download.setRouterIgnore(true);
            step.add(new H3(getTranslation("import.rejected")), download, rejected);
        }
        Button again = new Button(getTranslation("import.another"), event -> showUpload());
        again.setId("import-again");
        Button list = new Button(getTranslation(texts.doneKey()), event -> getUI().ifPresent(ui -> ui.navigate(texts.doneRoute())));
        list.setId("import-done");
        step.add(new HorizontalLayout(again, list));
    }

    /** Every problem of a row, each after the label of its field: "Email: not an email address; Phone: …". */
    private String reasons(Rejection row) {
        RejectedRowsText words = new RejectedRowsInUserWords();
        return row.problems().stream().map(problem -> problem.field() == null ? getTranslation(problem.reasonKey())
                : words.problem(fieldLabel(problem.field()), getTranslation(problem.reasonKey())))
                .collect(Collectors.joining(words.separator()));
    }

    private String fieldLabel(String field) {
        return labels.fields().containsKey(field) ? getTranslation(labels.fields().get(field)) : field;
    }

    /** The downloaded list of rejected rows reads as the screen: the user's language, field labels. */
    private final class RejectedRowsInUserWords implements RejectedRowsText {

        @Override
        public List<String> headings() {
            return List.of(getTranslation("import.rejected.line"), getTranslation("import.rejected.field"),
                    getTranslation("import.rejected.reason"));
        }

        @Override
        public String field(String field) {
            return fieldLabel(field);
        }

        @Override
        public String reason(String reasonKey) {
            return getTranslation(reasonKey);
        }

        @Override
        public String problem(String fieldLabel, String reason) {
            return getTranslation("import.rejected.problem", fieldLabel, reason);
        }

        @Override
        public String separator() {
            return getTranslation("import.rejected.separator");
        }
    }

    private void error(String key) {
        Notification.show(getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // leaving the page does not stop the import; it only stops watching it
        stopPolling();
        super.onDetach(event);
    }
}
