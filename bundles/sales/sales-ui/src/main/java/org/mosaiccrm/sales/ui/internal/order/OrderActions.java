package org.mosaiccrm.sales.ui.internal.order;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.mosaiccrm.platform.action.ActionContext;
import org.mosaiccrm.platform.action.ActionContribution;
import org.mosaiccrm.sales.OrderService;
import org.mosaiccrm.sales.OrderStatus;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteLines;
import org.mosaiccrm.sales.SalesOrder;
import org.mosaiccrm.sales.ui.internal.ExtensionActions;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The actions other modules offer on an order not cancelled (extension point
 * {@link OrderService#ACTIONS_ORDER}, e.g. the contract module's "create contract" filled from it),
 * given the order and its quote's lines. They come and go with their modules.
 */
@Component(service = OrderActions.class)
public class OrderActions {

    private final ExtensionActions actions = new ExtensionActions(OrderService.ACTIONS_ORDER);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + ActionContribution.EXTENSION_POINT_PROPERTY + "=" + OrderService.ACTIONS_ORDER + ")")
    void addAction(ActionContribution action) {
        actions.add(action);
    }

    void removeAction(ActionContribution action) {
        actions.remove(action);
    }

    /** The order as an action sees it: its customer, number, total and the accepted quote's lines. */
    static ActionContext context(SalesOrder order, Quote quote) {
        Map<String, Object> facts = new HashMap<>(Map.of("customerId", order.customerId(), "name", order.number(),
                "amount", order.total(), "currency", order.currency()));
        facts.putAll(QuoteLines.attributes(quote));
        return new ActionContext("Order", order.id(), facts);
    }

    /** The actions for this order the user may run, in their order; none for a cancelled one. */
    List<ActionContribution> applicable(SalesOrder order, Quote quote, Predicate<String> permitted) {
        return order.status() == OrderStatus.CANCELLED ? List.of() : actions.applicable(context(order, quote), permitted);
    }
}
