package org.mosaiccrm.customer.ui.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.mosaiccrm.customer.csv.CsvFileException;
import org.mosaiccrm.customer.csv.CsvPreview;
import org.mosaiccrm.customer.csv.CustomerCsv;
import org.mosaiccrm.customer.csv.DuplicatePolicy;
import org.mosaiccrm.customer.csv.ImportField;
import org.mosaiccrm.customer.csv.ImportProgress;
import org.mosaiccrm.customer.csv.ImportSettings;
import org.mosaiccrm.customer.csv.RejectedRow;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;

/**
 * Importing customers from a CSV file in four steps: upload; check how the file was read, map its
 * columns and choose what happens to duplicates; watch the import run (and cancel it); read the
 * result and download the rejected rows.
 */
public class CustomerImportView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final List<String> ENCODINGS = List.of("UTF-8", "GB18030", "UTF-16LE", "UTF-16BE", "Big5");
    private static final int NOT_MAPPED = -1;

    private final transient CustomerCsv csv;
    private final VerticalLayout step = new VerticalLayout();
    private transient CsvPreview preview;
    private transient String jobId;
    private Registration polling;

    public CustomerImportView(CustomerCsv csv) {
        this.csv = csv;
        setId("customer-import-view");
        step.setPadding(false);
        add(new H2(getTranslation("import.title")), step);
        showUpload();
    }

    private void showUpload() {
        step.removeAll();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                CsvPreview received = csv.receive(metadata.fileName(), in);
                UI.getCurrent().access(() -> showMapping(received));
            } catch (CsvFileException e) {
                UI.getCurrent().access(() -> error(e.getMessage()));
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, CustomerCsv.MAX_FILE_BYTES));
        upload.addFileRejectedListener(event -> error("import.error.fileType"));
        step.add(new Paragraph(getTranslation("import.upload.hint")), upload);
    }

    private void showMapping(CsvPreview read) {
        this.preview = read;
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
                showMapping(csv.reread(read.fileId(), encoding.getValue(), delimiter.getValue()));
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
        Map<ImportField, Select<Integer>> columns = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            Select<Integer> column = new Select<>();
            column.setId("import-map-" + field.name());
            column.setLabel(getTranslation(ImportFields.labelKey(field)));
            List<Integer> choices = new ArrayList<>();
            choices.add(NOT_MAPPED);
            IntStream.range(0, read.headers().size()).forEach(choices::add);
            column.setItems(choices);
            column.setItemLabelGenerator(i -> i == NOT_MAPPED ? getTranslation("import.notMapped") : read.headers().get(i));
            column.setValue(read.mapping().getOrDefault(field, NOT_MAPPED));
            columns.put(field, column);
            mapping.add(column);
        }

        Grid<List<String>> sample = new Grid<>();
        sample.setId("import-preview");
        for (int i = 0; i < read.headers().size(); i++) {
            int index = i;
            sample.addColumn(row -> index < row.size() ? row.get(index) : "").setHeader(read.headers().get(i)).setAutoWidth(true);
        }
        sample.setItems(read.sample());
        sample.setAllRowsVisible(true);

        RadioButtonGroup<DuplicatePolicy> policy = new RadioButtonGroup<>(getTranslation("import.policy"));
        policy.setId("import-policy");
        policy.setItems(DuplicatePolicy.values());
        policy.setItemLabelGenerator(p -> getTranslation("import.policy." + p.name()));
        policy.setValue(DuplicatePolicy.SKIP);

        Button start = new Button(getTranslation("import.start"), event -> {
            Map<ImportField, Integer> chosen = new EnumMap<>(ImportField.class);
            columns.forEach((field, column) -> {
                if (column.getValue() != null && column.getValue() != NOT_MAPPED) {
                    chosen.put(field, column.getValue());
                }
            });
            try {
                ImportProgress started = csv.start(read.fileId(), new ImportSettings(encoding.getValue(),
                        delimiter.getValue(), chosen, policy.getValue()));
                showProgress(started);
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
                new H3(getTranslation("import.preview")), sample, policy, new HorizontalLayout(back, start));
    }

    private void showProgress(ImportProgress started) {
        jobId = started.jobId();
        step.removeAll();
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        Paragraph status = new Paragraph();
        status.setId("import-status");
        Button cancel = new Button(getTranslation("import.cancel"), event -> csv.cancel(jobId));
        cancel.setId("import-cancel");
        step.add(bar, status, cancel);
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        polling = ui.addPollListener(event -> csv.progress(jobId).ifPresent(progress -> {
            bar.setValue(progress.fraction());
            status.setText(counts(progress));
            if (progress.state().finished()) {
                stopPolling();
                showResult(progress);
            }
        }));
    }

    private String counts(ImportProgress progress) {
        return getTranslation("import.counts", progress.rowsRead(), progress.created(), progress.updated(),
                progress.skipped(), progress.rejected());
    }

    private void showResult(ImportProgress done) {
        step.removeAll();
        Paragraph summary = new Paragraph(getTranslation("import.state." + done.state().name()) + " " + counts(done));
        summary.setId("import-result");
        step.add(summary);
        if (done.failureKey() != null) {
            Paragraph failure = new Paragraph(getTranslation(done.failureKey()));
            failure.setId("import-failure");
            step.add(failure);
        }
        if (done.rejected() > 0) {
            Grid<RejectedRow> rejected = new Grid<>();
            rejected.setId("import-rejected");
            rejected.addColumn(RejectedRow::line).setHeader(getTranslation("import.rejected.line")).setAutoWidth(true);
            rejected.addColumn(r -> r.field() == null ? "" : getTranslation(ImportFields.labelKey(r.field())))
                    .setHeader(getTranslation("import.rejected.field")).setAutoWidth(true);
            rejected.addColumn(this::reason).setHeader(getTranslation("import.rejected.reason")).setFlexGrow(2);
            rejected.addColumn(r -> String.join(" | ", r.values())).setHeader(getTranslation("import.rejected.row")).setFlexGrow(3);
            rejected.setItems(done.firstRejected());
            rejected.setAllRowsVisible(true);
            String id = done.jobId();
            Anchor download = new Anchor();
            download.setHref((DownloadHandler) event -> {
                event.setFileName("rejected-rows.csv");
                event.setContentType("text/csv;charset=UTF-8");
                csv.writeRejected(id, this::reason, event.getOutputStream());
            });
            download.setText(getTranslation("import.rejected.download", done.rejected()));
            download.setId("import-rejected-download");
            download.setRouterIgnore(true);
            step.add(new H3(getTranslation("import.rejected")), download, rejected);
        }
        Button again = new Button(getTranslation("import.another"), event -> showUpload());
        again.setId("import-again");
        Button list = new Button(getTranslation("import.toList"), event -> getUI().ifPresent(ui -> ui.navigate("customers")));
        step.add(new HorizontalLayout(again, list));
    }

    private String reason(RejectedRow row) {
        return getTranslation(row.reasonKey());
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

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
