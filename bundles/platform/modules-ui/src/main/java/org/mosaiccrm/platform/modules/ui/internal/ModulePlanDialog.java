package org.mosaiccrm.platform.modules.ui.internal;

import java.util.concurrent.CompletableFuture;

import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.module.ModulePlan;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * Says what a module change will do before it is made: the modules an install brings along, that
 * an uninstall keeps the data; or why it cannot be made. The change then runs off the request
 * thread (installing takes seconds and re-wires the UI) while the dialog shows progress.
 */
class ModulePlanDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    ModulePlanDialog(ModuleManager modules, ModulePlan plan, Runnable onDone) {
        setId("module-plan-dialog");
        setWidth("min(36em, 95vw)");
        boolean install = plan.change() == ModuleChange.INSTALL;
        setHeaderTitle(getTranslation(install ? "modules.plan.install.title" : "modules.plan.uninstall.title", plan.moduleId()));
        Paragraph explain = new Paragraph();
        explain.setId("module-plan-explain");
        add(explain);
        Button cancel = new Button(getTranslation("modules.cancel"), event -> close());
        if (!plan.possible()) {
            explain.setText(getTranslation("modules.plan.refused") + " " + refusal(plan));
            getFooter().add(cancel);
            return;
        }
        explain.setText(install
                ? (plan.pulledIn().isEmpty() ? "" : getTranslation("modules.plan.pulledIn", String.join(", ", plan.pulledIn())) + " ")
                        + getTranslation("modules.plan.install.text")
                : getTranslation("modules.plan.uninstall.text"));
        Button confirm = new Button(getTranslation(install ? "modules.install" : "modules.uninstall"));
        confirm.setId("module-confirm");
        confirm.addThemeVariants(install ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(event -> {
            confirm.setEnabled(false);
            cancel.setEnabled(false);
            ProgressBar working = new ProgressBar();
            working.setIndeterminate(true);
            add(working, new Paragraph(getTranslation("modules.working")));
            UI ui = UI.getCurrent();
            Subject subject = CurrentSubject.get().orElseThrow();
            ui.setPollInterval(500);
            CompletableFuture.supplyAsync(() -> CurrentSubject.callAs(subject, () -> modules.apply(plan.moduleId(), plan.change())))
                    // access() may run right here, on the worker: the page's services need the user too
                    .whenComplete((done, failure) -> ui.access(() -> CurrentSubject.runAs(subject, () -> {
                        ui.setPollInterval(-1);
                        close();
                        if (failure == null) {
                            Notification.show(getTranslation(install ? "modules.installed" : "modules.uninstalled", plan.moduleId()))
                                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        } else {
                            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                            Notification.show(getTranslation("modules.failed", plan.moduleId(), cause.getMessage()))
                                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
                        }
                        onDone.run();
                    })));
        });
        getFooter().add(cancel, confirm);
    }

    /**
     * Dependents in the user's language; the manager's own words otherwise (the page offers no
     * uninstall for the core, so that refusal does not reach here).
     */
    private String refusal(ModulePlan plan) {
        return plan.dependents().isEmpty() ? plan.problem()
                : getTranslation("modules.refused.dependents", String.join(", ", plan.dependents()));
    }
}
