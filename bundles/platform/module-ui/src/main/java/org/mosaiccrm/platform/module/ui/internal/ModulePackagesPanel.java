package org.mosaiccrm.platform.module.ui.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.mosaiccrm.platform.module.ModuleChangeException;
import org.mosaiccrm.platform.module.ModuleDelivery;
import org.mosaiccrm.platform.module.ModulePackage;
import org.mosaiccrm.platform.module.ModulePackage.PackageState;
import org.mosaiccrm.platform.ui.UploadTexts;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Module packages (KAR files): upload one, see where each came from, approve one from an unknown
 * source after a warning, or discard it.
 */
class ModulePackagesPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** KAR files of business modules are a few megabytes; this leaves room and stops runaway uploads. */
    private static final int MAX_BYTES = 200 * 1024 * 1024;

    private final transient ModuleDelivery delivery;
    private final Runnable onChange;
    private final Grid<ModulePackage> grid = new Grid<>();

    ModulePackagesPanel(ModuleDelivery delivery, Runnable onChange) {
        this.delivery = delivery;
        this.onChange = onChange;
        setId("module-packages");
        setPadding(false);
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            UI ui = UI.getCurrent();
            try (InputStream in = Files.newInputStream(file.toPath())) {
                ModulePackage received = delivery.receive(metadata.fileName(), in);
                ui.access(() -> received(received));
            } catch (ModuleChangeException e) {
                ui.access(() -> Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR));
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }));
        upload.setId("package-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".kar");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setI18n(UploadTexts.of(this, "packages.upload.button", "packages.upload.drop"));
        upload.addFileRejectedListener(event -> Notification.show(getTranslation("packages.rejected"))
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        grid.setId("packages-grid");
        grid.addComponentColumn(this::describe).setHeader(getTranslation("packages.column.package")).setFlexGrow(3);
        grid.addColumn(pack -> pack.origin() + " · " + pack.via()).setHeader(getTranslation("packages.column.source"))
                .setFlexGrow(3).setClassNameGenerator(pack -> "package-source");
        grid.addComponentColumn(this::state).setHeader(getTranslation("packages.column.state")).setFlexGrow(3);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("packages.title")), new Paragraph(getTranslation("packages.intro")), upload, grid);
    }

    void refresh() {
        grid.setItems(delivery.packages());
    }

    private void received(ModulePackage pack) {
        switch (pack.state()) {
        case INSTALLED -> Notification.show(getTranslation("packages.installed", String.join(", ", pack.modules())))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        case WAITING_FOR_APPROVAL -> Notification.show(getTranslation("packages.waiting", pack.fileName()))
                .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        default -> Notification.show(getTranslation("packages.refused", pack.fileName(), pack.problem()))
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        onChange.run();
    }

    private Div describe(ModulePackage pack) {
        Span name = new Span(pack.fileName());
        name.getStyle().set("font-weight", "600");
        Span detail = new Span(String.join(", ", pack.modules()) + " · " + TIME.format(pack.receivedAt().atZone(ZoneId.systemDefault()))
                + " · SHA-256 " + pack.id().substring(0, 12) + "…");
        detail.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return new Div(name, new Div(detail));
    }

    private Span state(ModulePackage pack) {
        String state = getTranslation("packages.state." + pack.state().name());
        Span text = new Span(pack.problem().isEmpty() ? state : state + ": " + pack.problem());
        text.addClassName("package-state");
        if (pack.state() == PackageState.REFUSED) {
            text.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return text;
    }

    private HorizontalLayout actions(ModulePackage pack) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        String key = pack.id().substring(0, 12);
        if (pack.state() == PackageState.WAITING_FOR_APPROVAL) {
            Button approve = new Button(getTranslation("packages.approve"), event -> confirmApproval(pack));
            approve.setId("package-approve-" + key);
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(approve);
        }
        if (pack.state() != PackageState.INSTALLED) {
            Button discard = new Button(getTranslation("packages.discard"), event -> {
                delivery.discard(pack.id());
                onChange.run();
            });
            discard.setId("package-discard-" + key);
            discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(discard);
        }
        return actions;
    }

    private void confirmApproval(ModulePackage pack) {
        Dialog dialog = new Dialog();
        dialog.setId("package-approve-dialog");
        dialog.setWidth("min(36em, 95vw)");
        dialog.setHeaderTitle(getTranslation("packages.approve.title", pack.fileName()));
        Paragraph text = new Paragraph(getTranslation("packages.approve.text", pack.origin(), String.join(", ", pack.modules()),
                pack.id().toUpperCase(Locale.ROOT)));
        text.setId("package-approve-text");
        text.getStyle().set("overflow-wrap", "anywhere");
        dialog.add(text);
        Button cancel = new Button(getTranslation("modules.cancel"), event -> dialog.close());
        Button confirm = new Button(getTranslation("packages.approve.confirm"));
        confirm.setId("package-approve-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(event -> {
            confirm.setEnabled(false);
            cancel.setEnabled(false);
            ProgressBar working = new ProgressBar();
            working.setIndeterminate(true);
            dialog.add(working, new Paragraph(getTranslation("modules.working")));
            BackgroundChange.run(() -> delivery.approve(pack.id()), result -> {
                dialog.close();
                received(result);
            }, failure -> {
                dialog.close();
                Notification.show(failure.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
                onChange.run();
            });
        });
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
