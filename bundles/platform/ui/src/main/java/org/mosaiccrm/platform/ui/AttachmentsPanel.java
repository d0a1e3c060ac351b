package org.mosaiccrm.platform.ui;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.attachment.Attachment;
import org.mosaiccrm.platform.attachment.Attachments;
import org.mosaiccrm.platform.security.AccessDeniedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The files of one record, for a tab of the record's page: each with its name (a download link
 * {@code /attachments/<id>}, always saved as a file), type, size, who added it and when; for a user
 * who may change the record, an upload and a remove button per file. Any module uses it for a record
 * type it registered ({@link org.mosaiccrm.platform.attachment.AttachableRecords}).
 *
 * @since 1.6
 */
public class AttachmentsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final java.util.Map<String, String> KINDS = java.util.Map.of(
            "application/pdf", "pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word",
            "application/msword", "word",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "excel",
            "application/vnd.ms-excel", "excel",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "powerpoint",
            "application/vnd.ms-powerpoint", "powerpoint",
            "text/plain", "text",
            "text/csv", "csv",
            "text/html", "html");

    private final transient Attachments attachments;
    private final String recordType;
    private final long recordId;
    private final Grid<Attachment> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    public AttachmentsPanel(Attachments attachments, String recordType, long recordId) {
        this.attachments = attachments;
        this.recordType = recordType;
        this.recordId = recordId;
        setId("attachments");
        setPadding(false);
        boolean mayChange = attachments.mayChange(recordType, recordId);
        grid.setId("attachments-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::link).setHeader(getTranslation("attachment.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(attachment -> kind(attachment.mediaType())).setHeader(getTranslation("attachment.type")).setAutoWidth(true);
        grid.addColumn(attachment -> size(attachment.size())).setHeader(getTranslation("attachment.size")).setAutoWidth(true);
        grid.addColumn(Attachment::addedBy).setHeader(getTranslation("attachment.addedBy")).setAutoWidth(true);
        grid.addColumn(attachment -> WHEN.format(attachment.addedAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("attachment.addedAt")).setAutoWidth(true);
        if (mayChange) {
            grid.addComponentColumn(this::removeButton).setAutoWidth(true);
            Span limits = new Span(getTranslation("attachment.limits", attachments.maxSizeMegabytes()));
            limits.setId("attachment-limits");
            limits.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            add(upload(), limits);
        }
        none.setText(getTranslation("attachment.none"));
        none.setId("attachments-none");
        add(grid, none);
        refresh();
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            UI ui = UI.getCurrent();
            try (InputStream in = Files.newInputStream(file.toPath())) {
                Attachment added = attachments.add(recordType, recordId, metadata.fileName(), in);
                ui.access(() -> {
                    refresh();
                    Notification.show(getTranslation("attachment.added", added.fileName()), 3000, Notification.Position.BOTTOM_START);
                });
            } catch (InputRefusedException refused) {
                ui.access(() -> InputRefusals.show(refused));
            } catch (AccessDeniedException denied) {
                ui.access(() -> error("access.denied"));
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }));
        upload.setId("attachment-upload");
        upload.setMaxFiles(1);
        // the browser refuses a larger file at once (the service checks again)
        upload.setMaxFileSize(attachments.maxSizeMegabytes() * 1024 * 1024);
        upload.addFileRejectedListener(event -> error("attachment.error.tooLarge", attachments.maxSizeMegabytes()));
        upload.setI18n(UploadTexts.of(this, "attachment.upload.button", "attachment.upload.drop"));
        // when done, the upload offers the next file: the one kept is in the list below
        upload.addAllFinishedListener(event -> upload.clearFileList());
        return upload;
    }

    private Anchor link(Attachment attachment) {
        Anchor link = new Anchor("attachments/" + attachment.id(), attachment.fileName());
        link.setId("attachment-link-" + attachment.id());
        link.getElement().setAttribute("download", attachment.fileName());
        link.getElement().setAttribute("router-ignore", true); // a file, not a page of the application
        return link;
    }

    private Button removeButton(Attachment attachment) {
        Button remove = new Button(getTranslation("attachment.remove"), event -> {
            try {
                attachments.delete(attachment.id());
                refresh();
                Notification.show(getTranslation("attachment.removed", attachment.fileName()), 3000, Notification.Position.BOTTOM_START);
            } catch (AccessDeniedException denied) {
                error("access.denied");
            }
        });
        remove.setId("attachment-remove-" + attachment.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("attachment.removeNamed", attachment.fileName()));
        return remove;
    }

    private void refresh() {
        List<Attachment> files = attachments.list(recordType, recordId);
        grid.setItems(files);
        grid.recalculateColumnWidths();
        grid.setVisible(!files.isEmpty());
        none.setVisible(files.isEmpty());
    }

    /** What a person calls the type: "PDF", "Word document", "图片"; the type itself where there is no word for it. */
    private String kind(String mediaType) {
        String key = KINDS.get(mediaType);
        if (key == null && mediaType.startsWith("image/")) {
            key = "image";
        }
        return key == null ? mediaType : getTranslation("attachment.kind." + key);
    }

    private String size(long bytes) {
        if (bytes < 1024) {
            return getTranslation("attachment.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return getTranslation("attachment.kilobytes", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return getTranslation("attachment.megabytes", String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)));
    }

    private void error(String key, Object... arguments) {
        Notification.show(getTranslation(key, arguments), 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
