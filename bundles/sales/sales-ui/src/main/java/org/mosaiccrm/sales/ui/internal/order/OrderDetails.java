package org.mosaiccrm.sales.ui.internal.order;

import java.util.List;
import java.util.function.BiFunction;

import org.mosaiccrm.platform.action.ActionContribution;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.Money;
import org.mosaiccrm.sales.OrderService;
import org.mosaiccrm.sales.OrderStatus;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteLine;
import org.mosaiccrm.sales.QuoteService;
import org.mosaiccrm.sales.SalesOrder;
import org.mosaiccrm.sales.ui.internal.quote.QuoteFigures;
import org.mosaiccrm.sales.ui.internal.quote.QuotesContribution;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** One order: customer, the accepted quote's lines and totals; moved one step on, or cancelled with a reason. */
class OrderDetails extends Dialog {

    private static final long serialVersionUID = 1L;

    OrderDetails(OrderService orders, QuoteService quotes, SalesOrder order, String customerName, boolean mayEdit,
            BiFunction<SalesOrder, Quote, List<ActionContribution>> actions, Runnable onChange) {
        setId("order-details");
        setWidth("min(44em, 95vw)");
        setHeaderTitle(getTranslation("sales.order.title", order.number()));
        VerticalLayout facts = new VerticalLayout();
        facts.setPadding(false);
        facts.setSpacing(false);
        Span status = new Span(getTranslation("sales.order.status." + order.status().name())
                + (order.cancelReason().isEmpty() ? "" : ": " + order.cancelReason()));
        status.setId("order-status");
        facts.add(status, new Span(getTranslation("sales.field.customer") + ": " + customerName),
                new Span(getTranslation("sales.order.created") + ": " + OrdersView.DAY.format(order.createdAt())));
        Quote quote = quotes.find(order.quoteId()).orElse(null);
        if (quote != null) {
            facts.add(new Anchor(QuotesContribution.ROUTE + "/" + quote.id(),
                    getTranslation("sales.order.fromQuote", quote.number(), quote.revision())));
            facts.add(QuoteFigures.lines(quote, "order-lines-grid"), QuoteFigures.totals(quote, "order"));
        } else {
            Span total = new Span(getTranslation("sales.quote.total") + ": " + Money.format(order.total(), order.currency(), getLocale()));
            total.setId("order-total");
            facts.add(total);
        }
        add(facts);
        Button close = new Button(getTranslation("sales.close"), event -> close());
        getFooter().add(close);
        if (quote != null) {
            addActions(order, quote, actions.apply(order, quote));
        }
        if (!mayEdit) {
            return;
        }
        if (order.status().cancellable()) {
            TextField reason = new TextField(getTranslation("sales.order.cancelReason"));
            reason.setId("order-cancel-reason");
            reason.setWidthFull();
            add(reason);
            Button cancel = new Button(getTranslation("sales.order.cancel"), event -> change(
                    () -> orders.cancel(order.id(), reason.getValue(), order.version()), onChange));
            cancel.setId("order-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(cancel);
        }
        OrderStatus next = order.status().next();
        if (next != null && order.status() != OrderStatus.CANCELLED) {
            Button advance = new Button(getTranslation("sales.order.to." + next.name()), event -> change(
                    () -> orders.advance(order.id(), order.version()), onChange));
            advance.setId("order-advance");
            advance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(advance);
        }
    }

    /** Buttons of other modules for this order; an action may send the user to its page. */
    private void addActions(SalesOrder order, Quote quote, List<ActionContribution> offered) {
        for (ActionContribution action : offered) {
            Button button = new Button(getTranslation(action.titleKey()), event -> {
                String route = action.execute(OrderActions.context(order, quote));
                close();
                if (route != null && !route.isEmpty()) {
                    UI.getCurrent().navigate(route);
                }
            });
            button.addClassName("order-action");
            getFooter().add(button);
        }
    }

    private void change(java.util.function.Supplier<SalesOrder> change, Runnable onChange) {
        SalesOrder changed = Attempt.of(change, "sales.error.order.stale", "sales.error.order.gone");
        if (changed != null) {
            close();
            Attempt.done("sales.order.changed", changed.number(), getTranslation("sales.order.status." + changed.status().name()));
            onChange.run();
        }
    }
}
