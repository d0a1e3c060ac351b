package org.mosaiccrm.sales.ui.internal.lead;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.mosaiccrm.platform.ui.DashboardWidget;
import org.mosaiccrm.sales.LeadService;
import org.mosaiccrm.sales.LeadTask;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Home widget: the user's lead tasks due within a week, overdue ones marked; each opens its lead. */
@Component(service = DashboardWidget.class)
public class LeadTasksWidget implements DashboardWidget {

    private final LeadService leads;

    @Activate
    public LeadTasksWidget(@Reference LeadService leads) {
        this.leads = leads;
    }

    @Override
    public String id() {
        return "sales.leadTasks";
    }

    @Override
    public String titleKey() {
        return "sales.widget.leadTasks";
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public String requiredPermission() {
        return LeadService.PERMISSION_READ;
    }

    @Override
    public com.vaadin.flow.component.Component createWidget() {
        VerticalLayout widget = new VerticalLayout();
        widget.setId("lead-tasks-widget");
        widget.setPadding(false);
        widget.setSpacing(false);
        Instant now = Instant.now();
        List<LeadTask> due = leads.myTasksDue(now.plus(Duration.ofDays(7)), 10);
        if (due.isEmpty()) {
            widget.add(new Paragraph(widget.getTranslation("sales.widget.leadTasks.none")));
        }
        for (LeadTask task : due) {
            Anchor link = new Anchor("sales/leads/" + task.leadId(), widget.getTranslation(
                    task.dueAt().isBefore(now) ? "sales.widget.leadTasks.overdue" : "sales.widget.leadTasks.line",
                    LeadDetails.TIME.format(task.dueAt()), task.title(), task.leadName()));
            link.addClassName("lead-task-due");
            widget.add(link);
        }
        return widget;
    }
}
