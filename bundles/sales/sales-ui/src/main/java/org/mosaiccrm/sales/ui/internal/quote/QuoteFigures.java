package org.mosaiccrm.sales.ui.internal.quote;

import java.math.BigDecimal;
import java.util.Locale;

import org.mosaiccrm.platform.ui.Money;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteLine;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The figures of a quote as every screen shows them — lines, then subtotal, discount, net, tax and
 * total — so that the numbers shown always add up to the total, on the quote and on the order it
 * became alike.
 */
public final class QuoteFigures {

    private QuoteFigures() {
    }

    /** The lines, read-only: code, description, quantity, unit price, discount and net amount. */
    public static Grid<QuoteLine> lines(Quote quote, String id) {
        Grid<QuoteLine> grid = new Grid<>();
        grid.setId(id);
        String currency = quote.currency();
        Locale locale = UI.getCurrent().getLocale();
        grid.addColumn(QuoteLine::productCode).setHeader(grid.getTranslation("sales.product.code")).setAutoWidth(true);
        grid.addColumn(QuoteLine::description).setHeader(grid.getTranslation("sales.quote.line.description")).setFlexGrow(2);
        grid.addColumn(l -> l.quantity().stripTrailingZeros().toPlainString() + " " + l.unit())
                .setHeader(grid.getTranslation("sales.quote.line.quantity")).setAutoWidth(true);
        grid.addColumn(l -> Money.format(l.unitPrice(), currency, locale))
                .setHeader(grid.getTranslation("sales.quote.line.price")).setAutoWidth(true);
        grid.addColumn(l -> l.discountPercent().signum() == 0 ? "" : l.discountPercent().stripTrailingZeros().toPlainString() + "%")
                .setHeader(grid.getTranslation("sales.quote.line.discount")).setAutoWidth(true);
        grid.addColumn(l -> Money.format(l.net(), currency, locale))
                .setHeader(grid.getTranslation("sales.quote.line.net")).setAutoWidth(true);
        // long descriptions wrap rather than hide behind a scroll bar
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(quote.lines());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Subtotal, the quote discount (when there is one), net, tax and total; ids start with {@code idPrefix}. */
    public static VerticalLayout totals(Quote quote, String idPrefix) {
        Locale locale = UI.getCurrent().getLocale();
        VerticalLayout totals = new VerticalLayout();
        totals.setId(idPrefix + "-totals");
        totals.setPadding(false);
        totals.setSpacing(false);
        totals.setAlignItems(FlexComponent.Alignment.END);
        totals.add(figure(totals, locale, "sales.quote.subtotal", quote.subtotal(), quote));
        if (quote.discount().signum() > 0) {
            totals.add(new Span(totals.getTranslation("sales.quote.discountAmount",
                    quote.discountPercent().stripTrailingZeros().toPlainString(),
                    Money.format(quote.discount(), quote.currency(), locale))));
        }
        totals.add(figure(totals, locale, "sales.quote.net", quote.net(), quote), figure(totals, locale, "sales.quote.tax", quote.tax(), quote));
        Span total = figure(totals, locale, "sales.quote.total", quote.total(), quote);
        total.setId(idPrefix + "-total");
        total.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        totals.add(total);
        return totals;
    }

    private static Span figure(VerticalLayout host, Locale locale, String key, BigDecimal amount, Quote quote) {
        return new Span(host.getTranslation(key) + ": " + Money.format(amount, quote.currency(), locale));
    }
}
