package org.mosaiccrm.assembly.shared.sales;

import org.mosaiccrm.assembly.shared.ModulePart;
import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;

import org.mosaiccrm.assembly.shared.QuotesToOrdersIT.After;
import org.mosaiccrm.assembly.shared.QuotesToOrdersIT.Closed;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.sales.NewOpportunity;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OrderService;
import org.mosaiccrm.sales.OrderStatus;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteService;
import org.mosaiccrm.sales.SalesOrder;

/** After a reinstall: the closed order is there as it was left, and quote and order numbers go on where they stopped. */
public final class NumbersGoOn extends ModulePart<After, Void> {

    @Override
    protected Void run(After after) throws Exception {
        OrderService orders = service(OrderService.class);
        QuoteService quotes = service(QuoteService.class);
        OpportunityService opportunities = service(OpportunityService.class);
        Subject rep = after.people().rep();
        Closed closed = after.closed();
        assertEquals(OrderStatus.CLOSED, as(rep, () -> orders.find(closed.orderId())).orElseThrow().status());
        // no block of ids skipped by the reinstall
        Opportunity next = as(rep, () -> opportunities.create(new NewOpportunity(closed.customerId(), "四期扩产", "",
                new BigDecimal("80000"), "CNY", null, "", "")));
        Quote nextQuote = as(rep, () -> quotes.create(next.id(),
                LeadToClosedOrder.draft(null, LeadToClosedOrder.line(closed.productId(), "1", null, null))));
        assertEquals(following(closed.quoteNumber()), nextQuote.number());
        Quote sent = as(rep, () -> quotes.send(nextQuote.id(), nextQuote.version()));
        SalesOrder nextOrder = as(rep, () -> quotes.accept(nextQuote.id(), sent.version()));
        assertEquals(following(closed.orderNumber()), nextOrder.number());
        return null;
    }

    /** Q-2026-00007 is followed by Q-2026-00008. */
    private static String following(String number) {
        int dash = number.lastIndexOf('-');
        return number.substring(0, dash + 1) + String.format("%05d", Long.parseLong(number.substring(dash + 1)) + 1);
    }
}
