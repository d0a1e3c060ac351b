package org.mosaiccrm.platform.module.ui.internal;

import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.module.ModulePlan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * Says what a module change will do before it is made: the modules an install brings along, the
 * database changes an install or update applies, that an uninstall keeps the data, which tables a
 * purge removes after a backup; or why it cannot be made. The change then runs in the background
 * while the dialog shows progress.
 */
class ModulePlanDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    ModulePlanDialog(ModuleManager modules, ModulePlan plan, Runnable onDone) {
        setId("module-plan-dialog");
        setWidth("min(36em, 95vw)");
        String change = plan.change().name().toLowerCase(java.util.Locale.ROOT);
        setHeaderTitle(getTranslation("modules.plan." + change + ".title", plan.moduleId(), plan.fromVersion(), plan.toVersion()));
        Paragraph explain = new Paragraph();
        explain.setId("module-plan-explain");
        add(explain);
        Button cancel = new Button(getTranslation("modules.cancel"), event -> close());
        if (!plan.possible()) {
            explain.setText(getTranslation("modules.plan.refused") + " " + refusal(plan));
            getFooter().add(cancel);
            return;
        }
        explain.setText(explanation(plan, change));
        boolean removes = plan.change() == ModuleChange.UNINSTALL || plan.change() == ModuleChange.PURGE;
        Button confirm = new Button(getTranslation("modules." + change));
        confirm.setId("module-confirm");
        confirm.addThemeVariants(removes ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(event -> {
            confirm.setEnabled(false);
            cancel.setEnabled(false);
            ProgressBar working = new ProgressBar();
            working.setIndeterminate(true);
            add(working, new Paragraph(getTranslation("modules.working")));
            BackgroundChange.run(() -> modules.apply(plan.moduleId(), plan.change()), done -> {
                close();
                Notification.show(getTranslation("modules." + change + ".done", plan.moduleId(), plan.toVersion()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onDone.run();
            }, failure -> {
                close();
                Notification.show(getTranslation("modules.failed", plan.moduleId(), failure.getMessage()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                onDone.run();
            });
        });
        getFooter().add(cancel, confirm);
    }

    private String explanation(ModulePlan plan, String change) {
        StringBuilder text = new StringBuilder();
        if (!plan.pulledIn().isEmpty()) {
            text.append(getTranslation("modules.plan.pulledIn", String.join(", ", plan.pulledIn()))).append(' ');
        }
        text.append(getTranslation("modules.plan." + change + ".text", plan.fromVersion(), plan.toVersion()));
        if (!plan.migrations().isEmpty()) {
            text.append(' ').append(getTranslation("modules.plan.migrations", plan.migrations().size()));
        }
        if (!plan.tables().isEmpty()) {
            text.append(' ').append(getTranslation("modules.plan.tables", String.join(", ", plan.tables())));
        }
        return text.toString();
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
