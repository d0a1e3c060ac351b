package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.assembly.TestUsers;
import org.mosaiccrm.assembly.ServiceByName;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;
import org.ops4j.pax.exam.Option;

/**
 * The sales process past the lead, in the running module: a manager sets up the stages and the
 * price list; a rep edits the opportunity a lead became, quotes it, has a revision rejected and the
 * next accepted; the accepted quote becomes an order (and wins the opportunity) that moves to closed.
 * Record scope, refused input writing nothing, and the data surviving an uninstall and reinstall.
 */
public class QuotesToOrdersIT extends SharedKarafTestSupport {

    private static final String LEADS = "org.mosaiccrm.sales.LeadService";
    private static final String OPPORTUNITIES = "org.mosaiccrm.sales.OpportunityService";
    private static final String PRODUCTS = "org.mosaiccrm.sales.ProductService";
    private static final String QUOTES = "org.mosaiccrm.sales.QuoteService";
    private static final String ORDERS = "org.mosaiccrm.sales.OrderService";
    private static final Class<?>[] ID_VERSION = { long.class, long.class };
    private static final Class<?>[] ID = { long.class };


    private Subject admin;
    private Subject manager;
    private Subject rep;
    private Subject otherRep;

    @Before
    public void users() throws Exception {
        TestUsers users = new TestUsers(bundleContext);
        admin = users.user("quoteadmin", null, "user-admin");
        Team team = users.team("Quotes North");
        manager = users.user("quotemanager", team.id(), "sales-manager");
        rep = users.user("quoterep", team.id(), "sales-rep");
        otherRep = users.user("quoterep2", team.id(), "sales-rep");
    }

    private static Object read(Object target, String accessor) {
        return ServiceByName.read(target, accessor);
    }

    private static long id(Object record) {
        return (Long) read(record, "id");
    }

    private static long version(Object record) {
        return (Long) read(record, "version");
    }

