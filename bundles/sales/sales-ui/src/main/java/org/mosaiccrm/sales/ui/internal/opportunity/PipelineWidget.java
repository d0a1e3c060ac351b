package org.mosaiccrm.sales.ui.internal.opportunity;

import org.mosaiccrm.sales.ui.internal.Money;
import java.util.List;

import org.mosaiccrm.platform.ui.DashboardWidget;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.PipelineTotal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Home widget: the open pipeline the user may see, per currency, plain and weighted by probability. */
@Component(service = DashboardWidget.class)
public class PipelineWidget implements DashboardWidget {

    private final OpportunityService opportunities;

    @Activate
    public PipelineWidget(@Reference OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public String id() {
        return "sales.pipeline";
    }

    @Override
    public String titleKey() {
        return "sales.widget.pipeline";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String requiredPermission() {
        return OpportunityService.PERMISSION_READ;
    }

    @Override
    public com.vaadin.flow.component.Component createWidget() {
        VerticalLayout widget = new VerticalLayout();
        widget.setId("pipeline-widget");
        widget.setPadding(false);
        widget.setSpacing(false);
        List<PipelineTotal> totals = opportunities.pipeline();
        if (totals.isEmpty()) {
            widget.add(new Paragraph(widget.getTranslation("sales.widget.none")));
        }
        for (PipelineTotal total : totals) {
            widget.add(new Span(widget.getTranslation("sales.widget.line", total.count(),
                    Money.format(total.amount(), total.currency(), Money.locale()),
                    Money.format(total.weighted(), total.currency(), Money.locale()))));
        }
        return widget;
    }
}
