package org.mosaiccrm.assembly.shared.sales;

import org.mosaiccrm.assembly.shared.ModulePart;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mosaiccrm.assembly.shared.QuotesToOrdersIT.Closed;
import org.mosaiccrm.assembly.shared.QuotesToOrdersIT.People;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.sales.Lead;
import org.mosaiccrm.sales.LeadConversion;
import org.mosaiccrm.sales.LeadService;
import org.mosaiccrm.sales.NewLead;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityEdit;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.OpportunityStatus;
import org.mosaiccrm.sales.OrderService;
import org.mosaiccrm.sales.OrderStatus;
import org.mosaiccrm.sales.Product;
import org.mosaiccrm.sales.ProductInput;
import org.mosaiccrm.sales.ProductService;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteDraft;
import org.mosaiccrm.sales.QuoteLine;
import org.mosaiccrm.sales.QuoteLineInput;
import org.mosaiccrm.sales.QuoteService;
import org.mosaiccrm.sales.QuoteStatus;
import org.mosaiccrm.sales.SalesOrder;
import org.mosaiccrm.sales.Stage;

/**
 * The whole sales process: stages and price list kept by the manager, a lead converted and its
 * opportunity edited, a quote drafted, discounted, sent, rejected, revised and accepted into an
 * order that is delivered, invoiced and closed; the record scope and refused input all the way.
 */
public final class LeadToClosedOrder extends ModulePart<People, Closed> {

