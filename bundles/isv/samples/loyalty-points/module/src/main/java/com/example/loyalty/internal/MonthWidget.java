package com.example.loyalty.internal;

import com.example.loyalty.LedgerService;
import org.mosaiccrm.platform.ui.DashboardWidget;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.html.Span;

/** A home-page widget: what the user wrote into ledgers this month. */
@Component(service = DashboardWidget.class)
public class MonthWidget implements DashboardWidget {

    private final LedgerService ledger;

    @Activate
    public MonthWidget(@Reference LedgerService ledger) {
        this.ledger = ledger;
    }

    @Override
    public String id() {
        return LedgerService.MODULE_ID + ".month";
    }

    @Override
    public String titleKey() {
        return "loyalty.widget.title";
    }

    @Override
    public String requiredPermission() {
        return LedgerService.PERMISSION_READ;
    }

    @Override
    public com.vaadin.flow.component.Component createWidget() {
        Span figure = new Span();
        figure.setId("loyalty-widget");
        figure.setText(figure.getTranslation("loyalty.widget.text", ledger.writtenThisMonth()));
        return figure;
    }
}
