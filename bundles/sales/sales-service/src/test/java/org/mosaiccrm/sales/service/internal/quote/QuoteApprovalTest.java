package org.mosaiccrm.sales.service.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.approval.ApprovalStep;
import org.mosaiccrm.platform.approval.ApprovalTask;
import org.mosaiccrm.platform.approval.ApproverRule;
import org.mosaiccrm.platform.approval.StepCondition;
import org.mosaiccrm.platform.approval.StepMode;
import org.mosaiccrm.platform.approvals.internal.TestApprovals;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.sales.NewOpportunity;
import org.mosaiccrm.sales.Product;
import org.mosaiccrm.sales.ProductInput;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteDraft;
import org.mosaiccrm.sales.QuoteLineInput;
import org.mosaiccrm.sales.QuoteStatus;
import org.mosaiccrm.sales.service.internal.SalesModule;

/**
 * Quotes under the platform's real approval engine: without a flow nothing changes; with "a discount
 * of 10 % or more needs the team lead", such a quote is sent only once approved, is locked while
 * pending, gets its terms back when rejected, and needs approval again when changed after approval.
 */
class QuoteApprovalTest {

    private SalesModule sales;
    private TestApprovals engine;
    private QuoteApprovals quoteType;
    private Subject pam;
    private Product machine;
    private long opportunityId;

    @BeforeEach
    void setUp(TestInfo test) {
        sales = new SalesModule("approval-" + test.getTestMethod().orElseThrow().getName());
        quoteType = new QuoteApprovals(salesDatabase(), sales.quotes, sales.customer.security.policy);
        engine = TestApprovals.open(sales.customer.security, "quotes", quoteType);
        sales.quotes.setApprovals(engine.approvals);
        pam = sales.customer.security.user("pam", null, "process-admin");
        machine = sales.as(sales.manager, () -> sales.products.create(new ProductInput("CNC-200", "数控机床 CNC-200", "台",
                new BigDecimal("120000"), "CNY", new BigDecimal("13"), true)));
        long customerId = sales.as(sales.rep, () -> sales.customer.customers.create(new NewCustomer("青岛海润机械",
                CustomerType.COMPANY, "", "0532 8000 1234", "青岛"))).id();
        opportunityId = sales.as(sales.rep, () -> sales.opportunities.create(new NewOpportunity(customerId, "三期产线改造", "",
                new BigDecimal("520000"), "CNY", LocalDate.now().plusMonths(1), "", ""))).id();
    }

    private org.mosaiccrm.platform.persistence.ModuleDatabase salesDatabase() {
        return sales.database().database();
    }

    @AfterEach
    void tearDown() {
        engine.close();
        sales.close();
    }

    private Quote quote(String discount) {
        return sales.as(sales.rep, () -> sales.quotes.create(opportunityId, new QuoteDraft(null, new BigDecimal(discount),
                List.of(new QuoteLineInput(machine.id(), BigDecimal.ONE, null, null)))));
    }

    private void discountFlow() {
        sales.as(pam, () -> engine.flows.save(QuoteApprovals.TYPE, "报价折扣审批", List.of(new ApprovalStep("组长审批",
                ApproverRule.users(sales.manager.userId()), StepMode.ANY,
                new StepCondition("discountPercent", StepCondition.Operator.AT_LEAST, List.of("10")), null, false, 0))));
    }

    @Test
    void withoutAFlowAQuoteIsSentAsBefore() {
        Quote draft = quote("15");
        assertFalse(sales.as(sales.rep, () -> sales.quotes.approvalNeeded(draft.id())));
        assertEquals(QuoteStatus.SENT, sales.as(sales.rep, () -> sales.quotes.send(draft.id(), draft.version())).status());
    }