    @Override
    protected Closed run(People people) throws Exception {
        LeadService leads = service(LeadService.class);
        OpportunityService opportunities = service(OpportunityService.class);
        QuoteService quotes = service(QuoteService.class);
        OrderService orders = service(OrderService.class);
        Subject rep = people.rep();
        Subject otherRep = people.otherRep();
        configureStages(opportunities, leads, people);
        long[] catalogue = priceList(service(ProductService.class), people);

        // a lead converted into customer, contact and opportunity, then the opportunity edited
        Lead lead = as(rep, () -> leads.create(new NewLead("刘洋", "青岛海润机械", "采购经理", "liu.yang@hairun.example", "", "官网",
                null, 60, "", rep.userId())));
        Lead converted = as(rep, () -> leads.convert(lead.id(), new LeadConversion(null, "三期产线改造", new BigDecimal("500000"),
                "CNY", LocalDate.now().plusMonths(2)), lead.version()));
        long opportunityId = converted.opportunityId();
        long customerId = converted.customerId();
        Opportunity opportunity = as(rep, () -> opportunities.find(opportunityId)).orElseThrow();
        OpportunityEdit edit = new OpportunityEdit("三期产线改造（含安装）", new BigDecimal("520000.00"), "CNY",
                LocalDate.now().plusMonths(1), 60, "德马吉, 海天精工", "周五前发报价");
        Opportunity edited = as(rep, () -> opportunities.update(opportunityId, edit, opportunity.version()));
        assertEquals("三期产线改造（含安装）", edited.name());
        assertEquals(60, edited.probability());
        assertEquals("德马吉, 海天精工", edited.competitors());
        RuntimeException stale = assertThrows(RuntimeException.class,
                () -> as(rep, () -> opportunities.update(opportunityId, edit, opportunity.version())));
        assertEquals("jakarta.persistence.OptimisticLockException", stale.getClass().getName());
        RuntimeException refused = assertThrows(RuntimeException.class, () -> as(rep, () -> opportunities.update(opportunityId,
                new OpportunityEdit("x", BigDecimal.ONE, "CNY", null, 101, "", ""), edited.version())));
        assertEquals("sales.error.probability", refused.getMessage());

        // a quote: lines from the price list, scope, draft changes, sent (then frozen), its PDF
        QuoteDraft draft = draft(null, line(catalogue[0], "2", null, "5"), line(catalogue[1], "10", null, null));
        Quote quote = as(rep, () -> quotes.create(opportunityId, draft));
        assertEquals(QuoteStatus.DRAFT, quote.status());
        assertTrue(quote.number().matches("Q-\\d{4}-\\d{5}"));
        assertEquals(new BigDecimal("228000.00"), quote.lines().stream().map(QuoteLine::net).findFirst().orElseThrow());
        assertEquals(new BigDecimal("231000.00"), quote.subtotal()); // 228000 + 10 × 300
        assertEquals("out of scope reads as absent", Optional.empty(), as(otherRep, () -> quotes.find(quote.id())));
        assertEquals(Optional.empty(), as(otherRep, () -> quotes.find(Long.MAX_VALUE)));
        assertThrows(AccessDeniedException.class, () -> as(otherRep, () -> quotes.create(opportunityId, draft)));
        RuntimeException noProduct = assertThrows(RuntimeException.class,
                () -> as(rep, () -> quotes.create(opportunityId, draft(null, line(999_999, "1", null, null)))));
        assertEquals("sales.error.quote.product", noProduct.getMessage());
        assertEquals("a refused quote writes nothing", 1, as(rep, () -> quotes.forOpportunity(opportunityId)).size());
        Quote discounted = as(rep, () -> quotes.update(quote.id(),
                draft("2", line(catalogue[0], "2", null, "5"), line(catalogue[1], "10", null, null)), quote.version()));
        // 231000 less 2% = 226380; tax 228000 × 0.98 × 13% + 3000 × 0.98 × 6% = 29047.20 + 176.40
        assertEquals(new BigDecimal("226380.00"), discounted.net());
        assertEquals(new BigDecimal("29223.60"), discounted.tax());
        assertEquals(new BigDecimal("255603.60"), discounted.total());
        Quote sent = as(rep, () -> quotes.send(quote.id(), discounted.version()));
        assertEquals(QuoteStatus.SENT, sent.status());
        RuntimeException frozen = assertThrows(RuntimeException.class,
                () -> as(rep, () -> quotes.update(quote.id(), draft, sent.version())));
        assertEquals("sales.error.quote.status.SENT", frozen.getMessage());
        byte[] pdf = as(rep, () -> quotes.pdf(quote.id(), Locale.SIMPLIFIED_CHINESE));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "quote-zh.pdf"), pdf);

        // rejected, revised, sent again, accepted: the order, the opportunity won
        RuntimeException noReason = assertThrows(RuntimeException.class,
                () -> as(rep, () -> quotes.reject(quote.id(), " ", sent.version())));
        assertEquals("sales.error.quote.rejectReason", noReason.getMessage());
        Quote rejected = as(rep, () -> quotes.reject(quote.id(), "价格高于预算", sent.version()));
        Quote revision = as(rep, () -> quotes.revise(quote.id(), rejected.version()));
        assertEquals(2, revision.revision());
        assertEquals(quote.number(), revision.number());
        assertEquals(QuoteStatus.DRAFT, revision.status());
        Quote firstRevision = as(rep, () -> quotes.find(quote.id())).orElseThrow();
        assertFalse(firstRevision.latest());
        Quote cheaper = as(rep, () -> quotes.update(revision.id(),
                draft("5", line(catalogue[0], "2", "115000", "5"), line(catalogue[1], "10", null, null)), revision.version()));
        Quote resent = as(rep, () -> quotes.send(revision.id(), cheaper.version()));
        RuntimeException superseded = assertThrows(RuntimeException.class,
                () -> as(rep, () -> quotes.accept(quote.id(), firstRevision.version())));
        assertEquals("sales.error.quote.superseded", superseded.getMessage());
        SalesOrder order = as(rep, () -> quotes.accept(revision.id(), resent.version()));
        assertEquals(OrderStatus.CONFIRMED, order.status());
        assertTrue(order.number().matches("SO-\\d{4}-\\d{5}"));
        assertEquals(resent.total(), order.total());
        assertEquals(revision.id(), order.quoteId());
        Opportunity won = as(rep, () -> opportunities.find(opportunityId)).orElseThrow();
        assertEquals("accepting the quote wins the opportunity", OpportunityStatus.WON, won.status());
        assertEquals("won at the amount accepted, not the estimate of 520,000", resent.net(), won.amount());
        assertEquals(2, as(rep, () -> quotes.forOpportunity(opportunityId)).size());
        assertEquals("the customer's quotes show the latest revision", 1, as(rep, () -> quotes.forCustomer(customerId)).size());
        assertEquals(1, as(people.manager(), () -> orders.forCustomer(customerId)).size());
        assertEquals("out of scope reads as absent", Optional.empty(), as(otherRep, () -> orders.find(order.id())));
        assertEquals(Optional.empty(), as(otherRep, () -> orders.find(Long.MAX_VALUE)));

        // the order moves forward one step at a time; once invoiced it can no longer be cancelled
        SalesOrder delivered = as(rep, () -> orders.advance(order.id(), order.version()));
        SalesOrder invoiced = as(rep, () -> orders.advance(order.id(), delivered.version()));
        assertEquals(OrderStatus.INVOICED, invoiced.status());
        RuntimeException late = assertThrows(RuntimeException.class,
                () -> as(rep, () -> orders.cancel(order.id(), "客户撤单", invoiced.version())));
        assertEquals("sales.error.order.notCancellable", late.getMessage());
        SalesOrder closed = as(rep, () -> orders.advance(order.id(), invoiced.version()));
        assertEquals(OrderStatus.CLOSED, closed.status());
        RuntimeException finished = assertThrows(RuntimeException.class, () -> as(rep, () -> orders.advance(order.id(), closed.version())));
        assertEquals("sales.error.order.finished", finished.getMessage());
        return new Closed(order.id(), customerId, catalogue[0], quote.number(), order.number());
    }

    /** Only a manager changes the stages; a stage with open opportunities cannot be removed. */
    private static void configureStages(OpportunityService opportunities, LeadService leads, People people) {
        Subject manager = people.manager();
        Subject rep = people.rep();
        List<Stage> shipped = as(manager, opportunities::stages);
        assertThrows(AccessDeniedException.class, () -> as(rep, () -> opportunities.saveStages(shipped)));
        List<Stage> wanted = new ArrayList<>();
        for (Stage stage : shipped) {
            if (!stage.code().equals("needs")) {
                wanted.add(stage);
            }
            if (stage.code().equals("qualify")) {
                wanted.add(new Stage("", "技术交流", 30, 0));
            }
        }
        List<Stage> saved = as(manager, () -> opportunities.saveStages(wanted));
        assertEquals(List.of("qualify", "技术交流", "proposal", "negotiation"),
                saved.stream().map(s -> s.name().isEmpty() ? s.code() : s.name()).toList());
        assertTrue(saved.get(1).code().startsWith("custom-"));
        List<Stage> inUse = saved.subList(1, saved.size());
        // an open opportunity in the first stage keeps that stage from being removed
        Lead holder = as(rep, () -> leads.create(new NewLead("占位", "占位公司", "", "hold@example.com", "", "", null, 0, "",
                rep.userId())));
        Lead held = as(rep, () -> leads.convert(holder.id(), new LeadConversion(null, "占位商机", BigDecimal.ONE, "CNY", null),
                holder.version()));
        assertTrue(held.opportunityId() > 0);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> as(manager, () -> opportunities.saveStages(inUse)));
        assertEquals("sales.error.stages.inUse", refused.getMessage());
        assertEquals("nothing was written", 4, as(manager, opportunities::stages).size());
    }

    /** Only a manager keeps the price list; codes are unique. Returns the ids of a machine and an hour of service. */
    private static long[] priceList(ProductService products, People people) {
        ProductInput machine = new ProductInput("cnc-200", "数控机床 CNC-200", "台", new BigDecimal("120000"), "CNY",
                new BigDecimal("13"), true);
        assertThrows(AccessDeniedException.class, () -> as(people.rep(), () -> products.create(machine)));
        Product created = as(people.manager(), () -> products.create(machine));
        assertEquals("CNC-200", created.code());
        RuntimeException taken = assertThrows(RuntimeException.class, () -> as(people.manager(), () -> products.create(machine)));
        assertEquals("sales.error.product.codeTaken", taken.getMessage());
        Product service = as(people.manager(), () -> products.create(new ProductInput("SVC-H", "安装调试", "小时",
                new BigDecimal("300"), "CNY", new BigDecimal("6"), true)));
        assertEquals(1, as(people.rep(), () -> products.search("数控", 5)).size());
        return new long[] { created.id(), service.id() };
    }

    static QuoteDraft draft(String discount, QuoteLineInput... lines) {
        return new QuoteDraft(null, discount == null ? null : new BigDecimal(discount), List.of(lines));
    }

    static QuoteLineInput line(long productId, String quantity, String unitPrice, String discount) {
        return new QuoteLineInput(productId, new BigDecimal(quantity), unitPrice == null ? null : new BigDecimal(unitPrice),
                discount == null ? null : new BigDecimal(discount));
    }
}