    @Test
    public void aLeadBecomesAnOpportunityAQuoteAndAnOrderThatIsClosed() throws Exception {
        ModuleManager modules = service(ModuleManager.class, 60);
        as(admin, () -> modules.apply("sales", ModuleChange.INSTALL));
        ServiceByName leads = new ServiceByName(bundleContext, LEADS);
        ServiceByName opportunities = new ServiceByName(bundleContext, OPPORTUNITIES);
        ServiceByName products = new ServiceByName(bundleContext, PRODUCTS);
        ServiceByName quotes = new ServiceByName(bundleContext, QUOTES);
        ServiceByName orders = new ServiceByName(bundleContext, ORDERS);
        await("sales up", 30, () -> orders.isUp() && quotes.isUp());
        long orderId;
        long customerId;
        long[] catalogue;
        String quoteNumber;
        String orderNumber;
        try {
            configureStages(opportunities);
            catalogue = priceList(products);

            // a lead converted into customer, contact and opportunity, then the opportunity edited
            Object lead = leads.call(rep, "create", new Class<?>[] { salesType("NewLead") }, salesRecord("NewLead", "刘洋", "青岛海润机械",
                    "采购经理", "liu.yang@hairun.example", "", "官网", null, 60, "", rep.userId()));
            Object conversion = salesRecord("LeadConversion", null, "三期产线改造", new BigDecimal("500000"), "CNY",
                    LocalDate.now().plusMonths(2));
            Object converted = leads.call(rep, "convert", new Class<?>[] { long.class, salesType("LeadConversion"), long.class },
                    id(lead), conversion, version(lead));
            long opportunityId = (Long) read(converted, "opportunityId");
            customerId = (Long) read(converted, "customerId");
            Object opportunity = ((Optional<?>) opportunities.call(rep, "find", ID, opportunityId)).orElseThrow();
            Class<?>[] update = { long.class, salesType("OpportunityEdit"), long.class };
            Object edit = salesRecord("OpportunityEdit", "三期产线改造（含安装）", new BigDecimal("520000.00"), "CNY",
                    LocalDate.now().plusMonths(1), 60, "德马吉, 海天精工", "周五前发报价");
            Object edited = opportunities.call(rep, "update", update, opportunityId, edit, version(opportunity));
            assertEquals("三期产线改造（含安装）", read(edited, "name"));
            assertEquals(60, read(edited, "probability"));
            assertEquals("德马吉, 海天精工", read(edited, "competitors"));
            RuntimeException stale = assertThrows(RuntimeException.class,
                    () -> opportunities.call(rep, "update", update, opportunityId, edit, version(opportunity)));
            assertEquals("jakarta.persistence.OptimisticLockException", stale.getClass().getName());
            Object badProbability = salesRecord("OpportunityEdit", "x", BigDecimal.ONE, "CNY", null, 101, "", "");
            RuntimeException refused = assertThrows(RuntimeException.class,
                    () -> opportunities.call(rep, "update", update, opportunityId, badProbability, version(edited)));
            assertEquals("sales.error.probability", refused.getMessage());

            // a quote: lines from the price list, scope, draft changes, sent (then frozen), its PDF
            Class<?>[] create = { long.class, salesType("QuoteDraft") };
            Object draft = quoteDraft(null, line(catalogue[0], "2", null, "5"), line(catalogue[1], "10", null, null));
            Object quote = quotes.call(rep, "create", create, opportunityId, draft);
            assertEquals("DRAFT", read(quote, "status").toString());
            assertTrue(read(quote, "number").toString().matches("Q-\\d{4}-\\d{5}"));
            quoteNumber = read(quote, "number").toString();
            assertEquals(new BigDecimal("228000.00"), ((List<?>) read(quote, "lines")).stream().map(l -> read(l, "net")).findFirst()
                    .orElseThrow());
            assertEquals(new BigDecimal("231000.00"), read(quote, "subtotal")); // 228000 + 10 × 300
            assertEquals("out of scope reads as absent", java.util.Optional.empty(), quotes.call(otherRep, "find", ID, id(quote)));
            assertEquals(java.util.Optional.empty(), quotes.call(otherRep, "find", ID, Long.MAX_VALUE));
            assertThrows(AccessDeniedException.class, () -> quotes.call(otherRep, "create", create, opportunityId, draft));
            RuntimeException noProduct = assertThrows(RuntimeException.class, () -> quotes.call(rep, "create", create, opportunityId,
                    quoteDraft(null, line(999_999, "1", null, null))));
            assertEquals("sales.error.quote.product", noProduct.getMessage());
            assertEquals("a refused quote writes nothing", 1,
                    ((List<?>) quotes.call(rep, "forOpportunity", ID, opportunityId)).size());
            Class<?>[] change = { long.class, salesType("QuoteDraft"), long.class };
            Object discounted = quotes.call(rep, "update", change, id(quote),
                    quoteDraft("2", line(catalogue[0], "2", null, "5"), line(catalogue[1], "10", null, null)), version(quote));
            // 231000 less 2% = 226380; tax 228000 × 0.98 × 13% + 3000 × 0.98 × 6% = 29047.20 + 176.40
            assertEquals(new BigDecimal("226380.00"), read(discounted, "net"));
            assertEquals(new BigDecimal("29223.60"), read(discounted, "tax"));
            assertEquals(new BigDecimal("255603.60"), read(discounted, "total"));
            Object sent = quotes.call(rep, "send", ID_VERSION, id(quote), version(discounted));
            assertEquals("SENT", read(sent, "status").toString());
            RuntimeException frozen = assertThrows(RuntimeException.class, () -> quotes.call(rep, "update", change, id(quote),
                    draft, version(sent)));
            assertEquals("sales.error.quote.status.SENT", frozen.getMessage());
            byte[] pdf = (byte[]) quotes.call(rep, "pdf", new Class<?>[] { long.class, Locale.class }, id(quote),
                    Locale.SIMPLIFIED_CHINESE);
            assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(Path.of("target", "screenshots", "quote-zh.pdf"), pdf);

            // rejected, revised, sent again, accepted: the order, the opportunity won
            Class<?>[] reject = { long.class, String.class, long.class };
            RuntimeException noReason = assertThrows(RuntimeException.class,
                    () -> quotes.call(rep, "reject", reject, id(quote), " ", version(sent)));
            assertEquals("sales.error.quote.rejectReason", noReason.getMessage());
            Object rejected = quotes.call(rep, "reject", reject, id(quote), "价格高于预算", version(sent));
            Object revision = quotes.call(rep, "revise", ID_VERSION, id(quote), version(rejected));
            assertEquals(2, read(revision, "revision"));
            assertEquals(read(quote, "number"), read(revision, "number"));
            assertEquals("DRAFT", read(revision, "status").toString());
            Object firstRevision = ((Optional<?>) quotes.call(rep, "find", ID, id(quote))).orElseThrow();
            assertFalse((Boolean) read(firstRevision, "latest"));
            Object cheaper = quotes.call(rep, "update", change, id(revision),
                    quoteDraft("5", line(catalogue[0], "2", "115000", "5"), line(catalogue[1], "10", null, null)), version(revision));
            Object resent = quotes.call(rep, "send", ID_VERSION, id(revision), version(cheaper));
            RuntimeException superseded = assertThrows(RuntimeException.class,
                    () -> quotes.call(rep, "accept", ID_VERSION, id(quote), version(firstRevision)));
            assertEquals("sales.error.quote.superseded", superseded.getMessage());
            Object order = quotes.call(rep, "accept", ID_VERSION, id(revision), version(resent));
            orderId = id(order);
            assertEquals("CONFIRMED", read(order, "status").toString());
            assertTrue(read(order, "number").toString().matches("SO-\\d{4}-\\d{5}"));
            orderNumber = read(order, "number").toString();
            assertEquals(read(resent, "total"), read(order, "total"));
            assertEquals(id(revision), read(order, "quoteId"));
            Object won = ((Optional<?>) opportunities.call(rep, "find", ID, opportunityId)).orElseThrow();
            assertEquals("accepting the quote wins the opportunity", "WON", read(won, "status").toString());
            assertEquals("won at the amount accepted, not the estimate of 520,000", read(resent, "net"), read(won, "amount"));
            assertEquals(2, ((List<?>) quotes.call(rep, "forOpportunity", ID, opportunityId)).size());
            assertEquals("the customer's quotes show the latest revision", 1,
                    ((List<?>) quotes.call(rep, "forCustomer", ID, customerId)).size());
            assertEquals(1, ((List<?>) orders.call(manager, "forCustomer", ID, customerId)).size());
            assertEquals("out of scope reads as absent", java.util.Optional.empty(), orders.call(otherRep, "find", ID, orderId));
            assertEquals(java.util.Optional.empty(), orders.call(otherRep, "find", ID, Long.MAX_VALUE));

            // the order moves forward one step at a time; once invoiced it can no longer be cancelled
            Object delivered = orders.call(rep, "advance", ID_VERSION, orderId, version(order));
            Object invoiced = orders.call(rep, "advance", ID_VERSION, orderId, version(delivered));
            assertEquals("INVOICED", read(invoiced, "status").toString());
            RuntimeException late = assertThrows(RuntimeException.class, () -> orders.call(rep, "cancel",
                    new Class<?>[] { long.class, String.class, long.class }, orderId, "客户撤单", version(invoiced)));
            assertEquals("sales.error.order.notCancellable", late.getMessage());
            Object closed = orders.call(rep, "advance", ID_VERSION, orderId, version(invoiced));
            assertEquals("CLOSED", read(closed, "status").toString());
            RuntimeException finished = assertThrows(RuntimeException.class,
                    () -> orders.call(rep, "advance", ID_VERSION, orderId, version(closed)));
            assertEquals("sales.error.order.finished", finished.getMessage());
        } finally {
            as(admin, () -> modules.apply("sales", ModuleChange.UNINSTALL));
        }
        // the data outlives the module: reinstalled, the order is there as it was left
        as(admin, () -> modules.apply("sales", ModuleChange.INSTALL));
        try {
            await("sales back", 30, orders::isUp);
            Object again = ((Optional<?>) orders.call(rep, "find", ID, orderId)).orElseThrow();
            assertEquals("CLOSED", read(again, "status").toString());
            // numbers go on where they stopped: no block of ids skipped by the reinstall
            Object next = opportunities.call(rep, "create", new Class<?>[] { salesType("NewOpportunity") }, salesRecord(
                    "NewOpportunity", customerId, "四期扩产", "", new BigDecimal("80000"), "CNY", null, "", ""));
            Object nextQuote = quotes.call(rep, "create", new Class<?>[] { long.class, salesType("QuoteDraft") }, id(next),
                    quoteDraft(null, line(catalogue[0], "1", null, null)));
            assertEquals(followingNumber(quoteNumber), read(nextQuote, "number"));
            Object nextOrder = quotes.call(rep, "accept", ID_VERSION, id(nextQuote), version(quotes.call(rep, "send", ID_VERSION,
                    id(nextQuote), version(nextQuote))));
            assertEquals(followingNumber(orderNumber), read(nextOrder, "number"));
        } finally {
            as(admin, () -> modules.apply("sales", ModuleChange.UNINSTALL));
        }
    }

