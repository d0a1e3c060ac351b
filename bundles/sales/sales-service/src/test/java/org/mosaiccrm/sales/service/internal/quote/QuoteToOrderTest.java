package org.mosaiccrm.sales.service.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.event.EventTopics;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.sales.NewOpportunity;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityStatus;
import org.mosaiccrm.sales.OrderStatus;
import org.mosaiccrm.sales.Product;
import org.mosaiccrm.sales.ProductInput;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteDraft;
import org.mosaiccrm.sales.QuoteLineInput;
import org.mosaiccrm.sales.QuoteStatus;
import org.mosaiccrm.sales.SalesOrder;
import org.mosaiccrm.sales.service.internal.SalesModule;
import org.osgi.service.event.Event;

/**
 * A quote from the price list with its totals worked out by hand, sent, rejected, revised and
 * accepted into an order that moves to closed; numbers, scope and refusals; on Derby and PostgreSQL.
 */
class QuoteToOrderTest {

    private SalesModule sales;
    private Product machine;
    private Product service;
    private Opportunity opportunity;

    @BeforeEach
    void setUp(TestInfo test) {
        sales = new SalesModule("quotes-" + test.getTestMethod().orElseThrow().getName());
        machine = sales.as(sales.manager, () -> sales.products.create(new ProductInput("CNC-200", "数控机床 CNC-200", "台",
                new BigDecimal("120000"), "CNY", new BigDecimal("13"), true)));
        service = sales.as(sales.manager, () -> sales.products.create(new ProductInput("SVC-H", "安装调试", "小时",
                new BigDecimal("300"), "CNY", new BigDecimal("6"), true)));
        long customerId = sales.as(sales.rep, () -> sales.customer.customers.create(new NewCustomer("青岛海润机械", CustomerType.COMPANY,
                "", "0532 8000 1234", "青岛"))).id();
        opportunity = sales.as(sales.rep, () -> sales.opportunities.create(new NewOpportunity(customerId, "三期产线改造", "",
                new BigDecimal("520000"), "CNY", LocalDate.now().plusMonths(1), "", "")));
    }

    @AfterEach
    void tearDown() {
        sales.close();
    }

    private static QuoteDraft draft(String discount, QuoteLineInput... lines) {
        return new QuoteDraft(null, discount == null ? null : new BigDecimal(discount), List.of(lines));
    }

    private static QuoteLineInput line(Product product, String quantity, String unitPrice, String discount) {
        return new QuoteLineInput(product.id(), new BigDecimal(quantity), unitPrice == null ? null : new BigDecimal(unitPrice),
                discount == null ? null : new BigDecimal(discount));
    }