    @Test
    void aDiscountAboveTheLimitIsSentOnlyOnceApproved() {
        discountFlow();
        Quote small = quote("5");
        assertFalse(sales.as(sales.rep, () -> sales.quotes.approvalNeeded(small.id())), "below the limit: as before");
        Quote big = quote("15");
        assertTrue(sales.as(sales.rep, () -> sales.quotes.approvalNeeded(big.id())));
        InputRefusedException unsent = assertThrows(InputRefusedException.class,
                () -> sales.as(sales.rep, () -> sales.quotes.send(big.id(), big.version())));
        assertEquals("sales.error.quote.needsApproval", unsent.getMessage());

        sales.as(sales.rep, () -> engine.approvals.submit(QuoteApprovals.TYPE, big.id(), "老客户"));
        InputRefusedException locked = assertThrows(InputRefusedException.class, () -> sales.as(sales.rep,
                () -> sales.quotes.update(big.id(), new QuoteDraft(null, new BigDecimal("50"), List.of(
                        new QuoteLineInput(machine.id(), BigDecimal.ONE, null, null))), big.version())));
        assertEquals("approval.error.locked", locked.getMessage());
        assertEquals("approval.error.locked", assertThrows(InputRefusedException.class,
                () -> sales.as(sales.rep, () -> sales.quotes.send(big.id(), big.version()))).getMessage());

        ApprovalTask task = sales.as(sales.manager, () -> engine.approvals.waitingForMe(5)).get(0);
        assertEquals(big.number() + " (" + String.format(java.util.Locale.ROOT, "%,.2f", big.net()) + " CNY)",
                task.request().title(), "the net amount grouped, as in every language");
        assertTrue(big.net().compareTo(new BigDecimal("1000")) > 0 && task.request().title().contains(","), task.request().title());
        sales.as(sales.manager, () -> {
            engine.approvals.approve(task.id(), "同意");
            return null;
        });
        assertFalse(sales.as(sales.rep, () -> sales.quotes.approvalNeeded(big.id())));
        Quote found = sales.as(sales.rep, () -> sales.quotes.find(big.id())).orElseThrow();
        // the page saves before it sends: the same terms again keep the approval
        Quote approved = sales.as(sales.rep, () -> sales.quotes.update(found.id(), new QuoteDraft(found.validUntil(),
                new BigDecimal("15.00"), List.of(new QuoteLineInput(machine.id(), BigDecimal.ONE, null, null))), found.version()));
        assertFalse(sales.as(sales.rep, () -> sales.quotes.approvalNeeded(big.id())));
        assertEquals(QuoteStatus.SENT, sales.as(sales.rep, () -> sales.quotes.send(approved.id(), approved.version())).status());
    }

    @Test
    void aRejectedQuoteGetsItsTermsBackAndAChangeAfterApprovalNeedsANewOne() {
        discountFlow();
        Quote big = quote("15");
        sales.as(sales.rep, () -> engine.approvals.submit(QuoteApprovals.TYPE, big.id(), ""));
        // behind everyone's back the terms change (a bug, a direct edit): the rejection puts the submitted ones back
        sales.as(sales.manager, () -> {
            ApprovalTask task = engine.approvals.waitingForMe(5).get(0);
            salesDatabase().runInTransaction(em -> {
                QuoteEntity entity = em.find(QuoteEntity.class, big.id());
                entity.setTerms(new QuoteRules.Checked(LocalDate.now().plusDays(90), new BigDecimal("40"), entity.lineValues()));
            });
            engine.approvals.reject(task.id(), "折扣过高，请调整到 10% 以内");
            return null;
        });
        Quote back = sales.as(sales.rep, () -> sales.quotes.find(big.id())).orElseThrow();
        assertEquals(0, new BigDecimal("15").compareTo(back.discountPercent()));
        assertEquals(QuoteStatus.DRAFT, back.status());

        Quote changed = sales.as(sales.rep, () -> sales.quotes.update(back.id(), new QuoteDraft(null, new BigDecimal("12"),
                List.of(new QuoteLineInput(machine.id(), BigDecimal.ONE, null, null))), back.version()));
        sales.as(sales.rep, () -> engine.approvals.submit(QuoteApprovals.TYPE, changed.id(), "已调整"));
        sales.as(sales.manager, () -> {
            engine.approvals.approve(engine.approvals.waitingForMe(5).get(0).id(), "");
            return null;
        });
        Quote approved = sales.as(sales.rep, () -> sales.quotes.find(changed.id())).orElseThrow();
        Quote edited = sales.as(sales.rep, () -> sales.quotes.update(approved.id(), new QuoteDraft(null, new BigDecimal("14"),
                List.of(new QuoteLineInput(machine.id(), BigDecimal.ONE, null, null))), approved.version()));
        assertTrue(sales.as(sales.rep, () -> sales.quotes.approvalNeeded(edited.id())), "the approval covered other terms");
    }
}