    /** Only a manager changes the stages; a stage with open opportunities cannot be removed. */
    private void configureStages(ServiceByName opportunities) throws Exception {
        Class<?>[] save = { List.class };
        List<?> shipped = (List<?>) opportunities.call(manager, "stages", new Class<?>[0]);
        assertThrows(AccessDeniedException.class, () -> opportunities.call(rep, "saveStages", save, shipped));
        List<Object> wanted = new ArrayList<>();
        for (Object stage : shipped) {
            if (!read(stage, "code").equals("needs")) {
                wanted.add(stage);
            }
            if (read(stage, "code").equals("qualify")) {
                wanted.add(salesRecord("Stage", "", "技术交流", 30, 0));
            }
        }
        List<?> saved = (List<?>) opportunities.call(manager, "saveStages", save, wanted);
        assertEquals(List.of("qualify", "技术交流", "proposal", "negotiation"), saved.stream()
                .map(s -> read(s, "name").toString().isEmpty() ? read(s, "code") : read(s, "name")).toList());
        assertTrue(read(saved.get(1), "code").toString().startsWith("custom-"));
        List<?> inUse = saved.subList(1, saved.size());
        // an open opportunity in the first stage keeps that stage from being removed
        Object customerLead = salesRecord("NewLead", "占位", "占位公司", "", "hold@example.com", "", "", null, 0, "", rep.userId());
        Object holder = new ServiceByName(bundleContext, LEADS).call(rep, "create", new Class<?>[] { salesType("NewLead") }, customerLead);
        Object held = new ServiceByName(bundleContext, LEADS).call(rep, "convert",
                new Class<?>[] { long.class, salesType("LeadConversion"), long.class }, id(holder),
                salesRecord("LeadConversion", null, "占位商机", BigDecimal.ONE, "CNY", null), version(holder));
        assertTrue((Long) read(held, "opportunityId") > 0);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> opportunities.call(manager, "saveStages", save, inUse));
        assertEquals("sales.error.stages.inUse", refused.getMessage());
        assertEquals("nothing was written", 4, ((List<?>) opportunities.call(manager, "stages", new Class<?>[0])).size());
    }

    /** Only a manager keeps the price list; codes are unique. Returns the ids of a machine and an hour of service. */
    private long[] priceList(ServiceByName products) throws Exception {
        Class<?>[] create = { salesType("ProductInput") };
        Object machine = salesRecord("ProductInput", "cnc-200", "数控机床 CNC-200", "台", new BigDecimal("120000"), "CNY",
                new BigDecimal("13"), true);
        assertThrows(AccessDeniedException.class, () -> products.call(rep, "create", create, machine));
        Object created = products.call(manager, "create", create, machine);
        assertEquals("CNC-200", read(created, "code"));
        RuntimeException taken = assertThrows(RuntimeException.class, () -> products.call(manager, "create", create, machine));
        assertEquals("sales.error.product.codeTaken", taken.getMessage());
        Object service = products.call(manager, "create", create, salesRecord("ProductInput", "SVC-H", "安装调试", "小时",
                new BigDecimal("300"), "CNY", new BigDecimal("6"), true));
        List<?> found = (List<?>) products.call(rep, "search", new Class<?>[] { String.class, int.class }, "数控", 5);
        assertEquals(1, found.size());
        return new long[] { id(created), id(service) };
    }

    /** Q-2026-00007 is followed by Q-2026-00008. */
    private static String followingNumber(String number) {
        int dash = number.lastIndexOf('-');
        return number.substring(0, dash + 1) + String.format("%05d", Long.parseLong(number.substring(dash + 1)) + 1);
    }

    private Object quoteDraft(String discount, Object... lines) throws Exception {
        return salesRecord("QuoteDraft", null, discount == null ? null : new BigDecimal(discount), List.of(lines));
    }

    private Object line(long productId, String quantity, String unitPrice, String discount) throws Exception {
        return salesRecord("QuoteLineInput", productId, new BigDecimal(quantity), unitPrice == null ? null : new BigDecimal(unitPrice),
                discount == null ? null : new BigDecimal(discount));
    }
}