    @Test
    void totalsAddUpAndAnAcceptedRevisionBecomesAnOrderThatWinsTheOpportunity() {
        Quote quote = sales.as(sales.rep, () -> sales.quotes.create(opportunity.id(),
                draft("2", line(machine, "2", null, "5"), line(service, "10", null, null))));
        // 2 × 120000 less 5 % = 228000; 10 × 300 = 3000; less 2 % = 226380;
        // tax 228000 × 0.98 × 13 % + 3000 × 0.98 × 6 % = 29047.20 + 176.40
        assertEquals(new BigDecimal("231000.00"), quote.subtotal());
        assertEquals(new BigDecimal("226380.00"), quote.net());
        assertEquals(new BigDecimal("29223.60"), quote.tax());
        assertEquals(new BigDecimal("255603.60"), quote.total());
        assertEquals(quote.net().add(quote.tax()), quote.total(), "net and tax make the total");
        assertTrue(quote.number().matches("Q-\\d{4}-\\d{5}"), quote.number());

        Quote sent = sales.as(sales.rep, () -> sales.quotes.send(quote.id(), quote.version()));
        assertEquals(QuoteStatus.SENT, sent.status());
        Quote rejected = sales.as(sales.rep, () -> sales.quotes.reject(quote.id(), "价格高于预算", sent.version()));
        Quote revision = sales.as(sales.rep, () -> sales.quotes.revise(quote.id(), rejected.version()));
        assertEquals(2, revision.revision());
        assertEquals(quote.number(), revision.number(), "a revision keeps the number");
        Quote first = sales.as(sales.rep, () -> sales.quotes.find(quote.id())).orElseThrow();
        assertFalse(first.latest());
        Quote cheaper = sales.as(sales.rep, () -> sales.quotes.update(revision.id(),
                draft("5", line(machine, "2", "115000", "5"), line(service, "10", null, null)), revision.version()));
        Quote resent = sales.as(sales.rep, () -> sales.quotes.send(revision.id(), cheaper.version()));
        InputRefusedException superseded = assertThrows(InputRefusedException.class,
                () -> sales.as(sales.rep, () -> sales.quotes.accept(quote.id(), first.version())));
        assertEquals("sales.error.quote.superseded", superseded.getMessage());

        SalesOrder order = sales.as(sales.rep, () -> sales.quotes.accept(revision.id(), resent.version()));
        assertEquals(OrderStatus.CONFIRMED, order.status());
        assertEquals(resent.total(), order.total());
        assertTrue(order.number().matches("SO-\\d{4}-\\d{5}"), order.number());
        Opportunity won = sales.as(sales.rep, () -> sales.opportunities.find(opportunity.id())).orElseThrow();
        assertEquals(OpportunityStatus.WON, won.status());
        assertEquals(resent.net(), won.amount(), "won at the amount accepted");
        List<Event> announced = sales.customer.posted.stream().filter(event -> event.getTopic().startsWith("org/mosaiccrm/sales/"))
                .toList();
        assertEquals(List.of("org/mosaiccrm/sales/SalesOrder/CREATED", "org/mosaiccrm/sales/Opportunity/WON"),
                announced.stream().map(Event::getTopic).toList(), "webhooks hear of the order and the won opportunity");
        Map<?, ?> orderData = (Map<?, ?>) announced.get(0).getProperty(EventTopics.PROPERTY_DATA);
        assertEquals(order.number(), orderData.get("number"));
        assertEquals(order.total(), orderData.get("total"));
        assertEquals(sales.rep.userId(), announced.get(0).getProperty(EventTopics.PROPERTY_OWNER_ID));
        assertEquals(resent.net(), ((Map<?, ?>) announced.get(1).getProperty(EventTopics.PROPERTY_DATA)).get("amount"));

        SalesOrder delivered = sales.as(sales.rep, () -> sales.orders.advance(order.id(), order.version()));
        SalesOrder invoiced = sales.as(sales.rep, () -> sales.orders.advance(order.id(), delivered.version()));
        InputRefusedException late = assertThrows(InputRefusedException.class,
                () -> sales.as(sales.rep, () -> sales.orders.cancel(order.id(), "客户撤单", invoiced.version())));
        assertEquals("sales.error.order.notCancellable", late.getMessage());
        SalesOrder closed = sales.as(sales.rep, () -> sales.orders.advance(order.id(), invoiced.version()));
        assertEquals(OrderStatus.CLOSED, closed.status());
        assertEquals(1, sales.as(sales.manager, () -> sales.orders.forCustomer(opportunity.customerId())).size(),
                "the manager sees the team's order");
    }

    @Test
    void aSentQuoteIsFrozenOthersCannotSeeItAndRefusedInputWritesNothing() {
        Quote quote = sales.as(sales.rep, () -> sales.quotes.create(opportunity.id(), draft(null, line(machine, "1", null, null))));
        assertEquals(Optional.empty(), sales.as(sales.otherRep, () -> sales.quotes.find(quote.id())));
        assertThrows(AccessDeniedException.class, () -> sales.as(sales.otherRep,
                () -> sales.quotes.create(opportunity.id(), draft(null, line(machine, "1", null, null)))));
        InputRefusedException noProduct = assertThrows(InputRefusedException.class, () -> sales.as(sales.rep,
                () -> sales.quotes.create(opportunity.id(), new QuoteDraft(null, null, List.of(new QuoteLineInput(999_999,
                        BigDecimal.ONE, null, null))))));
        assertEquals("sales.error.quote.product", noProduct.getMessage());
        assertEquals(1, sales.as(sales.rep, () -> sales.quotes.forOpportunity(opportunity.id())).size(), "a refused quote writes nothing");

        Quote sent = sales.as(sales.rep, () -> sales.quotes.send(quote.id(), quote.version()));
        InputRefusedException frozen = assertThrows(InputRefusedException.class, () -> sales.as(sales.rep,
                () -> sales.quotes.update(quote.id(), draft(null, line(machine, "9", null, null)), sent.version())));
        assertEquals("sales.error.quote.status.SENT", frozen.getMessage());
        InputRefusedException noReason = assertThrows(InputRefusedException.class,
                () -> sales.as(sales.rep, () -> sales.quotes.reject(quote.id(), " ", sent.version())));
        assertEquals("sales.error.quote.rejectReason", noReason.getMessage());
        assertEquals(QuoteStatus.SENT, sales.as(sales.rep, () -> sales.quotes.find(quote.id())).orElseThrow().status());
    }
}
