package org.mosaiccrm.sales;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Sales orders, made by accepting a quote. Calls check permission and record scope; changes are audited. */
@ProviderType
public interface OrderService {

    String PERMISSION_READ = "sales.order.read";
    String PERMISSION_EDIT = "sales.order.edit";
    /**
     * Extension point of actions offered on an order not cancelled (e.g. the contract module's
     * "create contract", filled from it). The context's attributes: {@code customerId} (Long),
     * {@code name} (the order's number), {@code amount} (its total), {@code currency}, and its lines
     * as {@link QuoteLines#ATTRIBUTE_LINES} and {@link QuoteLines#ATTRIBUTE_DISCOUNT} say.
     *
     * @since 3.3
     */
    String ACTIONS_ORDER = "sales.order.actions";

    Optional<SalesOrder> find(long id);

    /** Orders in the caller's scope, newest first; {@code status} {@code null} for all. */
    List<SalesOrder> list(OrderStatus status, int offset, int limit);

    /**
     * The same list keyset-paged: the page after the record {@code afterId} (null: from the newest), as
     * fast deep in the list as on its first page. A program pages with it; the last id given is the next {@code afterId}.
     *
     * @since 3.2
     */
    List<SalesOrder> listAfter(OrderStatus status, Long afterId, int limit);

    /** The customer's orders in the caller's scope, newest first. */
    List<SalesOrder> forCustomer(long customerId);

    /**
     * Moves the order one step on: confirmed, delivered, invoiced, closed.
     *
     * @param version the version the caller read; a concurrent change is refused, not overwritten
     */
    SalesOrder advance(long id, long version);

    /** Cancels a confirmed or delivered order; the reason is required. */
    SalesOrder cancel(long id, String reason, long version);
}
