package org.mosaiccrm.platform.ui.internal;

import org.mosaiccrm.platform.metric.MetricProvider;
import org.mosaiccrm.platform.metric.MetricValue;
import org.mosaiccrm.platform.ui.DashboardWidget;
import org.mosaiccrm.platform.ui.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The home dashboard: the metrics and widgets of every installed module the user may see. */
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = LoggerFactory.getLogger(HomeView.class);

    private final transient UiContributions contributions;
    private final FlexLayout metrics = new FlexLayout();
    private final FlexLayout widgets = new FlexLayout();
    private transient Runnable unsubscribe = () -> { };

    public HomeView(UiContributions contributions) {
        this.contributions = contributions;
        setId("home-view");
        add(new H2(getTranslation("home.title")));
        metrics.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        metrics.getStyle().set("gap", "var(--lumo-space-m)");
        widgets.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        widgets.getStyle().set("gap", "var(--lumo-space-m)");
        widgets.setWidthFull();
        add(metrics, widgets);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.name");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        unsubscribe = contributions.addListener(change -> {
            if (change.kind() == UiContributions.Kind.WIDGET || change.kind() == UiContributions.Kind.METRIC
                    || change.kind() == UiContributions.Kind.POLICY) {
                CoalescedAccess.of(ui).submit(this::refresh);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe.run();
        unsubscribe = () -> { };
        super.onDetach(event);
    }

    private void refresh() {
        metrics.removeAll();
        for (MetricProvider metric : contributions.visibleMetrics()) {
            metrics.add(card(getTranslation(metric.titleKey()), metricBody(metric)));
        }
        widgets.removeAll();
        for (DashboardWidget widget : contributions.visibleWidgets()) {
            Component body;
            try {
                body = widget.createWidget();
            } catch (RuntimeException e) {
                LOGGER.warn("Dashboard widget {} failed: {}", widget.id(), e.getMessage());
                body = new Paragraph(getTranslation("home.widget.failed"));
            }
            Div card = card(getTranslation(widget.titleKey()), body);
            card.getStyle().set("flex", "1 1 24em");
            widgets.add(card);
        }
        if (metrics.getComponentCount() == 0 && widgets.getComponentCount() == 0) {
            widgets.add(new Paragraph(getTranslation("home.empty")));
        }
    }

    private Component metricBody(MetricProvider metric) {
        try {
            MetricValue value = metric.current();
            // an amount in a currency reads as amounts do everywhere (grouped, two decimals)
            Span number = new Span(value.unit().matches("[A-Z]{3}") ? Money.format(value.value(), value.unit(), getLocale())
                    : value.value().toPlainString() + (value.unit().isEmpty() ? "" : " " + value.unit()));
            number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
            return number;
        } catch (RuntimeException e) {
            LOGGER.warn("Metric {} failed: {}", metric.id(), e.getMessage());
            return new Span("–");
        }
    }

    private static Div card(String title, Component body) {
        H3 heading = new H3(title);
        heading.getStyle().set("margin", "0 0 var(--lumo-space-s) 0").set("font-size", "var(--lumo-font-size-m)");
        Div card = new Div(heading, body);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("min-width", "12em")
                .set("background", "var(--lumo-base-color)");
        return card;
    }
}
